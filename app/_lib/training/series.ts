/**
 * The chart history of one training run, bounded: at most `maxPoints` rows however long the run.
 * Row k of the run is kept while k is a multiple of the stride; when full the stride doubles and the
 * rows that are no longer multiples go, so the rows stay evenly spaced over the whole run (early and
 * late training equally visible) and memory stays flat. Columns are plain arrays,
 * the shape uPlot draws ([x, y1, y2, …]).
 */
import type { ProgressPoint } from './worker-protocol';

export interface SeriesColumns {
  readonly step: number[];
  readonly loss: number[];
  /** null until the first validation. */
  readonly metric: (number | null)[];
  readonly examplesPerSec: number[];
  readonly gradNorm: number[];
}

export class SeriesBuffer {
  private cols: SeriesColumns = { step: [], loss: [], metric: [], examplesPerSec: [], gradNorm: [] };
  /** Which incoming row (0-based) each kept row was. */
  private rowIndex: number[] = [];
  private stride = 1;
  private seen = 0;
  /** Bumped on every change, so React can tell that the (mutable) columns changed. */
  version = 0;

  constructor(private readonly maxPoints = 2000) {
    if (maxPoints < 4) throw new Error('A series keeps at least 4 points.');
  }

  get columns(): SeriesColumns {
    return this.cols;
  }

  get length(): number {
    return this.cols.step.length;
  }

  /** Appends steps in order (the worker's points); keeps one in `stride` once thinned. */
  add(points: readonly ProgressPoint[]): void {
    for (const p of points) {
      const k = this.seen++;
      if (k % this.stride !== 0) continue;
      this.rowIndex.push(k);
      const c = this.cols;
      c.step.push(p.step);
      c.loss.push(p.loss);
      c.metric.push(p.metric);
      c.examplesPerSec.push(p.examplesPerSec);
      c.gradNorm.push(p.gradNorm);
      if (c.step.length >= this.maxPoints) this.thin();
    }
    if (points.length) this.version++;
  }

  /** Every row as points (for a checkpoint), oldest first. */
  toPoints(): ProgressPoint[] {
    const c = this.cols;
    return c.step.map((step, i) => ({ step, loss: c.loss[i]!, metric: c.metric[i]!, examplesPerSec: c.examplesPerSec[i]!, gradNorm: c.gradNorm[i]! }));
  }

  clear(): void {
    this.cols = { step: [], loss: [], metric: [], examplesPerSec: [], gradNorm: [] };
    this.rowIndex = [];
    this.stride = 1;
    this.seen = 0;
    this.version++;
  }

  private thin(): void {
    this.stride *= 2;
    const keepAt = this.rowIndex.map((k) => k % this.stride === 0);
    const keep = <T>(a: T[]) => a.filter((_, i) => keepAt[i]);
    const c = this.cols;
    this.cols = { step: keep(c.step), loss: keep(c.loss), metric: keep(c.metric), examplesPerSec: keep(c.examplesPerSec), gradNorm: keep(c.gradNorm) };
    this.rowIndex = keep(this.rowIndex);
  }
}

/** Exponential moving average of equal-length vectors (the ‖∂L/∂h_t‖ picture, smoothed); restarts on a length change. */
export function smoothVector(previous: readonly number[] | null, next: readonly number[], weight = 0.2): number[] {
  if (!previous || previous.length !== next.length) return [...next];
  return next.map((v, i) => (Number.isFinite(v) ? previous[i]! * (1 - weight) + v * weight : previous[i]!));
}

/** Exponential moving average along a series (noisy per-step rates, e.g. examples/s); nulls pass through. */
export function emaSeries(values: readonly (number | null)[], weight = 0.1): (number | null)[] {
  let acc: number | null = null;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    acc = acc === null ? v : acc + weight * (v - acc);
    return acc;
  });
}
