import { describe, expect, it } from 'vitest';
import { VALID } from '../../lib/quiz/test-fixtures';
import { answerDistribution, computeStandings, playerHistories, studentStandings, type RecordedAnswer } from './quiz-standings';

const T = 20_000;
const ada = { id: 'p-ada', nickname: 'Ada' };
const bo = { id: 'p-bo', nickname: 'Bo' };
const cy = { id: 'p-cy', nickname: 'Cy' };

const ans = (participantId: string, questionIndex: number, correct: boolean, elapsedMs: number): RecordedAnswer => ({
  participantId,
  questionIndex,
  correct,
  elapsedMs,
  answer: { kind: 'single', choice: correct ? 2 : 0 },
});

/** The formula written out independently: round(1000 × (1 − (t/T)/2)), t clamped to [0, T]. */
const formula = (t: number) => Math.round(1000 * (1 - Math.min(Math.max(t, 0), T) / T / 2));

describe('points per answer (speed mode)', () => {
  it.each([
    [0, 1000],
    [1, 1000],
    [5_000, 875],
    [10_000, 750],
    [13_333, 667],
    [19_999, 500],
    [20_000, 500],
    [25_000, 500], // a receipt after the deadline is refused earlier; clamped here anyway
  ])('a correct answer after %i ms scores %i', (elapsed, points) => {
    const [h] = playerHistories([ada], [ans(ada.id, 0, true, elapsed)], 1, T, 'speed');
    expect(h!.total).toBe(points);
    expect(h!.total).toBe(formula(elapsed));
  });

  it('gives nothing for a wrong answer, however fast', () => {
    const [h] = playerHistories([ada], [ans(ada.id, 0, false, 0)], 1, T, 'speed');
    expect(h!.total).toBe(0);
  });
});

describe('streaks', () => {
  it.each([
    // pattern of right (R), wrong (W), none (-) → bonus on each question
    ['RRR', [0, 100, 200]],
    ['RRRRRRRR', [0, 100, 200, 300, 400, 500, 500, 500]],
    ['RWR', [0, 0, 0]],
    ['R-RR', [0, 0, 0, 100]],
    ['WRR', [0, 0, 100]],
  ])('%s earns streak bonuses %j', (pattern, bonuses) => {
    const answers = [...pattern].flatMap((c, i) => (c === '-' ? [] : [ans(ada.id, i, c === 'R', 0)]));
    const [h] = playerHistories([ada], answers, pattern.length, T, 'speed');
    expect(h!.perQuestion.map((b) => b.streakBonus)).toEqual(bonuses);
    expect(h!.total).toBe(bonuses.reduce((s, b, i) => s + b + (pattern[i] === 'R' ? 1000 : 0), 0));
  });

  it('counts only closed questions: an answer to the open one does not score yet', () => {
    const [h] = playerHistories([ada], [ans(ada.id, 0, true, 0), ans(ada.id, 1, true, 0)], 1, T, 'speed');
    expect(h!.total).toBe(1000);
    expect(h!.streak).toBe(1);
  });
});

describe('accuracy-only mode', () => {
  it('gives 1000 per correct answer, no speed component and no streak bonus', () => {
    const answers = [ans(ada.id, 0, true, 19_000), ans(ada.id, 1, true, 0), ans(ada.id, 2, true, 10_000), ans(ada.id, 3, false, 1)];
    const [h] = playerHistories([ada], answers, 4, T, 'accuracy');
    expect(h!.perQuestion.map((b) => b.points)).toEqual([1000, 1000, 1000, 0]);
    expect(h!.total).toBe(3000);
  });
});

describe('computeStandings', () => {
  it('ranks by score, shares ranks on ties, lists ties by nickname, and keeps students who never answered', () => {
    const answers = [ans(bo.id, 0, true, 10_000), ans(ada.id, 0, true, 10_000), ans(cy.id, 0, false, 1_000)];
    const rows = computeStandings([cy, bo, ada], answers, 1, T, 'speed');
    expect(rows.map((r) => [r.rank, r.nickname, r.score, r.lastCorrect])).toEqual([
      [1, 'Ada', 750, true],
      [1, 'Bo', 750, true],
      [3, 'Cy', 0, false],
    ]);
    const none = computeStandings([ada, bo], [], 1, T, 'speed');
    expect(none.map((r) => [r.rank, r.score, r.lastCorrect])).toEqual([
      [1, 0, null],
      [1, 0, null],
    ]);
  });

  it('reports the last question: points, bonus, streak, correct count', () => {
    const answers = [ans(ada.id, 0, true, 0), ans(ada.id, 1, true, 10_000)];
    const [row] = computeStandings([ada], answers, 2, T, 'speed');
    expect(row).toMatchObject({ score: 1000 + 750 + 100, lastPoints: 850, lastBonus: 100, streak: 2, correctCount: 2, lastCorrect: true });
  });
});

describe('answerDistribution', () => {
  it('counts picks per choice, right, wrong and students who did not answer', () => {
    const answers: RecordedAnswer[] = [ans(ada.id, 0, true, 0), ans(bo.id, 0, false, 0), { ...ans('p-gone', 0, false, 0), answer: { kind: 'single', choice: 1 } }];
    expect(answerDistribution(VALID.single, answers, [ada, bo, cy])).toEqual({ choiceCounts: [1, 0, 1], right: 1, wrong: 1, unanswered: 1 });
  });

  it('counts every ticked box of a multi question, and only right/wrong for other kinds', () => {
    const multi: RecordedAnswer = { ...ans(ada.id, 0, true, 0), answer: { kind: 'multi', choices: [0, 2] } };
    expect(answerDistribution(VALID.multi, [multi], [ada])).toEqual({ choiceCounts: [1, 0, 1], right: 1, wrong: 0, unanswered: 0 });
    const numeric: RecordedAnswer = { ...ans(ada.id, 0, false, 0), answer: { kind: 'numeric', value: 3 } };
    expect(answerDistribution(VALID.numeric, [numeric], [ada, bo])).toEqual({ choiceCounts: null, right: 0, wrong: 1, unanswered: 1 });
  });
});

describe('studentStandings', () => {
  const row = (i: number) => ({ rank: i + 1, participantId: `p${i}`, nickname: `n${i}`, score: 100 - i, streak: 0, correctCount: 0, lastCorrect: null, lastPoints: 0, lastBonus: 0 });
  const full = { roundId: 'r', closedCount: 1, final: false, total: 15, entries: Array.from({ length: 15 }, (_, i) => row(i)) };
  it.each([
    ['a top student: just the top', 'p3', ['p0', 'p1', 'p2', 'p3', 'p4']],
    ['further down: the top, then their own row', 'p12', ['p0', 'p1', 'p2', 'p3', 'p4', 'p12']],
    ['not in the standings (joined later): just the top', 'nobody', ['p0', 'p1', 'p2', 'p3', 'p4']],
  ])('%s', (_label, me, ids) => {
    const mine = studentStandings(full, me, 5);
    expect(mine.entries.map((e) => e.participantId)).toEqual(ids);
    expect(mine.total).toBe(15);
    expect(mine).toMatchObject({ roundId: 'r', closedCount: 1, final: false });
  });
});
