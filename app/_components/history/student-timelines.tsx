'use client';
/** Every student of a past session, each a disclosure with their submission timeline. */
import { useFormatter, useTranslations } from 'next-intl';
import type { StudentTimeline } from '@/lib/protocol/history';
import { TimelineTable, type ChallengeIndex } from './timeline-table';

export function StudentTimelines({ students, challenges }: { students: readonly StudentTimeline[]; challenges: ChallengeIndex }) {
  const t = useTranslations('history.timeline');
  const tr = useTranslations('history.review');
  const format = useFormatter();
  if (students.length === 0) return <p className="muted">{tr('noStudents')}</p>;
  return (
    <ul className="timelines">
      {students.map((s) => (
        <li key={s.participantId}>
          <details data-testid="student-timeline" data-nickname={s.nickname}>
            <summary>
              <strong>{s.nickname}</strong> <span className="muted">{t('summary', { count: s.submissions.length })}</span>
              <span className="muted"> · {t('joined', { time: format.dateTime(new Date(s.joinedAt), { timeStyle: 'short' }) })}</span>
              {s.removedAt !== null && <span className="badge ended">{t('removed')}</span>}
            </summary>
            <TimelineTable submissions={s.submissions} challenges={challenges} caption={t('caption', { nickname: s.nickname })} access={{ kind: 'owner' }} />
          </details>
        </li>
      ))}
    </ul>
  );
}
