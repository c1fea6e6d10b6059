import { describe, expect, it } from 'vitest';
import { biggestClimb, podium, rankDelta, rankMoves, REVEAL_TIMING, revealPhase } from './rank-changes';
import { entry } from './test-entries';

const board = [
  entry({ nickname: 'a', rank: 1, privateRank: 4 }),
  entry({ nickname: 'b', rank: 2, privateRank: 2 }),
  entry({ nickname: 'c', rank: 3, privateRank: 1 }),
  entry({ nickname: 'd', rank: 4, privateRank: 3 }),
  entry({ nickname: 'ref', isBaseline: true, score: 0.5, privateScore: 0.4 }),
];

describe('rank changes', () => {
  it.each([
    ['a', -3],
    ['b', 0],
    ['c', 2],
    ['d', 1],
  ])('%s moves %s places', (nickname, delta) => {
    expect(rankDelta(board.find((e) => e.nickname === nickname)!)).toBe(delta);
  });
  it('has no move for a baseline or before the reveal', () => {
    expect(rankDelta(board[4]!)).toBeNull();
    expect(rankDelta(entry({ nickname: 'x', rank: 1 }))).toBeNull();
    expect(rankMoves(board).size).toBe(4);
    expect(rankMoves(board).get('p-c')).toBe(2);
  });
  it('names the biggest climb', () => {
    expect(biggestClimb(board)).toMatchObject({ entry: { nickname: 'c' }, places: 2 });
    expect(biggestClimb([entry({ nickname: 'x', rank: 1, privateRank: 1 })])).toBeNull();
  });
});

describe('podium', () => {
  it('is the top three by private rank after the reveal, by public rank before', () => {
    expect(podium(board, true).map((e) => e.nickname)).toEqual(['c', 'b', 'd']);
    expect(podium(board, false).map((e) => e.nickname)).toEqual(['a', 'b', 'c']);
  });
  it('is shorter when fewer students scored', () => {
    expect(podium([entry({ nickname: 'solo', rank: 1, privateRank: 1 })], true)).toHaveLength(1);
  });
});

describe('revealPhase', () => {
  it.each([
    [null, 0, 'public'],
    [1000, 1000, 'public'],
    [1000, 1000 + REVEAL_TIMING.shakeAt, 'shake'],
    [1000, 1000 + REVEAL_TIMING.podiumAt - 1, 'shake'],
    [1000, 1000 + REVEAL_TIMING.podiumAt, 'podium'],
    [1000, 1000 + 3_600_000, 'podium'],
  ] as const)('revealed at %s, now %s → %s', (revealedAt, now, phase) => {
    expect(revealPhase(revealedAt, now)).toBe(phase);
  });
});
