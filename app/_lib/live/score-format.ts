/**
 * Scores in the metric's unit. '%' metrics arrive as fractions 0..1 and are shown as percent with one
 * decimal; 'bits/char' (the language model) is shown with two decimals and lower is better.
 */
import type { ChallengeView } from '@/lib/protocol/challenge';

export type ScoreUnit = ChallengeView['metric']['unit'];

/** The number part only ("87.5", "2.13"); the caller adds the unit in the reader's language. */
export function formatScoreNumber(value: number | null | undefined, unit: ScoreUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === '%' ? (value * 100).toFixed(1) : value.toFixed(2);
}

/** Negative when `a` is the better score, positive when `b` is, 0 for a tie. */
export function compareScores(a: number, b: number, higherIsBetter: boolean): number {
  return higherIsBetter ? b - a : a - b;
}

/** Strictly better than the trivial predictor ("better than chance"). */
export function beatsChance(score: number, chance: number, higherIsBetter: boolean): boolean {
  return compareScores(score, chance, higherIsBetter) < 0;
}

/** An axis tick: whole percent ("80") for '%', up to two decimals for bits/char ("2.5"). */
export function formatTick(value: number, unit: ScoreUnit): string {
  return unit === '%' ? String(Math.round(value * 100)) : String(Number(value.toFixed(2)));
}
