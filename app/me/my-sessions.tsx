'use client';
/**
 * /me: the class sessions this browser joined, from the participant tokens kept in localStorage (one
 * per join code). The tokens go to the server in a POST body, never in a URL; it answers with only
 * this student's own rows. Best models download with the token in a header.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { MyHistory, MySession } from '@/lib/protocol/history';
import { TimelineTable, type ChallengeIndex } from '../_components/history/timeline-table';
import { downloadModel, historyCall } from '../_lib/history/history-api';
import { useHistoryText } from '../_lib/history/use-history-text';
import { keptCodes, loadParticipant } from '../_lib/participant-store';
import { useErrorText } from '../_lib/use-error-text';
import '../_components/history/history.css';

/** The server takes at most 100 tokens a call (lib/protocol/history.ts). */
const MAX_TOKENS = 100;

export function MySessions() {
  const t = useTranslations('history.me');
  const tc = useTranslations('history.common');
  const errorText = useErrorText();
  const [sessions, setSessions] = useState<MySession[] | null>(null);
  const [tokens, setTokens] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<ProtocolError | null>(null);

  useEffect(() => {
    const kept = new Map<string, string>();
    for (const code of keptCodes()) {
      const p = loadParticipant(code);
      if (p) kept.set(p.participantId, p.token);
    }
    setTokens(kept);
    if (kept.size === 0) return setSessions([]);
    void historyCall<MyHistory>('POST', '/api/history/mine', { body: { tokens: [...kept.values()].slice(0, MAX_TOKENS) } }).then((r) =>
      r.ok ? setSessions(r.data.sessions) : setError(r.error),
    );
  }, []);

  return (
    <div className="stack history-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('lede')}</p>
      {error && <p className="error" role="alert">{errorText(error)}</p>}
      {sessions === null && !error && <p className="muted">{tc('loading')}</p>}
      {sessions?.length === 0 && <p className="notice">{t('none')}</p>}
      {sessions?.map((s) => <MySessionCard key={s.participantId} session={s} bearer={tokens.get(s.participantId)!} />)}
    </div>
  );
}

function MySessionCard({ session: s, bearer }: { session: MySession; bearer: string }) {
  const t = useTranslations('history.me');
  const tr = useTranslations('history.review');
  const tc = useTranslations('history.common');
  const format = useFormatter();
  const text = useHistoryText();
  const [failed, setFailed] = useState(false);
  const index: ChallengeIndex = new Map(s.challenges.map((c, i) => [c.id, { n: i + 1, unit: c.metric.unit }]));

  return (
    <section className="panel stack" aria-label={s.name} data-testid="my-session">
      <header className="stack-tight">
        <h2>{s.name}</h2>
        <p className="muted">
          {format.dateTime(new Date(s.createdAt), { dateStyle: 'long' })} · <span className="code-big">{s.code}</span> · {t('as', { nickname: s.nickname })} ·{' '}
          <span className={`badge ${s.endedAt ? 'ended' : 'live'}`}>{s.endedAt ? tc('ended') : tc('live')}</span>
        </p>
      </header>
      {s.challenges.length === 0 && <p className="muted">{t('noChallenges')}</p>}
      {s.challenges.map((c, i) => (
        <div key={c.id} className="stack my-challenge" data-testid="my-challenge">
          <h3>{tr('challengeHeading', { n: i + 1, title: text.title(c) })}</h3>
          <p>
            {c.rank !== null ? t('rank', { rank: c.rank, count: c.students }) : t('unranked')}
            {c.privateRank !== null && <> · {t('privateRank', { rank: c.privateRank })}</>}
          </p>
          {c.bestSubmissionId && (
            <p>
              <button type="button" onClick={async () => setFailed(!(await downloadModel(c.bestSubmissionId!, bearer)))} aria-label={t('bestLabel', { n: i + 1 })}>
                {t('best')}
              </button>
            </p>
          )}
          {c.submissions.length > 0 && (
            <details>
              <summary>{t('submissions')}</summary>
              <TimelineTable submissions={c.submissions} challenges={index} caption={t('submissions')} access={{ kind: 'student', bearer }} />
            </details>
          )}
        </div>
      ))}
      {failed && <p className="error" role="alert">{t('downloadFailed')}</p>}
    </section>
  );
}
