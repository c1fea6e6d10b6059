import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { JoinForm } from './_components/join-form';
import { MySessionsLink } from './_components/history/history-links';

export default async function HomePage() {
  const t = await getTranslations('home');
  return (
    <>
      <section className="hero">
        <h1>{t('headline')}</h1>
        <p>{t('lede')}</p>
      </section>
      <JoinForm />
      <p className="hero muted">
        {t('instructorPrompt')} <Link href="/host">{t('instructorLink')}</Link> · <MySessionsLink />
      </p>
    </>
  );
}
