'use client';
/**
 * The instructor's reference model: a model file (from `npm run cli -- train …`, or one a student
 * downloaded) sent through `challenge:submit` from the host's socket. The server scores it like any
 * submission and shows it as a reference row that takes nobody's rank.
 */
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { MAX_MODEL_BYTES, type ChallengeView } from '@/lib/protocol/challenge';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { HostRoom } from '../../_lib/use-host-room';
import { useErrorText } from '../../_lib/use-error-text';
import { useScoreText } from '../../_lib/live/use-score-text';

export function BaselineUpload({ challenge, submit, lastScored }: { challenge: ChallengeView; submit: HostRoom['submitBaseline']; lastScored: HostRoom['lastScored'] }) {
  const t = useTranslations('live.baseline');
  const errorText = useErrorText();
  const scoreText = useScoreText();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const result = sent && lastScored?.submissionId === sent ? lastScored : null;

  async function upload(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSent(null);
    if (!file) return setError({ code: 'invalid-payload', message: t('chooseFile') });
    if (file.size > MAX_MODEL_BYTES) return setError({ code: 'invalid-payload', message: t('tooBig', { mb: (file.size / 2 ** 20).toFixed(1), max: (MAX_MODEL_BYTES / 2 ** 20).toFixed(1) }) });
    setBusy(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reply = await submit(bytes, label || file.name.replace(/\.[^.]+$/, '').slice(0, 40));
    setBusy(false);
    if ('error' in reply) return setError(reply.error);
    setSent(reply.submissionId);
  }

  return (
    <form className="stack baseline-form" onSubmit={upload} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('heading')}</h3>
      <p className="muted small">{t('intro')}</p>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <label className="field">
          {t('file')}
          <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="baseline-file" />
        </label>
        <label className="field" style={{ flex: 1, minWidth: 180 }}>
          {t('label')}
          <input value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} placeholder={t('labelPlaceholder')} data-testid="baseline-label" />
        </label>
        <button type="submit" disabled={busy || challenge.status === 'ended'} data-testid="baseline-submit">{busy ? t('submitting') : t('submit')}</button>
      </div>
      <div aria-live="polite" data-testid="baseline-status">
        {error && <p className="error" role="alert">{errorText(error)}</p>}
        {sent && !result && <p className="muted">{t('queued')}</p>}
        {result?.status === 'scored' && <p className="notice good">{t('scored', { score: scoreText(result.publicScore, challenge.metric.unit) })}</p>}
        {result?.status === 'failed' && <p className="notice bad">{t('failed', { error: result.error ?? '' })}</p>}
      </div>
    </form>
  );
}
