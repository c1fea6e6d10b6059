'use client';
/** /sessions: the signed-in instructor's class sessions, newest first, searchable by name, code or date. */
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useId, useMemo, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { HistorySessionSummary } from '@/lib/protocol/history';
import { historyCall } from '../_lib/history/history-api';
import { filterSessions } from '../_lib/history/session-filter';
import { useAuth } from '../_lib/use-auth';
import { useErrorText } from '../_lib/use-error-text';
import '../_components/history/history.css';

export function SessionsList() {
  const t = useTranslations('history.list');
  const tc = useTranslations('history.common');
  const format = useFormatter();
  const errorText = useErrorText();
  const searchId = useId();
  const { auth } = useAuth();
  const [sessions, setSessions] = useState<HistorySessionSummary[] | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!auth?.instructor) return;
    void historyCall<{ sessions: HistorySessionSummary[] }>('GET', '/api/history/sessions').then((r) => (r.ok ? setSessions(r.data.sessions) : setError(r.error)));
  }, [auth?.instructor?.id]);

  const dateText = (ms: number) => format.dateTime(new Date(ms), { dateStyle: 'medium' });
  const shown = useMemo(() => (sessions ? filterSessions(sessions, query, dateText) : []), [sessions, query]);

  if (auth === undefined) return <p className="muted">{tc('loading')}</p>;
  if (!auth.instructor) {
    return (
      <div className="stack">
        <h1>{t('title')}</h1>
        <p>
          {t('signIn')} <Link href="/host">{t('signInLink')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="stack history-page">
      <p>
        <Link href="/host">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('lede')}</p>
      <div className="panel stack">
        <label className="field" htmlFor={searchId}>
          {t('search')}
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} data-testid="session-search" />
        </label>
        {error && <p className="error" role="alert">{errorText(error)}</p>}
        {sessions === null ? (
          !error && <p className="muted">{tc('loading')}</p>
        ) : sessions.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <>
            <p className="muted small" aria-live="polite">
              {shown.length === 0 ? t('noMatch', { query }) : t('shown', { shown: shown.length, total: sessions.length })}
            </p>
            <ul className="session-list" data-testid="history-sessions">
              {shown.map((s) => (
                <li key={s.id} data-testid="history-session">
                  <span className="stack-tight">
                    <strong>{s.name}</strong>
                    <span className="muted small">
                      <span className="code-big">{s.code}</span> · <time dateTime={new Date(s.createdAt).toISOString()}>{dateText(s.createdAt)}</time> ·{' '}
                      {t('students', { count: s.participants })} · {t('challenges', { count: s.challenges })} · {t('submissions', { count: s.submissions })}
                    </span>
                  </span>
                  <span className="row">
                    {s.shared && <span className="badge">{t('shared')}</span>}
                    <span className={`badge ${s.endedAt ? 'ended' : 'live'}`}>{s.endedAt ? tc('ended') : tc('live')}</span>
                    <Link href={`/sessions/${s.id}`} aria-label={t('reviewLabel', { name: s.name })}>
                      {t('review')}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
