import { describe, expect, it } from 'vitest';
import type { LeaderboardEntry } from '@/lib/protocol/challenge';
import { leaderboardRows, withMyRow } from './leaderboard-rows';

function entry(id: string, rank: number | null, score: number, privateRank: number | null = null): LeaderboardEntry {
  return {
    rank,
    participantId: rank === null ? null : id,
    nickname: id,
    isBaseline: rank === null,
    submissionId: `s-${id}`,
    score,
    privateScore: privateRank === null ? null : score,
    privateRank,
    cell: 'lstm',
    layers: 1,
    hidden: 32,
    parameters: 5000,
    submissions: 1,
    submittedAt: 0,
  };
}

// 12 students by score, a baseline between 3rd and 4th.
const students = Array.from({ length: 12 }, (_, i) => entry(`p${i + 1}`, i + 1, 1 - i * 0.05, 12 - i));
const entries = [...students.slice(0, 3), entry('baseline', null, 0.86), ...students.slice(3)];

describe('leaderboardRows', () => {
  it('shows the top 10 with baselines among them, and my row after a gap', () => {
    const rows = leaderboardRows(entries, 'p12', false);
    expect(rows.map((r) => r.entry.nickname)).toEqual(['p1', 'p2', 'p3', 'baseline', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p12']);
    expect(rows.at(-1)).toMatchObject({ mine: true, afterGap: true });
    expect(rows.filter((r) => r.afterGap)).toHaveLength(1);
  });

  it('does not repeat my row when I am in the top 10', () => {
    const rows = leaderboardRows(entries, 'p2', false);
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r.mine).map((r) => r.entry.nickname)).toEqual(['p2']);
  });

  it('orders by the private rank once revealed (baselines left out)', () => {
    const rows = leaderboardRows(entries, 'p1', true, 3);
    expect(rows.map((r) => r.entry.nickname)).toEqual(['p12', 'p11', 'p10', 'p1']);
    expect(rows.at(-1)).toMatchObject({ mine: true, afterGap: true });
  });

  it('is empty for an empty board', () => {
    expect(leaderboardRows([], 'p1', false)).toEqual([]);
  });
});

describe('withMyRow', () => {
  const board = (rows: LeaderboardEntry[], revealed = false) => ({ challengeId: 'c', revealed, total: 12, scored: 20, entries: rows });
  const top = entries.slice(0, 11); // the top 10 students and the baseline among them

  it('adds my row below the top rows the server sent, and the rows then show the gap', () => {
    const merged = withMyRow(board(top), { challengeId: 'c', scored: 20, entry: students[11]! })!;
    expect(merged.entries.at(-1)!.nickname).toBe('p12');
    const rows = leaderboardRows(merged.entries, 'p12', false);
    expect(rows.at(-1)).toMatchObject({ mine: true, afterGap: true });
  });

  it('no gap when my row comes right after the top', () => {
    const rows = leaderboardRows(withMyRow(board(top), { challengeId: 'c', scored: 20, entry: students[10]! })!.entries, 'p11', false);
    expect(rows.at(-1)).toMatchObject({ mine: true, afterGap: false });
  });

  it.each([
    ['already on the board', { challengeId: 'c', scored: 20, entry: students[1]! }],
    ['an older row claiming a top place the board does not give it', { challengeId: 'c', scored: 20, entry: { ...students[11]!, rank: 4 } }],
    ['another challenge', { challengeId: 'other', scored: 20, entry: students[11]! }],
    ['no row yet', { challengeId: 'c', scored: 20, entry: null }],
  ])('leaves the board as it is: %s', (_label, myRow) => {
    const b = board(top);
    expect(withMyRow(b, myRow)).toBe(b);
  });

  it('after the reveal, places by private rank', () => {
    const revealedTop = [...students].sort((a, b) => a.privateRank! - b.privateRank!).slice(0, 10);
    // p1 has private rank 12: below the top 10 of the final standings.
    const merged = withMyRow(board(revealedTop, true), { challengeId: 'c', scored: 20, entry: students[0]! })!;
    expect(merged.entries.at(-1)!.nickname).toBe('p1');
    expect(leaderboardRows(merged.entries, 'p1', true).at(-1)).toMatchObject({ mine: true, afterGap: true });
  });
});
