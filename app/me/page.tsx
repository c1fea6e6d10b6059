import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MySessions } from './my-sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('history.me');
  return { title: t('title') };
}

export default function MePage() {
  return <MySessions />;
}
