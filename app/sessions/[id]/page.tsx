import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SessionReviewPage } from './session-review';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('history.list');
  return { title: t('title') };
}

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SessionReviewPage id={id} />;
}
