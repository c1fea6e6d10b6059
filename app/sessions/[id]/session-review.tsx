'use client';
/**
 * /sessions/ID: the owner's review of one class session — exports and the read-only link, every
 * challenge's final boards with the class ablation and the replay, each student's timeline, quiz
 * results, and deletion. The server refuses anyone but the owner (404 as if it did not exist).
 */
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { SessionReview } from '@/lib/protocol/history';
import { ChallengeSection } from '../../_components/history/challenge-section';
import { DeleteSession } from '../../_components/history/delete-session';
import { ExportLinks } from '../../_components/history/export-links';
import { QuizResultsView } from '../../_components/history/quiz-results';
import { SharePanel } from '../../_components/history/share-panel';
import { StudentTimelines } from '../../_components/history/student-timelines';
import type { ChallengeIndex } from '../../_components/history/timeline-table';
import { historyCall } from '../../_lib/history/history-api';
import { useErrorText } from '../../_lib/use-error-text';
import '../../_components/history/history.css';

export function SessionReviewPage({ id }: { id: string }) {
  const t = useTranslations('history.review');
  const tc = useTranslations('history.common');
  const tl = useTranslations('history.list');
  const format = useFormatter();
  const errorText = useErrorText();
  const [review, setReview] = useState<SessionReview | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);

  useEffect(() => {
    void historyCall<SessionReview>('GET', `/api/history/sessions/${encodeURIComponent(id)}`).then((r) => (r.ok ? setReview(r.data) : setError(r.error)));
  }, [id]);

  const index: ChallengeIndex = useMemo(() => new Map((review?.challenges ?? []).map((c, i) => [c.id, { n: i + 1, unit: c.metric.unit }])), [review]);

  const back = (
    <p>
      <Link href="/sessions">← {t('back')}</Link>
    </p>
  );
  if (error) {
    return (
      <div className="stack">
        {back}
        <p className="error" role="alert">
          {error.code === 'not-found' ? t('notFound') : errorText(error)}
        </p>
        {error.code === 'not-signed-in' && <Link href="/host">{tl('signInLink')}</Link>}
      </div>
    );
  }
  if (!review) return <p className="muted">{tc('loading')}</p>;
  const { session } = review;
  const when = (ms: number) => format.dateTime(new Date(ms), { dateStyle: 'long', timeStyle: 'short' });

  return (
    <div className="stack history-page">
      {back}
      <header className="stack-tight">
        <h1 data-testid="review-title">{session.name}</h1>
        <p className="muted">
          {t('meta', { code: session.code, date: when(session.createdAt) })}
          {session.endedAt !== null && <> · {t('endedAt', { date: when(session.endedAt) })}</>}
        </p>
        {session.endedAt === null && (
          <p className="notice">
            {t('stillLive')} <Link href={`/host/${session.code}`}>{t('controlRoom')}</Link>
          </p>
        )}
      </header>
      <div className="grid-2">
        <ExportLinks sessionId={session.id} />
        <SharePanel sessionId={session.id} sharedAt={review.share?.createdAt ?? null} />
      </div>
      <section className="stack" aria-labelledby="challenges-heading">
        <h2 id="challenges-heading">{t('challenges')}</h2>
        {review.challenges.length === 0 && <p className="muted">{t('noChallenges')}</p>}
        {review.challenges.map((c, i) => (
          <ChallengeSection key={c.id} challenge={c} n={i + 1} ownerOf={session.id} />
        ))}
      </section>
      <section className="panel stack" aria-labelledby="students-heading">
        <h2 id="students-heading">{t('students')}</h2>
        <StudentTimelines students={review.students} challenges={index} />
      </section>
      <section className="panel stack" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">{t('quiz')}</h2>
        <QuizResultsView quiz={review.quiz} />
      </section>
      <DeleteSession session={session} />
    </div>
  );
}
