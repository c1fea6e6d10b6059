/**
 * Class insights: averages per cell type over every scored submission (the class's own RNN-vs-LSTM
 * ablation) and the per-hidden-size means that the scatter joins with a line.
 */
import { CELL_KINDS, type Insights } from '@/lib/protocol/challenge';

export type CellKind = (typeof CELL_KINDS)[number];
export type InsightPoint = Insights['points'][number];

export interface CellAverage {
  cell: CellKind;
  average: number;
  count: number;
}

/** Mean score per cell type, in the fixed order rnn, lstm, gru; cells with no submission are left out. */
export function averageByCell(points: readonly InsightPoint[]): CellAverage[] {
  return CELL_KINDS.flatMap((cell) => {
    const scores = points.filter((p) => p.cell === cell).map((p) => p.score);
    return scores.length ? [{ cell, average: mean(scores), count: scores.length }] : [];
  });
}

/** For each cell, the mean score at each hidden size (ascending), the line through the scatter. */
export function meansByHidden(points: readonly InsightPoint[]): Record<CellKind, { hidden: number; mean: number; count: number }[]> {
  const out = { rnn: [], lstm: [], gru: [] } as Record<CellKind, { hidden: number; mean: number; count: number }[]>;
  for (const cell of CELL_KINDS) {
    const byHidden = new Map<number, number[]>();
    for (const p of points) if (p.cell === cell) byHidden.set(p.hidden, [...(byHidden.get(p.hidden) ?? []), p.score]);
    out[cell] = [...byHidden.entries()].sort((a, b) => a[0] - b[0]).map(([hidden, scores]) => ({ hidden, mean: mean(scores), count: scores.length }));
  }
  return out;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}
