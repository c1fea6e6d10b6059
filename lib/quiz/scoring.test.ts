import { describe, expect, it } from 'vitest';
import { pointsFor, scoreAnswer, scoreHistory, speedPoints, streakBonus, type AnswerOutcome } from './scoring';
import { VALID } from './test-fixtures';

describe('speedPoints = round(1000 × (1 − (t/T)/2)), t clamped to [0, T]', () => {
  it.each([
    // t (ms), T (ms), points
    [0, 20_000, 1000],
    [5_000, 20_000, 875],
    [10_000, 20_000, 750],
    [20_000, 20_000, 500],
    [1, 3, 833], // 1000 × (1 − 1/6) = 833.33…
    [1, 8, 938], // 937.5 rounds up
    [3, 8, 813], // 812.5 rounds up
    [25_000, 20_000, 500], // late: clamped to T
    [-300, 20_000, 1000], // clock skew: clamped to 0
    [Number.NaN, 20_000, 500], // missing timestamp counts as slowest
  ])('t=%s T=%s → %s', (t, limit, want) => {
    expect(speedPoints(t, limit)).toBe(want);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses time limit %s', (limit) => {
    expect(() => speedPoints(0, limit)).toThrow(RangeError);
  });
});

describe('streakBonus: +100 per correct answer in a row before this one, at most +500', () => {
  it.each([
    [0, 0],
    [1, 100],
    [2, 200],
    [4, 400],
    [5, 500],
    [6, 500],
    [40, 500],
  ])('%i before → +%i', (before, want) => {
    expect(streakBonus(before)).toBe(want);
  });

  it.each([-1, 1.5])('refuses streak %s', (s) => {
    expect(() => streakBonus(s)).toThrow(RangeError);
  });
});

describe('pointsFor', () => {
  const T = 20_000;
  it.each([
    // correct, t, streakBefore, mode, points, base, bonus, streakAfter
    [true, 0, 0, 'speed', 1000, 1000, 0, 1],
    [true, 10_000, 1, 'speed', 850, 750, 100, 2],
    [true, 20_000, 7, 'speed', 1000, 500, 500, 8],
    [false, 0, 7, 'speed', 0, 0, 0, 0],
    [true, 10_000, 7, 'accuracy', 1000, 1000, 0, 8],
    [true, 20_000, 0, 'accuracy', 1000, 1000, 0, 1],
    [false, 0, 3, 'accuracy', 0, 0, 0, 0],
  ] as const)('correct=%s t=%i streak=%i %s → %i', (correct, t, before, mode, points, base, bonus, after) => {
    expect(pointsFor({ correct, elapsedMs: t, timeLimitMs: T }, before, mode)).toEqual({ points, base, streakBonus: bonus, streakAfter: after });
  });
});

describe('scoreHistory', () => {
  const ok = (elapsedMs: number): AnswerOutcome => ({ correct: true, elapsedMs, timeLimitMs: 10_000 });
  const miss: AnswerOutcome = { correct: false, elapsedMs: 0, timeLimitMs: 10_000 };

  it('adds the streak bonus, caps it at 500 and resets it after a miss', () => {
    // Seven instant correct answers, a miss, then one more.
    const r = scoreHistory([ok(0), ok(0), ok(0), ok(0), ok(0), ok(0), ok(0), miss, ok(0)]);
    expect(r.perQuestion.map((p) => p.points)).toEqual([1000, 1100, 1200, 1300, 1400, 1500, 1500, 0, 1000]);
    expect(r.total).toBe(10_000);
    expect(r.streak).toBe(1);
  });

  it('accuracy-only mode: 1000 per correct answer, nothing else', () => {
    const r = scoreHistory([ok(9_000), ok(9_000), miss, ok(0)], 'accuracy');
    expect(r.perQuestion.map((p) => p.points)).toEqual([1000, 1000, 0, 1000]);
    expect(r.total).toBe(3000);
  });

  it('an empty history scores 0', () => {
    expect(scoreHistory([])).toEqual({ perQuestion: [], total: 0, streak: 0 });
  });
});

describe('scoreAnswer', () => {
  it('checks the answer and scores it', () => {
    const timing = { elapsedMs: 5_000, timeLimitMs: 20_000 };
    expect(scoreAnswer(VALID.single, { kind: 'single', choice: 2 }, timing, 2)).toEqual({ correct: true, points: 1075, base: 875, streakBonus: 200, streakAfter: 3 });
    expect(scoreAnswer(VALID.single, { kind: 'single', choice: 1 }, timing, 2)).toEqual({ correct: false, points: 0, base: 0, streakBonus: 0, streakAfter: 0 });
    expect(scoreAnswer(VALID.single, undefined, timing, 2).points).toBe(0);
  });
});
