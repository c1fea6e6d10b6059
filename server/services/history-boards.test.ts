import { describe, expect, it } from 'vitest';
import type { HistorySubmission } from '../../db/queries/history';
import { ablationPoints, finalBoards, privateOrder, replaySteps, showsPrivate } from './history-boards';
import { buildLeaderboard } from './leaderboard';

let n = 0;
/** A stored submission: `at` = createdAt, scored `lag` ms later. */
function sub(who: string | null, pub: number | null, priv: number | null, at: number, extra: Partial<HistorySubmission> & { lag?: number } = {}): HistorySubmission {
  const { lag = 10, ...rest } = extra;
  return {
    id: `s${String(++n).padStart(3, '0')}`,
    challengeId: 'c1',
    participantId: who,
    isBaseline: who === null,
    label: who === null ? 'Baseline' : null,
    config: { cell: 'lstm' },
    cell: 'lstm',
    layers: 1,
    hidden: 8,
    parameters: 100,
    claimedScore: null,
    status: pub === null ? 'failed' : 'scored',
    publicScore: pub,
    privateScore: priv,
    error: null,
    createdAt: at,
    scoredAt: at + lag,
    nickname: who,
    removedAt: null,
    ...rest,
  };
}

describe('replaySteps', () => {
  it('steps through scoring events in the order they were scored, not submitted', () => {
    // Bo submitted after Ada but was scored first (Ada's model was slower to score).
    const rows = [sub('ada', 0.6, 0.5, 1000, { lag: 500 }), sub('bo', 0.7, 0.8, 1100, { lag: 50 }), sub('ada', 0.9, 0.4, 2000)];
    const steps = replaySteps(rows, true);
    expect(steps.map((s) => [s.nickname, s.at])).toEqual([
      ['bo', 1150],
      ['ada', 1500],
      ['ada', 2010],
    ]);
    expect(steps.map((s) => s.board.map((e) => `${e.rank}:${e.nickname}:${e.score}`))).toEqual([
      ['1:bo:0.7'],
      ['1:bo:0.7', '2:ada:0.6'],
      ['1:ada:0.9', '2:bo:0.7'],
    ]);
    // No step leaks private scores.
    expect(steps.flatMap((s) => s.board).every((e) => e.privateScore === null && e.privateRank === null)).toBe(true);
  });

  it('ends on the final public board, and skips failed, queued and removed students’ rows', () => {
    const rows = [
      sub('ada', 2.1, 2.2, 1000),
      sub('bo', null, null, 1200),
      sub('cy', 1.9, 2.5, 1300, { removedAt: 5000 }),
      sub(null, 2.5, 2.4, 1400),
      sub('bo', 1.8, 2.0, 1500, { status: 'queued', scoredAt: null }),
      sub('bo', 1.7, 2.0, 1600),
    ];
    const steps = replaySteps(rows, false);
    expect(steps.map((s) => s.nickname)).toEqual(['ada', 'Baseline', 'bo']);
    expect(steps.at(-1)!.board).toEqual(finalBoards(rows, false, false).publicBoard);
  });

  it('has no steps for a challenge nobody scored in', () => {
    expect(replaySteps([sub('ada', null, null, 1)], true)).toEqual([]);
  });
});

describe('finalBoards', () => {
  const rows = [sub('ada', 0.9, 0.6, 1000), sub('bo', 0.8, 0.85, 1100), sub('cy', 0.7, 0.7, 1200), sub(null, 0.75, 0.8, 900)];

  it('is the live rule set (buildLeaderboard) on the rankable rows', () => {
    const { publicBoard } = finalBoards(rows, true, true);
    expect(publicBoard.map((e) => e.nickname)).toEqual(['ada', 'bo', 'Baseline', 'cy']);
    expect(publicBoard.map((e) => e.privateRank)).toEqual([3, 1, null, 2]);
  });

  it('orders the private board by private rank, the baseline where its private score falls', () => {
    const { privateBoard } = finalBoards(rows, true, true);
    expect(privateBoard!.map((e) => `${e.privateRank ?? 'ref'}:${e.nickname}`)).toEqual(['1:bo', 'ref:Baseline', '2:cy', '3:ada']);
  });

  it('has no private board and no private columns when private scores are not shown', () => {
    const { publicBoard, privateBoard } = finalBoards(rows, true, false);
    expect(privateBoard).toBeNull();
    expect(publicBoard.every((e) => e.privateScore === null)).toBe(true);
  });

  it('puts rows without a private score last on the private board', () => {
    const entries = buildLeaderboard(
      [{ id: 'b', participantId: null, nickname: 'B', isBaseline: true, cell: 'rnn', layers: 1, hidden: 4, parameters: 1, publicScore: 0.5, privateScore: null, createdAt: 1 }],
      true,
      true,
    );
    expect(privateOrder(entries, true).map((e) => e.nickname)).toEqual(['B']);
  });
});

describe('ablationPoints', () => {
  it('has every ranked student submission, not baselines or failures', () => {
    const rows = [sub('ada', 0.9, 0.6, 1, { cell: 'gru', hidden: 32 }), sub(null, 0.5, 0.5, 2), sub('bo', null, null, 3)];
    expect(ablationPoints(rows)).toEqual([{ cell: 'gru', hidden: 32, layers: 1, score: 0.9 }]);
  });
});

describe('showsPrivate', () => {
  it.each([
    ['running', null, 'owner', false],
    ['paused', null, 'owner', false],
    ['ended', null, 'owner', true],
    ['ended', null, 'others', false],
    ['ended', 123, 'others', true],
    ['ended', 123, 'owner', true],
  ] as const)('%s, revealed %s, %s → %s', (status, revealedAt, viewer, expected) => {
    expect(showsPrivate({ status, revealedAt }, viewer)).toBe(expected);
  });
});
