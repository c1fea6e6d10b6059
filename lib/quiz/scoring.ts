/**
 * Points for live quiz rounds. Pure functions of what the server stored (correct or not, its own
 * measured answer time, the time limit, the order of questions), so totals can be recomputed at
 * any time — after a restart, for a replay, or after the instructor fixes a question.
 *
 * Speed mode (default):
 * - correct: base = round(1000 × (1 − (t/T)/2)), t = answer time clamped to [0, T], T = time limit:
 *   1000 for an instant answer, 500 at the buzzer. `Math.round` rounds .5 up.
 * - streak bonus: +100 for each consecutive correct answer *immediately before* this one, at most
 *   +500. So the 1st correct answer in a row gets +0, the 2nd +100, the 3rd +200, …, the 6th and
 *   every later one +500.
 * - wrong or no answer: 0 points, and the streak starts again from zero.
 * Accuracy-only mode (for exams or students who should not rush): correct = 1000 flat; no speed
 * component and no streak bonus (the streak is still counted, so it can be shown, but earns nothing).
 */

import { isCorrect, type Answer } from './answers';
import type { Question } from './schema';

export type ScoringMode = 'speed' | 'accuracy';

export const MAX_BASE_POINTS = 1000;
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

export interface AnswerOutcome {
  readonly correct: boolean;
  /** Server-measured time from question shown to answer received, ms; ignored when not correct. */
  readonly elapsedMs: number;
  /** The question's time limit T, ms (> 0). */
  readonly timeLimitMs: number;
}

export interface PointsBreakdown {
  /** base + streakBonus. */
  readonly points: number;
  readonly base: number;
  readonly streakBonus: number;
  /** Consecutive correct answers including this one (0 after a wrong answer). */
  readonly streakAfter: number;
}

/** Speed points of a correct answer: round(1000 × (1 − (t/T)/2)), t clamped to [0, T]. */
export function speedPoints(elapsedMs: number, timeLimitMs: number): number {
  if (!(timeLimitMs > 0) || !Number.isFinite(timeLimitMs)) throw new RangeError(`time limit must be a positive number of ms, got ${timeLimitMs}`);
  // NaN (a missing timestamp) counts as the slowest answer rather than poisoning the total.
  const t = Number.isNaN(elapsedMs) ? timeLimitMs : Math.min(Math.max(elapsedMs, 0), timeLimitMs);
  return Math.round(MAX_BASE_POINTS * (1 - t / timeLimitMs / 2));
}

/** Bonus for a correct answer that follows `streakBefore` consecutive correct answers. */
export function streakBonus(streakBefore: number): number {
  if (!Number.isInteger(streakBefore) || streakBefore < 0) throw new RangeError(`streak must be a whole number ≥ 0, got ${streakBefore}`);
  return Math.min(STREAK_STEP * streakBefore, STREAK_CAP);
}

/** Points for one answer, given how many correct answers in a row came right before it. */
export function pointsFor(outcome: AnswerOutcome, streakBefore: number, mode: ScoringMode = 'speed'): PointsBreakdown {
  if (!outcome.correct) return { points: 0, base: 0, streakBonus: 0, streakAfter: 0 };
  const streakAfter = streakBefore + 1;
  if (mode === 'accuracy') return { points: MAX_BASE_POINTS, base: MAX_BASE_POINTS, streakBonus: 0, streakAfter };
  const base = speedPoints(outcome.elapsedMs, outcome.timeLimitMs);
  const bonus = streakBonus(streakBefore);
  return { points: base + bonus, base, streakBonus: bonus, streakAfter };
}

export interface ScoredHistory {
  /** One breakdown per outcome, in the same order. */
  readonly perQuestion: readonly PointsBreakdown[];
  readonly total: number;
  /** The streak after the last question. */
  readonly streak: number;
}

/**
 * Scores one player's answers over a session, in the order the questions were asked. A question
 * the player did not answer must be in the list as `{ correct: false, … }`: skipping it would keep
 * a streak alive that the rules say is broken.
 */
export function scoreHistory(outcomes: readonly AnswerOutcome[], mode: ScoringMode = 'speed'): ScoredHistory {
  const perQuestion: PointsBreakdown[] = [];
  let streak = 0;
  let total = 0;
  for (const o of outcomes) {
    const b = pointsFor(o, streak, mode);
    perQuestion.push(b);
    total += b.points;
    streak = b.streakAfter;
  }
  return { perQuestion, total, streak };
}

/**
 * Convenience for a live round: checks `answer` against `question` and scores it. `answer` is
 * null/undefined when the student did not answer in time (0 points, streak broken).
 */
export function scoreAnswer(
  question: Question,
  answer: Answer | null | undefined,
  timing: { readonly elapsedMs: number; readonly timeLimitMs: number },
  streakBefore: number,
  mode: ScoringMode = 'speed',
): PointsBreakdown & { readonly correct: boolean } {
  const correct = isCorrect(question, answer);
  return { correct, ...pointsFor({ correct, ...timing }, streakBefore, mode) };
}
