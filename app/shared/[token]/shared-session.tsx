'use client';
/**
 * /shared/TOKEN: the read-only view of a past session. Anyone with the link sees the public and
 * private (once revealed) leaderboards. If this browser joined that session (a participant token in
 * localStorage), the same call is made again with the token, and the server adds that student's own
 * submissions; nobody else's rows ever come back.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { SharedView } from '@/lib/protocol/history';
import { ChallengeSection } from '../../_components/history/challenge-section';
import { TimelineTable, type ChallengeIndex } from '../../_components/history/timeline-table';
import { historyCall } from '../../_lib/history/history-api';
import { loadParticipant } from '../../_lib/participant-store';
import { useErrorText } from '../../_lib/use-error-text';
import '../../_components/history/history.css';

export function SharedSession({ token }: { token: string }) {
  const t = useTranslations('history.shared');
  const tr = useTranslations('history.review');
  const tc = useTranslations('history.common');
  const format = useFormatter();
  const errorText = useErrorText();
  const [view, setView] = useState<SharedView | null>(null);
  const [bearer, setBearer] = useState<string | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);

  useEffect(() => {
    const path = `/api/history/shared/${encodeURIComponent(token)}`;
    void (async () => {
      const first = await historyCall<SharedView>('GET', path);
      if (!first.ok) return setError(first.error);
      setView(first.data);
      const kept = loadParticipant(first.data.session.code);
      if (!kept) return;
      const mine = await historyCall<SharedView>('GET', path, { bearer: kept.token });
      if (mine.ok && mine.data.mine) {
        setView(mine.data);
        setBearer(kept.token);
      }
    })();
  }, [token]);

  const index: ChallengeIndex = useMemo(() => new Map((view?.challenges ?? []).map((c, i) => [c.id, { n: i + 1, unit: c.metric.unit }])), [view]);

  if (error) {
    return (
      <p className="notice bad" role="alert">
        {error.code === 'not-found' ? t('notFound') : errorText(error)}
      </p>
    );
  }
  if (!view) return <p className="muted">{tc('loading')}</p>;
  const { session, mine } = view;

  return (
    <div className="stack history-page">
      <header className="stack-tight">
        <span className="badge">{t('badge')}</span>
        <h1>{session.name}</h1>
        <p className="muted">{tr('meta', { code: session.code, date: format.dateTime(new Date(session.createdAt), { dateStyle: 'long' }) })}</p>
      </header>
      {mine && bearer && (
        <section className="panel stack" aria-labelledby="mine-heading" data-testid="shared-mine">
          <h2 id="mine-heading">{t('mine', { nickname: mine.nickname })}</h2>
          <p className="muted small">{t('mineHint', { nickname: mine.nickname })}</p>
          <TimelineTable submissions={mine.submissions} challenges={index} caption={t('mine', { nickname: mine.nickname })} access={{ kind: 'student', bearer }} />
        </section>
      )}
      <section className="stack" aria-labelledby="challenges-heading">
        <h2 id="challenges-heading">{tr('challenges')}</h2>
        {view.challenges.length === 0 && <p className="muted">{tr('noChallenges')}</p>}
        {view.challenges.map((c, i) => (
          <ChallengeSection key={c.id} challenge={c} n={i + 1} me={mine?.participantId ?? null} />
        ))}
      </section>
    </div>
  );
}
