'use client';
/** The running challenge's header in the control room: what it is, its status and clock, and the controls. */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChallengeView } from '@/lib/protocol/challenge';
import type { ProtocolError } from '@/lib/protocol/errors';
import { LiveCountdown } from '../../_components/live-countdown';
import type { ChallengeAction } from '../../_lib/use-host-room';
import { useErrorText } from '../../_lib/use-error-text';
import { useMetricName, useScoreText } from '../../_lib/live/use-score-text';

/** How many minutes "extend" adds. */
export const EXTEND_MINUTES = 5;

export function challengeStatusKey(challenge: ChallengeView): 'running' | 'paused' | 'ended' | 'revealed' {
  return challenge.revealedAt !== null ? 'revealed' : challenge.status;
}

export function ChallengeControls({ challenge, offsetMs, control }: { challenge: ChallengeView; offsetMs: number; control: (a: ChallengeAction, minutes?: number) => Promise<ProtocolError | null> }) {
  const t = useTranslations('live');
  const tt = useTranslations('tasks');
  const tc = useTranslations('live.cells');
  const errorText = useErrorText();
  const scoreText = useScoreText();
  const metricName = useMetricName();
  const [error, setError] = useState<ProtocolError | null>(null);
  const [busy, setBusy] = useState<ChallengeAction | null>(null);
  const status = challengeStatusKey(challenge);
  const s = challenge.settings;

  async function act(action: ChallengeAction, confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    setBusy(action);
    setError(await control(action, action === 'extend' ? EXTEND_MINUTES : undefined));
    setBusy(null);
  }

  return (
    <div className="stack challenge-head">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <div className="stack" style={{ gap: 4 }}>
          <h3 className="challenge-title">
            {tt(`${challenge.taskId}.title`)} <span className="muted">· {challenge.datasetName ?? challenge.level}</span>
          </h3>
          <p className="muted small">
            {t('controls.summary', {
              metric: metricName(challenge.metric.name),
              chance: scoreText(challenge.chanceScore, challenge.metric.unit),
              submissions: s.maxSubmissions,
              cooldown: s.cooldownSeconds,
              cells: s.allowedCells.map((c) => tc(c)).join(' / '),
              parameters: s.maxParameters,
              pub: Math.round(s.publicFraction * 100),
            })}
          </p>
        </div>
        <div className="row">
          <span className={`badge status-${status}`} data-testid="challenge-status" data-status={status} role="status">{t(`status.${status}`)}</span>
          <LiveCountdown challenge={challenge} offsetMs={offsetMs} className="countdown-host" />
        </div>
      </div>
      {challenge.status === 'paused' && <p className="notice" role="status">{t('controls.pausedNote')}</p>}
      {challenge.status === 'ended' && <p className="notice" role="status">{challenge.revealedAt === null ? t('controls.endedNote') : t('controls.revealedNote')}</p>}
      <div className="row" role="group" aria-label={t('controls.group')}>
        {challenge.status === 'running' && (
          <button type="button" onClick={() => act('pause')} disabled={busy !== null} data-testid="pause-challenge">{t('controls.pause')}</button>
        )}
        {challenge.status === 'paused' && (
          <button type="button" className="primary" onClick={() => act('resume')} disabled={busy !== null} data-testid="resume-challenge">{t('controls.resume')}</button>
        )}
        {challenge.status !== 'ended' && (
          <>
            <button type="button" onClick={() => act('extend')} disabled={busy !== null} aria-label={t('controls.extendLabel', { minutes: EXTEND_MINUTES })} data-testid="extend-challenge">
              {t('controls.extend', { minutes: EXTEND_MINUTES })}
            </button>
            <button type="button" className="danger" onClick={() => act('end', t('controls.endConfirm'))} disabled={busy !== null} data-testid="end-challenge">{t('controls.end')}</button>
          </>
        )}
        {challenge.status === 'ended' && challenge.revealedAt === null && (
          <button type="button" className="primary" onClick={() => act('reveal', t('controls.revealConfirm'))} disabled={busy !== null} data-testid="reveal">{t('controls.reveal')}</button>
        )}
      </div>
      {error && <p className="error" role="alert" data-testid="control-error">{errorText(error)}</p>}
    </div>
  );
}
