/**
 * Temporal order (Hochreiter & Schmidhuber 1997, experiment 6a; the lecture's notebook 08).
 * Inclusive ranges; positions count from the start symbol B at position 0.
 */
export interface TemporalOrderLevel {
  readonly length: readonly [number, number];
  readonly t1: readonly [number, number];
  readonly t2: readonly [number, number];
}

export const TEMPORAL_ORDER_LEVELS = {
  easy: { length: [7, 8], t1: [1, 2], t2: [4, 5] },
  normal: { length: [30, 40], t1: [2, 5], t2: [20, 27] },
  moderate: { length: [60, 80], t1: [10, 20], t2: [45, 54] },
  hard: { length: [100, 110], t1: [10, 20], t2: [50, 60] },
  nightmare: { length: [300, 500], t1: [10, 80], t2: [250, 290] },
} as const satisfies Record<string, TemporalOrderLevel>;

export type TemporalOrderLevelName = keyof typeof TEMPORAL_ORDER_LEVELS;
