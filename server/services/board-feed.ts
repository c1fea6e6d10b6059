/**
 * What of a challenge leaderboard each student is sent (pure, table-tested). A class of 2,000 with the
 * whole board sent to every socket after each scoring was the load test's largest cost (hundreds of KB
 * × 2,000 sockets per scoring). Students see the top rows and their own row (the student page always
 * showed just those); hosts and projectors keep getting every row.
 */
import type { Leaderboard, LeaderboardEntry } from '../../lib/protocol/challenge';
import { STUDENT_TOP_ROWS } from '../../lib/protocol/limits';

/**
 * The top `top` ranked students — by public rank, or by private rank once revealed — with the reference
 * baselines that fall among them (before the reveal). `total` still counts every ranked student.
 */
export function studentBoard(board: Leaderboard, top = STUDENT_TOP_ROWS): Leaderboard {
  if (board.revealed) {
    const ranked = board.entries.filter((e) => e.rank !== null && e.privateRank !== null).sort((a, b) => a.privateRank! - b.privateRank!);
    return { ...board, entries: ranked.slice(0, top) };
  }
  let students = 0;
  for (let i = 0; i < board.entries.length; i++) {
    if (board.entries[i]!.rank === null) continue;
    // The first student below the top: what follows the last one shown (baselines too) is left out.
    if (students === top) return { ...board, entries: board.entries.slice(0, lastShown(board.entries, i) + 1) };
    students++;
  }
  return board;
}

function lastShown(entries: readonly LeaderboardEntry[], firstLeftOut: number): number {
  let i = firstLeftOut - 1;
  while (i >= 0 && entries[i]!.rank === null) i--;
  return i;
}

/** The board's row of one student, or null when they have no scored submission on it. */
export function rowOf(board: Leaderboard, participantId: string): LeaderboardEntry | null {
  return board.entries.find((e) => e.participantId === participantId && !e.isBaseline) ?? null;
}

/**
 * Each student's own row as they were last sent it, per challenge, so that after a scoring only the
 * students whose row changed (their rank moved, their best improved, the reveal) are sent theirs.
 */
export class RowFeed {
  private readonly sent = new Map<string, Map<string, string>>();

  /** The rows of `board` that differ from what their student was last sent; they count as sent now. */
  changed(board: Leaderboard): LeaderboardEntry[] {
    const sent = this.sentFor(board.challengeId);
    const out: LeaderboardEntry[] = [];
    for (const e of board.entries) {
      if (e.isBaseline || e.participantId === null) continue;
      const json = JSON.stringify(e);
      if (sent.get(e.participantId) === json) continue;
      sent.set(e.participantId, json);
      out.push(e);
    }
    return out;
  }

  /** Records that a student was sent `entry` some other way (a state reply, an urgent update). */
  note(challengeId: string, participantId: string, entry: LeaderboardEntry | null): void {
    const sent = this.sentFor(challengeId);
    if (entry) sent.set(participantId, JSON.stringify(entry));
    else sent.delete(participantId);
  }

  private sentFor(challengeId: string): Map<string, string> {
    let sent = this.sent.get(challengeId);
    if (!sent) this.sent.set(challengeId, (sent = new Map()));
    return sent;
  }
}
