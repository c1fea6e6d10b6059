/** Axis helpers for the hand-drawn SVG charts (race, scatter): linear and base-2 scales with round ticks. */

export interface Scale {
  (value: number): number;
  ticks: number[];
}

/** Round tick values (1, 2 or 5 × 10^k apart) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Maps [d0, d1] onto pixels [r0, r1]; a flat domain maps to the middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number, tickCount = 5): Scale {
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as Scale;
  scale.ticks = niceTicks(d0, d1, tickCount);
  return scale;
}

/** Hidden sizes are powers of two in practice (8…512), so the scatter's x axis is base 2. */
export function log2Scale(d0: number, d1: number, r0: number, r1: number): Scale {
  const lo = Math.log2(Math.max(1, d0));
  const hi = Math.log2(Math.max(1, d1));
  const scale = ((v: number) => (hi === lo ? (r0 + r1) / 2 : r0 + ((Math.log2(Math.max(1, v)) - lo) / (hi - lo)) * (r1 - r0))) as Scale;
  scale.ticks = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e += 1) scale.ticks.push(2 ** e);
  return scale;
}

/** [min, max] of the values, padded by `pad` of the span on each side; a single value gets ±1 (or ±10%). */
export function extent(values: readonly number[], pad = 0.05): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - d, hi + d];
  }
  const d = (hi - lo) * pad;
  lo -= d;
  hi += d;
  return [lo, hi];
}
