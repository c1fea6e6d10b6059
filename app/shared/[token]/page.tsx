import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SharedSession } from './shared-session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('history.shared');
  // The token is the whole secret: keep it out of search engines and out of Referer headers.
  return { title: t('badge'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SharedSession token={token} />;
}
