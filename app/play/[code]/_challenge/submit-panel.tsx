'use client';
/**
 * Submitting: the model bytes of the current weights go to the server with the student's own
 * validation score (shown, never ranked). Then: queue position → the verified public score and rank
 * (challenge:scored). Limits are always visible: submissions left, the cooldown countdown; a refused
 * submission shows the server's reason.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorText } from '@/app/_lib/use-error-text';
import type { ScoredEvent } from '@/app/_lib/use-student-room';
import type { ChallengeView, Leaderboard, MyStanding } from '@/lib/protocol/challenge';
import type { ProtocolError } from '@/lib/protocol/errors';
import { formatCountdown, formatMetric } from './format';
import { useNow } from '../../../_lib/use-now';

export type SubmitResult = { ok: true; submissionId: string; queuePosition: number } | { ok: false; error: ProtocolError };

interface Props {
  readonly view: ChallengeView;
  readonly mine: MyStanding | null;
  readonly leaderboard: Leaderboard | null;
  readonly lastScored: ScoredEvent | null;
  readonly participantId: string;
  readonly clockOffsetMs: number;
  /** A model is loaded in the worker (training or paused). */
  readonly hasModel: boolean;
  readonly onSubmit: () => Promise<SubmitResult>;
}

export function SubmitPanel({ view, mine, leaderboard, lastScored, participantId, clockOffsetMs, hasModel, onSubmit }: Props) {
  const t = useTranslations('train');
  const locale = useLocale();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [queued, setQueued] = useState<{ id: string; position: number } | null>(null);
  const serverNow = useNow(1000) + clockOffsetMs;

  const left = mine?.submissionsLeft ?? view.settings.maxSubmissions;
  const cooldownMs = mine?.cooldownUntil ? mine.cooldownUntil - serverNow : 0;
  const reason =
    view.status === 'ended' ? t('submit.closed') : view.status === 'paused' ? t('submit.paused') : left <= 0 ? t('submit.noneLeft') : cooldownMs > 0 ? null : !hasModel ? t('submit.trainFirst') : null;
  const disabled = busy || reason !== null || cooldownMs > 0;

  const submit = async () => {
    setBusy(true);
    setError(null);
    const r = await onSubmit();
    setBusy(false);
    if (r.ok) setQueued({ id: r.submissionId, position: r.queuePosition });
    else setError(r.error);
  };

  const submissions = mine?.submissions ?? [];
  const latest = submissions.at(-1) ?? null;
  const myEntry = leaderboard?.entries.find((e) => e.participantId === participantId && !e.isBaseline) ?? null;
  const rank = myEntry?.rank ?? (lastScored?.submissionId === latest?.id ? lastScored?.rank : null) ?? null;
  const ranked = leaderboard?.total ?? 0;
  const m = view.metric;

  return (
    <section className="panel stack" aria-labelledby="submit-heading" data-testid="submit-panel">
      <h2 id="submit-heading">{t('submit.heading')}</h2>
      <p>
        {t('submit.left')} <strong data-testid="submissions-left">{left}</strong> / {view.settings.maxSubmissions}
        {cooldownMs > 0 ? (
          <span className="muted" data-testid="cooldown">
            {' '}
            · {t('submit.cooldown', { time: formatCountdown(cooldownMs) })}
          </span>
        ) : null}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={submit} disabled={disabled} data-testid="submit-model">
          {busy ? t('submit.sending') : t('submit.button')}
        </button>
        {reason ? <span className="muted small">{reason}</span> : null}
      </div>
      {error ? (
        <p className="notice bad" role="alert" data-testid="submit-error">
          {errorText(error)}
        </p>
      ) : null}
      <div aria-live="polite" className="stack">
        {latest?.status === 'queued' ? (
          <p data-testid="queue-position">{queued?.id === latest.id ? t('submit.queued', { position: queued.position }) : t('submit.queuedNoPosition')}</p>
        ) : null}
        {latest?.status === 'scored' ? (
          <p className="score-line">
            {t('submit.verified')} <strong data-testid="verified-score">{formatMetric(latest.publicScore, m, locale)}</strong>
            <span className="muted" data-testid="own-score">
              {' '}
              · {t('submit.own', { value: formatMetric(latest.claimedScore, m, locale) })}
            </span>
          </p>
        ) : null}
        {latest?.status === 'failed' ? <p className="notice bad">{t('submit.failed', { error: latest.error ?? '' })}</p> : null}
        {rank !== null ? (
          <p>
            {t('submit.rank')} <strong data-testid="my-rank">#{rank}</strong> <span className="muted">{t('submit.of', { count: ranked })}</span>
          </p>
        ) : null}
      </div>
      {submissions.length > 0 ? (
        <details>
          <summary>{t('submit.history', { count: submissions.length })}</summary>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('submit.model')}</th>
                <th scope="col">{t('submit.ownShort')}</th>
                <th scope="col">{t('submit.verifiedShort')}</th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((s, i) => (
                <tr key={s.id}>
                  <td>{i + 1}</td>
                  <td>{t('submit.modelValue', { cell: t(`cell.${s.cell}`), layers: s.layers, hidden: s.hidden })}</td>
                  <td>{formatMetric(s.claimedScore, m, locale)}</td>
                  <td>{s.status === 'scored' ? formatMetric(s.publicScore, m, locale) : t(`submit.status.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
