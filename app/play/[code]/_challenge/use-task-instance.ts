'use client';
/**
 * The challenge's task as the browser can build it: generated tasks from their seeds; lm and
 * imported sentiment from the train-only copy the server sends (never the hidden part). The same
 * instance gives the task card its samples and the form its shape (vocabulary → parameter count).
 */
import { useCallback, useEffect, useState } from 'react';
import { loadParticipant } from '@/app/_lib/participant-store';
import { fetchTrainData, needsTrainData } from '@/app/_lib/training/train-data';
import type { ProtocolError } from '@/lib/protocol/errors';
import { getTaskInstance } from '@/lib/tasks/index';
import type { ParsedDataset } from '@/lib/tasks/datasets/types';
import type { TaskInstance, TextSample } from '@/lib/tasks/types';
import type { ChallengeView } from './types';

export type TaskLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ProtocolError }
  | { readonly status: 'ready'; readonly instance: TaskInstance; readonly dataset: ParsedDataset | null; readonly samples: readonly TextSample[] };

const SAMPLE_SEED = 1;
const SAMPLES = 4;

export function useTaskInstance(code: string, view: Pick<ChallengeView, 'id' | 'taskId' | 'level' | 'datasetId'>): { load: TaskLoad; retry: () => void } {
  const [load, setLoad] = useState<TaskLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { id, taskId, level, datasetId } = view;

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    const build = (dataset: ParsedDataset | null) => {
      try {
        const instance = getTaskInstance(taskId, level, dataset ? { dataset } : {});
        if (!cancelled) setLoad({ status: 'ready', instance, dataset, samples: instance.sampleText(SAMPLE_SEED, SAMPLES) });
      } catch (e) {
        if (!cancelled) setLoad({ status: 'error', error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
      }
    };
    if (!needsTrainData(taskId, datasetId)) {
      build(null);
    } else {
      const token = loadParticipant(code)?.token;
      if (!token) {
        setLoad({ status: 'error', error: { code: 'unknown-participant', message: 'Join the class session again.', params: { code } } });
      } else {
        void fetchTrainData(code, id, token).then((r) => {
          if (cancelled) return;
          if (r.ok) build(r.dataset);
          else setLoad({ status: 'error', error: r.error });
        });
      }
    }
    return () => {
      cancelled = true;
    };
  }, [code, id, taskId, level, datasetId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, retry };
}
