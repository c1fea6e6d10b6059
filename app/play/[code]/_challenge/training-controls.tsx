'use client';
/**
 * Train / Pause / Resume / Stop, the backend choice and what is in use, the last checkpoint, and —
 * after a refresh — resuming the saved model. Buttons appear only when they can act.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Checkpoint } from '@/app/_lib/training/checkpoint';
import type { TrainingView } from '@/app/_lib/training/use-training';
import type { BackendChoice } from '@/app/_lib/training/worker-protocol';

interface Props {
  readonly view: TrainingView;
  readonly backend: BackendChoice;
  readonly onBackend: (b: BackendChoice) => void;
  readonly canStart: boolean;
  /** A checkpoint of this challenge saved earlier (after a refresh), when idle. */
  readonly saved: Pick<Checkpoint, 'step' | 'savedAt' | 'config'> | null;
  readonly onStart: () => void;
  readonly onRestore: () => void;
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onStop: () => void;
}

/** WebGL in a worker needs OffscreenCanvas with a WebGL context. */
function webglAvailable(): boolean {
  try {
    if (typeof OffscreenCanvas === 'undefined') return false;
    const c = new OffscreenCanvas(1, 1);
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

export function TrainingControls({ view, backend, onBackend, canStart, saved, onStart, onRestore, onPause, onResume, onStop }: Props) {
  const t = useTranslations('train');
  const locale = useLocale();
  const [webgl, setWebgl] = useState(false);
  useEffect(() => setWebgl(webglAvailable()), []);
  const { status } = view;
  const busy = status === 'starting' || status === 'stopping';
  const b = view.backend;

  return (
    <div className="stack training-controls">
      <div className="row">
        <label className="inline-field" htmlFor="train-backend">
          {t('controls.backend')}
          <select id="train-backend" value={backend} onChange={(e) => onBackend(e.target.value as BackendChoice)} disabled={status !== 'idle'} data-testid="train-backend-choice">
            <option value="wasm">{t('controls.wasm')}</option>
            <option value="webgl" disabled={!webgl}>
              {webgl ? t('controls.webgl') : t('controls.webglMissing')}
            </option>
          </select>
        </label>
      </div>
      <div className="row">
        {status === 'idle' || status === 'starting' ? (
          <button type="button" className="primary" onClick={onStart} disabled={!canStart || busy} data-testid="train-start">
            {status === 'starting' ? t('controls.starting') : t('controls.train')}
          </button>
        ) : null}
        {status === 'idle' && saved ? (
          <button type="button" onClick={onRestore} disabled={busy} data-testid="train-restore">
            {t('controls.restore', { step: saved.step.toLocaleString(locale) })}
          </button>
        ) : null}
        {status === 'running' ? (
          <button type="button" onClick={onPause} data-testid="train-pause">
            {t('controls.pause')}
          </button>
        ) : null}
        {status === 'paused' ? (
          <button type="button" className="primary" onClick={onResume} data-testid="train-resume">
            {t('controls.resume')}
          </button>
        ) : null}
        {status === 'running' || status === 'paused' || status === 'stopping' ? (
          <button type="button" className="danger" onClick={onStop} disabled={busy} data-testid="train-stop">
            {t('controls.stop')}
          </button>
        ) : null}
      </div>
      <div className="run-status" role="status" data-testid="train-status" data-status={status}>
        <span className={`badge ${status === 'running' ? 'live' : ''}`}>{t(`status.${status}`)}</span>
        {status === 'running' ? <span className="running-bar" aria-hidden="true" /> : null}
        {b ? (
          <span className="muted small" data-testid="train-backend">
            {b.name === 'wasm' ? t('controls.onWasm', { threads: b.threads ?? 1 }) : b.name === 'webgl' ? t('controls.onWebgl') : t('controls.onCpu')}
            {b.fellBack ? ` — ${t('controls.fellBack')}` : ''}
          </span>
        ) : null}
      </div>
      {view.checkpoint ? (
        <p className="muted small" data-testid="train-checkpoint">
          {t('controls.checkpoint', { step: view.checkpoint.step.toLocaleString(locale), time: new Date(view.checkpoint.savedAt).toLocaleTimeString(locale) })}
        </p>
      ) : status === 'idle' && saved ? (
        <p className="muted small">{t('controls.savedHint', { step: saved.step.toLocaleString(locale), time: new Date(saved.savedAt).toLocaleTimeString(locale) })}</p>
      ) : null}
      {status === 'running' || status === 'paused' ? <p className="muted small">{t('controls.formLocked')}</p> : null}
      {view.error ? (
        <p className="notice bad" role="alert" data-testid="train-error">
          {t(`errors.${view.error.code}`, { detail: view.error.detail ?? '' })}
        </p>
      ) : null}
    </div>
  );
}
