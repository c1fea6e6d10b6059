import { describe, expect, it } from 'vitest';
import type { QuizReveal, QuizRoundView, QuizStandings } from '@/lib/protocol/quiz';
import { INITIAL_QUIZ_STATE, isSameOrLater, quizReducer, timeLeftMs, type QuizState } from './quiz-state';

const view = (over: Partial<QuizRoundView> = {}): QuizRoundView => ({
  id: 'r1',
  phase: 'open',
  dismissed: false,
  mode: 'speed',
  topic: null,
  timeLimitSeconds: 20,
  questionCount: 3,
  index: 0,
  question: { id: 'q', topic: 'gating', kind: 'single', prompt: { en: 'p', ko: 'p' }, choices: [] },
  questionStartedAt: 1_000,
  questionEndsAt: 21_000,
  startedAt: 1_000,
  endedAt: null,
  answered: 0,
  expected: 3,
  serverNow: 1_000,
  ...over,
});
const reveal = (index = 0, roundId = 'r1'): QuizReveal => ({
  roundId,
  index,
  questionId: 'q',
  correct: { kind: 'single', choice: 1 },
  explanation: { en: 'e', ko: 'e' },
  videoUrl: 'https://youtu.be/x',
  choiceCounts: [0, 1],
  right: 1,
  wrong: 0,
  unanswered: 2,
});
const standings = (closedCount: number, roundId = 'r1'): QuizStandings => ({ roundId, closedCount, final: false, total: 0, entries: [] });
const apply = (...actions: Parameters<typeof quizReducer>[1][]) => actions.reduce<QuizState>(quizReducer, INITIAL_QUIZ_STATE);

describe('isSameOrLater', () => {
  it.each([
    [null, view(), true],
    [view(), view(), true],
    [view({ phase: 'closed' }), view(), false],
    [view(), view({ index: 1 }), true],
    [view({ index: 1 }), view({ index: 0, phase: 'ended' }), false],
    [view({ phase: 'ended' }), view({ phase: 'ended', dismissed: true }), true],
    [view({ phase: 'ended', dismissed: true }), view({ phase: 'ended' }), false],
    [view({ phase: 'ended' }), view({ id: 'r2', startedAt: 5_000 }), true],
    [view({ id: 'r2', startedAt: 5_000 }), view({ phase: 'ended' }), false],
  ])('%# from %o', (prev, next, later) => {
    expect(isSameOrLater(prev, next)).toBe(later);
  });
});

describe('quizReducer', () => {
  it('keeps the reveal for its question and drops it when the next question opens', () => {
    const closed = apply({ type: 'view', round: view(), localNow: 0 }, { type: 'reveal', round: view({ phase: 'closed' }), reveal: reveal(), localNow: 0 });
    expect(closed.reveal).toEqual(reveal());
    // The host's ack of "close" may arrive after the broadcast: the reveal stays.
    expect(quizReducer(closed, { type: 'view', round: view({ phase: 'closed' }), localNow: 0 }).reveal).toEqual(reveal());
    expect(quizReducer(closed, { type: 'view', round: view({ index: 1 }), localNow: 0 }).reveal).toBeNull();
  });

  it('ignores a state reply older than the broadcasts already applied', () => {
    const closed = apply({ type: 'reveal', round: view({ phase: 'closed' }), reveal: reveal(), localNow: 0 });
    const stale = quizReducer(closed, { type: 'state', reply: { round: view(), reveal: null, standings: null, mine: null }, localNow: 0 });
    expect(stale).toBe(closed);
  });

  it('restores my answer and score from a state reply (a rejoin)', () => {
    const state = apply({
      type: 'state',
      reply: { round: view({ index: 1 }), reveal: null, standings: standings(1), mine: { answer: { kind: 'single', choice: 2 }, standing: null } },
      localNow: 500,
    });
    expect(state.myAnswer).toEqual({ roundId: 'r1', index: 1, answer: { kind: 'single', choice: 2 } });
    expect(state.standings).toEqual(standings(1));
    expect(state.offsetMs).toBe(500);
  });

  it('forgets my answer and the standings of an earlier round', () => {
    const state = apply(
      { type: 'view', round: view(), localNow: 0 },
      { type: 'my-answer', roundId: 'r1', index: 0, answer: { kind: 'single', choice: 0 } },
      { type: 'standings', standings: standings(1) },
      { type: 'view', round: view({ id: 'r2', startedAt: 9_000 }), localNow: 0 },
    );
    expect(state.myAnswer).toBeNull();
    expect(state.standings).toBeNull();
  });

  it('takes answered counts for the open question only, and never older standings', () => {
    const state = apply(
      { type: 'view', round: view({ index: 1 }), localNow: 0 },
      { type: 'answered', roundId: 'r1', index: 0, answered: 3, expected: 3 },
      { type: 'answered', roundId: 'r1', index: 1, answered: 2, expected: 3 },
      { type: 'standings', standings: standings(2) },
      { type: 'standings', standings: standings(1) },
    );
    expect(state.round).toMatchObject({ answered: 2, expected: 3 });
    expect(state.standings!.closedCount).toBe(2);
  });
});

describe('timeLeftMs', () => {
  it('counts down by the server clock and stops at 0', () => {
    // Server clock 2 s ahead of ours: at local 9 000 the server is at 11 000, 10 s before 21 000.
    expect(timeLeftMs(view(), 9_000, 2_000)).toBe(10_000);
    expect(timeLeftMs(view(), 30_000, 0)).toBe(0);
    expect(timeLeftMs(view({ phase: 'closed' }), 0, 0)).toBe(0);
  });
});
