import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SessionsList } from './sessions-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('history.list');
  return { title: t('title') };
}

export default function SessionsPage() {
  return <SessionsList />;
}
