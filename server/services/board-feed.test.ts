import { describe, expect, it } from 'vitest';
import type { Leaderboard, LeaderboardEntry } from '../../lib/protocol/challenge';
import { RowFeed, rowOf, studentBoard } from './board-feed';

function entry(id: string, rank: number | null, privateRank: number | null = null): LeaderboardEntry {
  return { rank, participantId: rank === null ? null : id, nickname: id, isBaseline: rank === null, submissionId: `s-${id}`, score: 1, privateScore: null, privateRank, cell: 'lstm', layers: 1, hidden: 8, parameters: 100, submissions: 1, submittedAt: 0 };
}
const students = Array.from({ length: 6 }, (_, i) => entry(`p${i + 1}`, i + 1, 6 - i));
const board = (entries: LeaderboardEntry[], revealed = false): Leaderboard => ({ challengeId: 'c', revealed, total: entries.filter((e) => e.rank !== null).length, scored: 9, entries });

describe('studentBoard', () => {
  it.each([
    ['the top students with the baselines among them', [students[0]!, entry('b1', null), ...students.slice(1)], 3, ['p1', 'b1', 'p2', 'p3']],
    ['a baseline just below the top is left out', [...students.slice(0, 3), entry('b1', null), ...students.slice(3)], 3, ['p1', 'p2', 'p3']],
    ['a small class: everything, baselines below everyone too', [...students.slice(0, 2), entry('b1', null)], 3, ['p1', 'p2', 'b1']],
    ['only baselines (nobody scored yet)', [entry('b1', null), entry('b2', null)], 3, ['b1', 'b2']],
  ])('%s', (_label, entries, top, ids) => {
    const b = board(entries);
    const out = studentBoard(b, top);
    expect(out.entries.map((e) => e.nickname)).toEqual(ids);
    expect(out).toMatchObject({ total: b.total, scored: 9, revealed: false, challengeId: 'c' });
  });

  it('after the reveal: the top by private rank, no baselines', () => {
    const out = studentBoard(board([entry('b1', null), ...students], true), 2);
    expect(out.entries.map((e) => e.nickname)).toEqual(['p6', 'p5']);
    expect(out.total).toBe(6);
  });
});

describe('RowFeed', () => {
  it('hands out each student’s row once, and again only when it changed', () => {
    const feed = new RowFeed();
    expect(feed.changed(board([entry('b1', null), ...students.slice(0, 3)])).map((e) => e.nickname)).toEqual(['p1', 'p2', 'p3']);
    expect(feed.changed(board(students.slice(0, 3)))).toEqual([]);
    // p4 enters at rank 2: p2 and p3 move down, p1 does not.
    const moved = [students[0]!, entry('p4', 2), { ...students[1]!, rank: 3 }, { ...students[2]!, rank: 4 }];
    expect(feed.changed(board(moved)).map((e) => e.nickname)).toEqual(['p4', 'p2', 'p3']);
  });

  it('a row sent some other way (a state reply) is not sent again', () => {
    const feed = new RowFeed();
    feed.note('c', 'p1', students[0]!);
    expect(feed.changed(board(students.slice(0, 2))).map((e) => e.nickname)).toEqual(['p2']);
    feed.note('c', 'p2', null);
    expect(feed.changed(board(students.slice(0, 2))).map((e) => e.nickname)).toEqual(['p2']);
  });

  it('rowOf finds a student’s row, never a baseline', () => {
    const b = board([entry('b1', null), ...students]);
    expect(rowOf(b, 'p3')?.nickname).toBe('p3');
    expect(rowOf(b, 'b1')).toBeNull();
  });
});
