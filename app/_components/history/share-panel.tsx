'use client';
/**
 * The read-only link of a past session: on, replaced or off. The token is stored hashed on the
 * server, so a new link is shown once, right after it is made.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { ShareLink } from '@/lib/protocol/history';
import { historyCall } from '../../_lib/history/history-api';
import { useErrorText } from '../../_lib/use-error-text';

export function SharePanel({ sessionId, sharedAt }: { sessionId: string; sharedAt: number | null }) {
  const t = useTranslations('history.share');
  const format = useFormatter();
  const errorText = useErrorText();
  const [since, setSince] = useState(sharedAt);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);

  async function turnOn() {
    setError(null);
    const reply = await historyCall<ShareLink>('POST', `/api/history/sessions/${sessionId}/share`);
    if (!reply.ok) return setError(reply.error);
    setSince(reply.data.createdAt);
    setLink(reply.data.url);
    setCopied(false);
  }
  async function turnOff() {
    setError(null);
    const reply = await historyCall('DELETE', `/api/history/sessions/${sessionId}/share`);
    if (!reply.ok) return setError(reply.error);
    setSince(null);
    setLink(null);
  }

  return (
    <section className="panel stack" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('heading')}</h2>
      <p data-testid="share-state">{since === null ? t('off') : t('on', { date: format.dateTime(new Date(since), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      <p className="muted small">{t('grants')}</p>
      {link && (
        <div className="notice good stack" role="status">
          <span>{t('newLink')}</span>
          <code className="share-url" data-testid="share-link">{link}</code>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>
            {copied ? t('copied') : t('copy')}
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" onClick={turnOn}>
          {since === null ? t('turnOn') : t('replace')}
        </button>
        {since !== null && (
          <button type="button" className="danger" onClick={turnOff}>
            {t('turnOff')}
          </button>
        )}
      </div>
      {since !== null && <p className="muted small">{t('replaceHint')}</p>}
      {error && <p className="error" role="alert">{errorText(error)}</p>}
    </section>
  );
}
