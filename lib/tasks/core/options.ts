/** Checks of the options callers pass to tasks, with messages a person can act on. */
import type { HiddenSplitOptions, TrainStreamOptions } from '../types';
import { createRng, type Rng } from './rng';

/** Hidden batches are scored, not trained on, so they can be larger than training batches. */
export const HIDDEN_BATCH_SIZE = 64;
export const MAX_BATCH_SIZE = 4096;

export function checkBatchSize(options: TrainStreamOptions): number {
  const b = options.batchSize;
  if (!Number.isInteger(b) || b < 1 || b > MAX_BATCH_SIZE) {
    throw new Error(`Batch size must be a whole number from 1 to ${MAX_BATCH_SIZE}, got ${b}.`);
  }
  return b;
}

export function checkChunkLen(options: TrainStreamOptions, fallback: number): number {
  const t = options.chunkLen ?? fallback;
  if (!Number.isInteger(t) || t < 1 || t > 10_000) throw new Error(`Chunk length must be a whole number from 1 to 10000, got ${t}.`);
  return t;
}

/** Validates hidden-split options; returns the number of examples (or characters, steps) to draw. */
export function checkHiddenOptions(options: HiddenSplitOptions, defaultSize: number): number {
  if (typeof options.secret !== 'string' || options.secret.length === 0) throw new Error('A hidden split needs a non-empty secret.');
  const f = options.publicFraction;
  if (!(f >= 0 && f <= 1)) throw new Error(`publicFraction must be from 0 to 1, got ${f}.`);
  const size = options.size ?? defaultSize;
  if (!Number.isInteger(size) || size < 1) throw new Error(`Hidden split size must be a positive whole number, got ${size}.`);
  return size;
}

/** The hidden split's generator: only the server knows `secret`, so no one can replay it. */
export function secretRng(secret: string, taskId: string, level: string): Rng {
  return createRng(`${secret}\u0000${taskId}\u0000${level}`);
}

/** Public part first (the first round(n · publicFraction) items), private part after. */
export function divide<T>(items: readonly T[], publicFraction: number): [T[], T[]] {
  const n = Math.round(items.length * publicFraction);
  return [items.slice(0, n), items.slice(n)];
}

/** Cuts a list into consecutive groups of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
