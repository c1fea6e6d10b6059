/**
 * The leaderboard feed against a recording stand-in for socket.io: hosts get every board, students the
 * top rows only when they changed, and each student their own row when it changed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../app-context';
import type { Leaderboard, LeaderboardEntry } from '../../lib/protocol/challenge';
import { STUDENT_TOP_ROWS } from '../../lib/protocol/limits';
import type { ChallengeRow } from '../services/challenges';
import { LeaderboardFeed, ROW_FLUSH_MS } from './leaderboard-feed';

type Sent = { to: string; except?: string; event: string; payload: any };

function entry(i: number, rank = i): LeaderboardEntry {
  return { rank, participantId: `p${i}`, nickname: `n${i}`, isBaseline: false, submissionId: `s${i}`, score: 1 - rank / 100, privateScore: null, privateRank: null, cell: 'gru', layers: 1, hidden: 8, parameters: 100, submissions: 1, submittedAt: i };
}
const boardOf = (entries: LeaderboardEntry[], scored: number): Leaderboard => ({ challengeId: 'c', revealed: false, total: entries.length, scored, entries });
const row = { id: 'c', sessionId: 's' } as ChallengeRow;

let sent: Sent[];
let current: Leaderboard;
let feed: LeaderboardFeed;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  const target = (to: string, except?: string): any => ({
    emit: (event: string, payload: unknown) => void sent.push({ to, except, event, payload }),
    except: (other: string) => target(to, other),
  });
  const ctx = {
    io: { to: (ch: string) => target(ch) },
    db: { $client: { open: true } },
    challenges: { byId: () => row, leaderboard: () => current },
  } as unknown as AppContext;
  feed = new LeaderboardFeed(ctx);
});
afterEach(() => {
  feed.close();
  vi.useRealTimers();
});

const publish = (b: Leaderboard, scoredFor: string | null) => {
  current = b;
  feed.publish(row, b, { scoredFor });
};
const of = (event: string, to?: string) => sent.filter((s) => s.event === event && (to === undefined || s.to === to));

describe('LeaderboardFeed', () => {
  it('hosts get every board; students the top rows, only when those changed; own rows at once or at the flush', () => {
    const class20 = Array.from({ length: 20 }, (_, i) => entry(i + 1));
    publish(boardOf(class20, 20), 'p20');
    expect(of('challenge:leaderboard', 'hosts:s')[0]!.payload.entries).toHaveLength(20);
    const students = of('challenge:leaderboard', 'room:s');
    expect(students).toHaveLength(1);
    expect(students[0]!.except).toBe('hosts:s');
    expect(students[0]!.payload.entries).toHaveLength(STUDENT_TOP_ROWS);
    expect(students[0]!.payload.total).toBe(20);
    // The scored student's own row went at once; the others wait for the flush.
    expect(of('challenge:my-row').map((s) => s.to)).toEqual(['participant:p20']);
    vi.advanceTimersByTime(ROW_FLUSH_MS);
    expect(of('challenge:my-row')).toHaveLength(20);

    // A 21st student lands at rank 15: the top 10 did not change, so students get no new board at once;
    // the five students below rank 14 move down one, and only they (and the newcomer) hear of it.
    sent = [];
    const moved = [...class20.slice(0, 14), entry(21, 15), ...class20.slice(14).map((e) => ({ ...e, rank: e.rank! + 1 }))];
    publish(boardOf(moved, 21), 'p21');
    expect(of('challenge:leaderboard', 'hosts:s')).toHaveLength(1);
    expect(of('challenge:leaderboard', 'room:s')).toHaveLength(0);
    vi.advanceTimersByTime(ROW_FLUSH_MS);
    // At the flush, the ranked count changed (20 → 21): the students' board goes out with it.
    expect(of('challenge:leaderboard', 'room:s').map((s) => s.payload.total)).toEqual([21]);
    expect(of('challenge:my-row').map((s) => s.to).sort()).toEqual(['participant:p21', ...[15, 16, 17, 18, 19, 20].map((i) => `participant:p${i}`)].sort());
    expect(of('challenge:my-row', 'participant:p16')[0]!.payload).toMatchObject({ challengeId: 'c', scored: 21, entry: { rank: 17 } });

    // A new leader changes the top rows: every student hears at once.
    sent = [];
    const led = [entry(22, 1), ...moved.map((e) => ({ ...e, rank: e.rank! + 1 }))];
    publish(boardOf(led, 22), 'p22');
    expect(of('challenge:leaderboard', 'room:s')[0]!.payload.entries[0].nickname).toBe('n22');
  });

  it('a state reply counts as sent: the flush does not repeat it', () => {
    const b = boardOf([entry(1), entry(2)], 2);
    current = b;
    expect(feed.forStudent(row, b, 'p2')).toMatchObject({ myRow: { rank: 2 }, leaderboard: { total: 2 } });
    feed.publish(row, b, { now: true });
    expect(of('challenge:my-row').map((s) => s.to)).toEqual(['participant:p1']);
  });
});
