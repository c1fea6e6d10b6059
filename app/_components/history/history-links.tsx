'use client';
/** The entry points to past sessions, placed on /host (instructors) and / (students). */
import { useTranslations } from 'next-intl';
import Link from 'next/link';

export function PastSessionsLink() {
  const t = useTranslations('history.links');
  return (
    <Link href="/sessions" data-testid="past-sessions-link">
      {t('pastSessions')} →
    </Link>
  );
}

export function MySessionsLink() {
  const t = useTranslations('history.links');
  return (
    <span>
      {t('mySessionsPrompt')} <Link href="/me">{t('mySessions')}</Link>
    </span>
  );
}
