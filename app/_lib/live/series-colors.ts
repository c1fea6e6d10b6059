/**
 * Stable colours for the race's curves: a student keeps their colour while on screen (curves re-sort
 * every second), and a colour freed by someone who dropped out goes to the next newcomer.
 */

/** Eight colours distinct on a projector, light or dark background (Okabe–Ito based). */
export const SERIES_COLORS = ['#e69f00', '#0072b2', '#009e73', '#d55e00', '#cc79a7', '#56b4e9', '#b8a200', '#7f7f7f'] as const;

/** The colour index for each shown id; ids already coloured keep theirs, others take the lowest free one. */
export function assignColors(previous: ReadonlyMap<string, number>, shownIds: readonly string[], paletteSize: number): Map<string, number> {
  const next = new Map<string, number>();
  for (const id of shownIds) {
    const had = previous.get(id);
    if (had !== undefined) next.set(id, had);
  }
  const used = new Set(next.values());
  for (const id of shownIds) {
    if (next.has(id)) continue;
    let free = 0;
    while (used.has(free) && free < paletteSize) free += 1;
    // More ids than colours: reuse in turn (the chart shows at most the palette's size).
    const index = free < paletteSize ? free : next.size % paletteSize;
    next.set(id, index);
    used.add(index);
  }
  return next;
}

/**
 * Moves end-of-line labels apart so none overlap: `ys` (pixels, any order) become positions at least
 * `gap` apart, as close to the originals as a top-down then bottom-up pass allows, within [min, max].
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(max, Math.max(min, y)), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k += 1) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  if (order.length && order[order.length - 1]!.y > max) {
    order[order.length - 1]!.y = max;
    for (let k = order.length - 2; k >= 0; k -= 1) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  }
  const out = new Array<number>(ys.length);
  for (const { y, i } of order) out[i] = y;
  return out;
}
