/**
 * Training checkpoints: config + weights + step (+ the chart history), so that a refresh or a closed
 * laptop lid costs at most a few seconds of training. Stored in IndexedDB (checkpoint-store.ts) as
 * one record per run key `${code}:${challengeId}`; weights as one ArrayBuffer of float32 values in
 * model-file order, with the length of each array. Decoding validates everything: a record from an
 * older version or a corrupted one is refused with a reason, never half-loaded.
 */
import { z } from 'zod';
import { ModelConfigSchema, type ModelConfig } from '@/lib/ml/config';
import { TASK_IDS, type TaskId } from '@/lib/tasks/types';
import type { ProgressPoint } from './worker-protocol';

export const CHECKPOINT_VERSION = 1;
/** Save every this many steps … */
export const CHECKPOINT_EVERY_STEPS = 200;
/** … or when the last save is this old (slow models) … */
export const CHECKPOINT_MAX_AGE_MS = 30_000;
/** … but never more often than this (fast models would write several times a second). */
export const CHECKPOINT_MIN_GAP_MS = 5_000;

export interface Checkpoint {
  readonly key: string;
  readonly taskId: TaskId;
  readonly level: string;
  readonly config: ModelConfig;
  readonly step: number;
  /** ms since the epoch (browser clock). */
  readonly savedAt: number;
  /** Validation metric at the last evaluation before saving, if any. */
  readonly metric: number | null;
  /** In model-file order (lib/ml parameterSpecs). */
  readonly weights: readonly Float32Array[];
  readonly history: readonly ProgressPoint[];
}

const pointSchema = z.object({
  step: z.number().int().min(0),
  loss: z.number(),
  metric: z.number().nullable(),
  examplesPerSec: z.number(),
  gradNorm: z.number(),
});

const storedSchema = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  key: z.string().min(1),
  taskId: z.enum(TASK_IDS),
  level: z.string().min(1),
  config: ModelConfigSchema,
  step: z.number().int().min(0),
  savedAt: z.number(),
  metric: z.number().nullable(),
  lengths: z.array(z.number().int().min(1)).min(1),
  weights: z.instanceof(ArrayBuffer),
  history: z.array(pointSchema),
});
export type StoredCheckpoint = z.infer<typeof storedSchema>;

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

/** The record IndexedDB keeps (structured-cloneable, one buffer for all weights). */
export function encodeCheckpoint(c: Checkpoint): StoredCheckpoint {
  const total = c.weights.reduce((n, w) => n + w.length, 0);
  const flat = new Float32Array(total);
  let at = 0;
  for (const w of c.weights) {
    flat.set(w, at);
    at += w.length;
  }
  return {
    version: CHECKPOINT_VERSION,
    key: c.key,
    taskId: c.taskId,
    level: c.level,
    config: c.config,
    step: c.step,
    savedAt: c.savedAt,
    metric: c.metric,
    lengths: c.weights.map((w) => w.length),
    weights: flat.buffer,
    history: c.history.map((p) => ({ ...p })),
  };
}

/** Validates a stored record; throws CheckpointError saying what is wrong. */
export function decodeCheckpoint(raw: unknown): Checkpoint {
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new CheckpointError(`The saved checkpoint cannot be used (${first.path.join('.') || 'record'}: ${first.message}).`);
  }
  const s = parsed.data;
  const total = s.lengths.reduce((a, b) => a + b, 0);
  if (s.weights.byteLength !== total * 4) throw new CheckpointError(`The saved checkpoint is damaged: ${s.weights.byteLength} bytes of weights, ${total * 4} expected.`);
  const flat = new Float32Array(s.weights);
  let at = 0;
  const weights = s.lengths.map((n) => {
    const w = flat.slice(at, at + n);
    at += n;
    return w;
  });
  return { key: s.key, taskId: s.taskId, level: s.level, config: s.config, step: s.step, savedAt: s.savedAt, metric: s.metric, weights, history: s.history };
}

/** Whether to save now (see the constants above). */
export function checkpointDue(a: { step: number; lastStep: number; lastAt: number; now: number }): boolean {
  if (a.step <= a.lastStep || a.now - a.lastAt < CHECKPOINT_MIN_GAP_MS) return false;
  return a.step - a.lastStep >= CHECKPOINT_EVERY_STEPS || a.now - a.lastAt >= CHECKPOINT_MAX_AGE_MS;
}

/** Why a checkpoint does not belong to this challenge's task, or null when it does. */
export function checkpointMismatch(c: Pick<Checkpoint, 'taskId' | 'level'>, run: { taskId: TaskId; level: string }): string | null {
  if (c.taskId !== run.taskId || c.level !== run.level) return `The saved checkpoint is for ${c.taskId} ${c.level}, not ${run.taskId} ${run.level}.`;
  return null;
}
