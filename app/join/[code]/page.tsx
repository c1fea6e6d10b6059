import { getTranslations } from 'next-intl/server';
import { normalizeCode } from '@/lib/protocol/codes';
import { JoinForm } from '../../_components/join-form';

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const t = await getTranslations('join');
  const code = normalizeCode(decodeURIComponent((await params).code)).slice(0, 12);
  return (
    <>
      <h1 className="hero">{t('title')}</h1>
      <JoinForm fixedCode={code} />
    </>
  );
}
