'use client';
/**
 * Replay of a past challenge: a slider over every scoring event (0 = before the first score), the
 * public leaderboard as it stood right after the chosen event. The server derives each step from the
 * stored submissions with the live rules; nothing is recomputed here.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import type { HistoryChallenge, Replay } from '@/lib/protocol/history';
import type { ProtocolError } from '@/lib/protocol/errors';
import { historyCall } from '../../_lib/history/history-api';
import { useHistoryText } from '../../_lib/history/use-history-text';
import { useErrorText } from '../../_lib/use-error-text';
import { HistoryBoard } from './history-board';

const PLAY_STEP_MS = 900;

export function ReplayPanel({ sessionId, challenge }: { sessionId: string; challenge: HistoryChallenge }) {
  const t = useTranslations('history.replay');
  const format = useFormatter();
  const text = useHistoryText();
  const errorText = useErrorText();
  const sliderId = useId();
  const [replay, setReplay] = useState<Replay | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const total = replay?.steps.length ?? 0;

  useEffect(() => {
    if (!playing) return;
    if (step >= total) return setPlaying(false);
    const timer = setTimeout(() => setStep((s) => Math.min(total, s + 1)), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, total]);

  async function open() {
    setLoading(true);
    const reply = await historyCall<Replay>('GET', `/api/history/sessions/${sessionId}/challenges/${challenge.id}/replay`);
    setLoading(false);
    if (!reply.ok) return setError(reply.error);
    setReplay(reply.data);
    setStep(reply.data.steps.length);
  }

  if (!replay) {
    return (
      <div className="stack">
        <button type="button" onClick={open} disabled={loading}>
          {loading ? t('loading') : t('open')}
        </button>
        {error && <p className="error" role="alert">{errorText(error)}</p>}
      </div>
    );
  }
  if (total === 0) return <p className="muted">{t('empty')}</p>;

  const current = step > 0 ? replay.steps[step - 1]! : null;
  const position = current
    ? t('event', { time: format.dateTime(new Date(current.at), { timeStyle: 'medium' }), nickname: current.nickname, score: text.score(current.score, challenge.metric.unit) })
    : t('before');

  return (
    <div className="replay stack" data-testid="replay">
      <div className="replay-controls">
        <label htmlFor={sliderId} className="replay-label">
          {t('slider')} <span className="muted">{t('position', { step, total })}</span>
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={total}
          step={1}
          value={step}
          aria-valuetext={`${t('position', { step, total })}: ${position}`}
          onChange={(e) => (setPlaying(false), setStep(Number(e.target.value)))}
          data-testid="replay-slider"
        />
        <div className="row">
          <button type="button" onClick={() => (setPlaying(false), setStep((s) => Math.max(0, s - 1)))} disabled={step === 0} aria-label={t('previous')}>
            ‹
          </button>
          <button
            type="button"
            onClick={() => {
              if (!playing && step >= total) setStep(0);
              setPlaying((p) => !p);
            }}
          >
            {playing ? t('pause') : t('play')}
          </button>
          <button type="button" onClick={() => (setPlaying(false), setStep((s) => Math.min(total, s + 1)))} disabled={step === total} aria-label={t('next')}>
            ›
          </button>
        </div>
      </div>
      <p aria-live="polite" data-testid="replay-event">{position}</p>
      <HistoryBoard rows={current?.board ?? []} unit={challenge.metric.unit} by="public" caption={t('caption', { step })} testId="replay-board" />
    </div>
  );
}
