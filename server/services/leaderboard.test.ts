import { describe, expect, it } from 'vitest';
import { buildLeaderboard, type ScoredSubmission } from './leaderboard';

let n = 0;
const sub = (participantId: string | null, publicScore: number, createdAt: number, privateScore: number | null = null): ScoredSubmission => ({
  id: `s${String(++n).padStart(3, '0')}`,
  participantId,
  nickname: participantId ?? 'Baseline',
  isBaseline: participantId === null,
  cell: 'lstm',
  layers: 1,
  hidden: 8,
  parameters: 100,
  publicScore,
  privateScore,
  createdAt,
});

describe('buildLeaderboard', () => {
  it('ranks each student by their best public score, higher is better', () => {
    const rows = buildLeaderboard([sub('a', 0.5, 1), sub('b', 0.7, 2), sub('a', 0.9, 3), sub('c', 0.6, 4)], true, false);
    expect(rows.map((r) => [r.nickname, r.rank, r.score, r.submissions])).toEqual([
      ['a', 1, 0.9, 2],
      ['b', 2, 0.7, 1],
      ['c', 3, 0.6, 1],
    ]);
  });

  it('ranks lower-is-better metrics (bits/char) ascending', () => {
    const rows = buildLeaderboard([sub('a', 3.1, 1), sub('b', 2.2, 2), sub('a', 2.9, 3)], false, false);
    expect(rows.map((r) => [r.nickname, r.score])).toEqual([
      ['b', 2.2],
      ['a', 2.9],
    ]);
  });

  it.each([
    ['the earlier submission wins a tie', [sub('late', 0.8, 20), sub('early', 0.8, 10)], ['early', 'late']],
    ['a later equal score does not replace the best one', [sub('a', 0.8, 5), sub('b', 0.8, 6), sub('a', 0.8, 30)], ['a', 'b']],
  ])('%s', (_name, subs, order) => {
    expect(buildLeaderboard(subs, true, false).map((r) => r.nickname)).toEqual(order);
  });

  it('lists baselines where their score falls, unranked', () => {
    const rows = buildLeaderboard([sub('a', 0.9, 1), sub(null, 0.75, 2), sub('b', 0.6, 3)], true, false);
    expect(rows.map((r) => [r.nickname, r.rank, r.isBaseline])).toEqual([
      ['a', 1, false],
      ['Baseline', null, true],
      ['b', 2, false],
    ]);
  });

  it('hides private scores until revealed, then ranks by the private score of the best public submission', () => {
    const subs = [sub('a', 0.9, 1, 0.6), sub('b', 0.8, 2, 0.85), sub('c', 0.7, 3, 0.7), sub('a', 0.5, 4, 0.99)];
    const hidden = buildLeaderboard(subs, true, false);
    expect(hidden.every((r) => r.privateScore === null && r.privateRank === null)).toBe(true);
    const revealed = buildLeaderboard(subs, true, true);
    expect(revealed.map((r) => [r.nickname, r.rank, r.privateScore, r.privateRank])).toEqual([
      ['a', 1, 0.6, 3],
      ['b', 2, 0.85, 1],
      ['c', 3, 0.7, 2],
    ]);
  });
});
