'use client';
/**
 * The train-only copy of a challenge's data (lm corpora, imported sentiment datasets): fetched from
 * the server with the participant token, checked, kept per challenge for the page's lifetime. The
 * server strips the hidden part (withoutHiddenPart) before sending; a copy that still has it is
 * refused here rather than trained on, so a server mistake cannot leak scores into training.
 */
import { z } from 'zod';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { ParsedDataset } from '@/lib/tasks/datasets/types';
import type { TaskId } from '@/lib/tasks/types';

/** Tasks whose data comes from the server (generated tasks are built in the browser from a seed). */
export function needsTrainData(taskId: TaskId, datasetId: string | null): boolean {
  return taskId === 'lm' || datasetId !== null;
}

const datasetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lm'),
    text: z.string().min(1),
    seed: z.number(),
    hiddenRemoved: z.literal(true),
    stats: z.object({ bytes: z.number(), characters: z.number(), lines: z.number(), distinctCharacters: z.number() }),
    warnings: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('sentiment'),
    examples: z.array(z.object({ text: z.string(), label: z.string() })).min(1),
    labels: z.array(z.string()).min(2),
    seed: z.number(),
    hiddenRemoved: z.literal(true),
    stats: z.object({
      format: z.enum(['tsv', 'csv']),
      examples: z.number(),
      perLabel: z.record(z.string(), z.number()),
      duplicatesDropped: z.number(),
      conflictsDropped: z.number(),
    }),
    warnings: z.array(z.string()),
  }),
]);

export type TrainDataResult = { ok: true; dataset: ParsedDataset } | { ok: false; error: ProtocolError };

const cache = new Map<string, Promise<TrainDataResult>>();

async function load(code: string, challengeId: string, token: string): Promise<TrainDataResult> {
  try {
    const res = await fetch(`/api/rooms/${encodeURIComponent(code)}/challenges/${encodeURIComponent(challengeId)}/train-data`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const error = (json as { error?: ProtocolError } | null)?.error;
      return { ok: false, error: error ?? { code: 'internal', message: `The server answered ${res.status} for the training data.` } };
    }
    const parsed = datasetSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: { code: 'internal', message: 'The training data from the server is not in the expected form (or still holds its hidden part).' } };
    return { ok: true, dataset: parsed.data };
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The training data could not be downloaded: check your connection and try again.' } };
  }
}

/** The train-only dataset of a challenge; one download per challenge (a failed one may be retried). */
export function fetchTrainData(code: string, challengeId: string, token: string): Promise<TrainDataResult> {
  let p = cache.get(challengeId);
  if (!p) {
    p = load(code, challengeId, token);
    cache.set(challengeId, p);
    void p.then((r) => (r.ok ? undefined : cache.delete(challengeId)));
  }
  return p;
}
