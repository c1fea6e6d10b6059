'use client';
/**
 * The page's handle on the training Worker: starts it lazily (first Train), keeps the chart history
 * (SeriesBuffer, in a ref: charts redraw on `seriesVersion`), the newest step, the probe and the
 * backend, and turns `export` into a promise. All tfjs work happens in the worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { SeriesBuffer, smoothVector, type SeriesColumns } from './series';
import type { BackendChoice, BackendInfo, LatestProgress, ProbeView, RunSpec, WorkerCommand, WorkerErrorCode, WorkerEvent } from './worker-protocol';

/** A worker failure, worded by the page (train.json `errors.<code>`). */
export interface TrainingError {
  readonly code: WorkerErrorCode;
  readonly detail?: string;
}

/** A failed export, carrying the worker's code. */
export class ExportError extends Error {
  constructor(readonly failure: TrainingError) {
    super(failure.detail ?? failure.code);
  }
}

export type TrainingStatus = 'idle' | 'starting' | 'running' | 'paused' | 'stopping';

export interface TrainingView {
  readonly status: TrainingStatus;
  readonly backend: BackendInfo | null;
  readonly latest: LatestProgress | null;
  readonly parameters: number | null;
  readonly probe: ProbeView | null;
  /** ‖∂L/∂h_t‖ per time step, smoothed over recent steps (the latest raw vector is in `latest`). */
  readonly gradSmooth: readonly number[] | null;
  readonly checkpoint: { readonly step: number; readonly savedAt: number } | null;
  readonly error: TrainingError | null;
  readonly seriesVersion: number;
}

export interface ExportedModel {
  readonly bytes: Uint8Array;
  /** Validation metric of exactly these weights. */
  readonly metric: number | null;
  readonly step: number;
}

const INITIAL: TrainingView = { status: 'idle', backend: null, latest: null, parameters: null, probe: null, gradSmooth: null, checkpoint: null, error: null, seriesVersion: 0 };

export function useTraining(onProgress?: (latest: LatestProgress) => void) {
  const [view, setView] = useState<TrainingView>(INITIAL);
  const workerRef = useRef<Worker | null>(null);
  const seriesRef = useRef(new SeriesBuffer(2000));
  const exports = useRef(new Map<number, { resolve: (m: ExportedModel) => void; reject: (e: Error) => void }>());
  const nextRequest = useRef(1);
  const progressRef = useRef(onProgress);
  progressRef.current = onProgress;

  const onEvent = useCallback((event: WorkerEvent) => {
    switch (event.type) {
      case 'backend':
        return setView((v) => ({ ...v, backend: event.backend }));
      case 'started':
        seriesRef.current.clear();
        seriesRef.current.add(event.history);
        return setView((v) => ({ ...v, status: 'running', parameters: event.parameters, latest: null, gradSmooth: null, probe: null, error: null, seriesVersion: seriesRef.current.version }));
      case 'progress':
        seriesRef.current.add(event.points);
        progressRef.current?.(event.latest);
        return setView((v) => ({
          ...v,
          latest: event.latest,
          gradSmooth: event.latest.gradNormPerStep.length ? smoothVector(v.gradSmooth, event.latest.gradNormPerStep) : v.gradSmooth,
          seriesVersion: seriesRef.current.version,
        }));
      case 'probe':
        return setView((v) => ({ ...v, probe: event.probe }));
      case 'checkpoint':
        return setView((v) => ({ ...v, checkpoint: { step: event.step, savedAt: event.savedAt } }));
      case 'state':
        return setView((v) => ({ ...v, status: event.state === 'stopped' ? 'idle' : event.state }));
      case 'exported': {
        const pending = exports.current.get(event.requestId);
        exports.current.delete(event.requestId);
        pending?.resolve({ bytes: event.bytes, metric: event.metric, step: event.step });
        return;
      }
      case 'error': {
        if (event.requestId !== undefined) {
          const pending = exports.current.get(event.requestId);
          exports.current.delete(event.requestId);
          pending?.reject(new ExportError({ code: event.code, detail: event.detail }));
          return;
        }
        return setView((v) => ({ ...v, error: { code: event.code, detail: event.detail } }));
      }
    }
  }, []);

  const send = useCallback(
    (cmd: WorkerCommand) => {
      let worker = workerRef.current;
      if (!worker) {
        worker = new Worker(new URL('./train.worker.ts', import.meta.url));
        worker.onmessage = (e: MessageEvent<WorkerEvent>) => onEvent(e.data);
        worker.onerror = (e) => setView((v) => ({ ...v, status: 'idle', error: { code: 'worker-crashed', detail: e.message || undefined } }));
        workerRef.current = worker;
      }
      worker.postMessage(cmd);
    },
    [onEvent],
  );

  useEffect(() => {
    // Leaving the page: ask for a final checkpoint (best effort: the page may be gone before it lands).
    const onHide = () => workerRef.current?.postMessage({ type: 'pause' } satisfies WorkerCommand);
    window.addEventListener('pagehide', onHide);
    const pending = exports.current;
    return () => {
      window.removeEventListener('pagehide', onHide);
      const worker = workerRef.current;
      workerRef.current = null;
      if (worker) {
        worker.postMessage({ type: 'stop' } satisfies WorkerCommand);
        setTimeout(() => worker.terminate(), 2000); // time for the stop's checkpoint
      }
      for (const p of pending.values()) p.reject(new ExportError({ code: 'no-model' }));
      pending.clear();
    };
  }, []);

  const start = useCallback(
    (run: RunSpec, backend: BackendChoice, resume: boolean) => {
      setView((v) => ({ ...v, status: 'starting', error: null }));
      send({ type: 'start', run, backend, resume });
    },
    [send],
  );
  const pause = useCallback(() => send({ type: 'pause' }), [send]);
  const resume = useCallback(() => send({ type: 'resume' }), [send]);
  const stop = useCallback(() => {
    setView((v) => (v.status === 'idle' ? v : { ...v, status: 'stopping' }));
    send({ type: 'stop' });
  }, [send]);
  const exportModel = useCallback(
    () =>
      new Promise<ExportedModel>((resolve, reject) => {
        const requestId = nextRequest.current++;
        exports.current.set(requestId, { resolve, reject });
        send({ type: 'export', requestId });
      }),
    [send],
  );

  const series: SeriesColumns = seriesRef.current.columns;
  return { view, series, start, pause, resume, stop, exportModel };
}
