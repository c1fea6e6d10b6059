'use client';
/** /host: sign in, then my class sessions, create one, invite a colleague, sign out. */
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { ClassSessionSummary } from '@/lib/protocol/rest';
import { AccountForm } from '../_components/account-form';
import { DatasetsPanel } from './datasets-panel';
import { QuizBankLink } from '../_components/quiz/quiz-links';
import { PastSessionsLink } from '../_components/history/history-links';
import { api } from '../_lib/api';
import { useAuth } from '../_lib/use-auth';
import { useErrorText } from '../_lib/use-error-text';

export function InstructorHome() {
  const t = useTranslations('host');
  const format = useFormatter();
  const errorText = useErrorText();
  const { auth, reload } = useAuth();
  const [sessions, setSessions] = useState<ClassSessionSummary[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<ProtocolError | null>(null);
  const [invite, setInvite] = useState<string | null>(null);

  const loadSessions = () =>
    void api<{ sessions: ClassSessionSummary[] }>('GET', '/api/sessions').then((r) => (r.ok ? setSessions(r.data.sessions) : setError(r.error)));

  useEffect(() => {
    if (auth?.instructor) loadSessions();
  }, [auth?.instructor?.id]);

  if (auth === undefined) return <p className="muted">{t('loading')}</p>;
  if (!auth.instructor) {
    return (
      <>
        {auth.needsSetup && <p className="notice">{t('needsSetup')}</p>}
        <AccountForm mode="login" onDone={reload} />
      </>
    );
  }

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const reply = await api<{ session: ClassSessionSummary }>('POST', '/api/sessions', { name });
    if (!reply.ok) return setError(reply.error);
    setName('');
    window.location.assign(`/host/${reply.data.session.code}`);
  }

  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('welcome', { name: auth.instructor.name })}</h1>
        <div className="row">
          <button
            type="button"
            onClick={async () => {
              const r = await api<{ url: string }>('POST', '/api/invites');
              if (r.ok) setInvite(r.data.url);
              else setError(r.error);
            }}
          >
            {t('invite')}
          </button>
          <button type="button" onClick={async () => (await api('POST', '/api/auth/logout'), reload())}>
            {t('signOut')}
          </button>
        </div>
      </div>
      {invite && (
        <p className="notice good" role="status">
          {t('inviteLink')} <code data-testid="invite-link">{invite}</code>
        </p>
      )}
      <form className="panel row" onSubmit={create}>
        <label className="field" style={{ flex: 1 }}>
          {t('newSessionName')}
          <input name="session-name" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('newSessionPlaceholder')} required maxLength={80} />
        </label>
        <button className="primary" type="submit" style={{ alignSelf: 'flex-end' }}>
          {t('create')}
        </button>
      </form>
      {error && <p className="error" role="alert">{errorText(error)}</p>}
      <section className="panel">
        <h2>{t('mySessions')}</h2>
        <PastSessionsLink />
        {sessions === null ? (
          <p className="muted">{t('loading')}</p>
        ) : sessions.length === 0 ? (
          <p className="muted">{t('noSessions')}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((s) => (
              <li key={s.id}>
                <span>
                  <strong>{s.name}</strong> <span className="code-big">{s.code}</span>{' '}
                  <span className="muted">
                    {format.dateTime(new Date(s.createdAt), { dateStyle: 'medium', timeStyle: 'short' })} · {t('participants', { count: s.participants })}
                  </span>
                </span>
                <span className="row">
                  <span className={`badge ${s.endedAt ? 'ended' : 'live'}`}>{s.endedAt ? t('ended') : t('live')}</span>
                  <Link href={`/host/${s.code}`}>{t('open')}</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <QuizBankLink />
      <DatasetsPanel />
    </div>
  );
}
