'use client';
/**
 * Deleting a past session: only once it has ended, and only after the join code is typed again (the
 * server checks it too). Afterwards the page goes back to the list.
 */
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { historyCall } from '../../_lib/history/history-api';
import { useErrorText } from '../../_lib/use-error-text';

export function DeleteSession({ session }: { session: { id: string; code: string; endedAt: number | null } }) {
  const t = useTranslations('history.delete');
  const errorText = useErrorText();
  const inputId = useId();
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);
  const live = session.endedAt === null;

  async function remove(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const reply = await historyCall('DELETE', `/api/history/sessions/${session.id}`, { body: { confirm } });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    window.location.assign('/sessions');
  }

  return (
    <section className="panel stack danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('heading')}</h2>
      <p>{t('explain')}</p>
      {live ? (
        <p className="notice">{t('liveFirst')}</p>
      ) : (
        <form className="row" onSubmit={remove}>
          <label className="field" htmlFor={inputId} style={{ flex: 1 }}>
            {t('confirmLabel', { code: session.code })}
            <input id={inputId} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" spellCheck={false} className="code-input" maxLength={6} />
          </label>
          <button type="submit" className="danger" disabled={busy || confirm.trim().toUpperCase() !== session.code} style={{ alignSelf: 'flex-end' }}>
            {busy ? t('deleting') : t('button')}
          </button>
        </form>
      )}
      {error && <p className="error" role="alert">{errorText(error)}</p>}
    </section>
  );
}
