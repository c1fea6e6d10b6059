/**
 * Which leaderboard rows a student's compact board shows: the top `limit` students (reference
 * baselines where they fall among them), plus the student's own row when it is further down, marked
 * as after a gap. Once revealed, the order is the private (final) ranking.
 */
import type { Leaderboard, LeaderboardEntry } from '@/lib/protocol/challenge';

export interface BoardRow {
  readonly entry: LeaderboardEntry;
  readonly mine: boolean;
  /** Rows were left out just above this one. */
  readonly afterGap: boolean;
}

const byRank = (revealed: boolean) => (a: LeaderboardEntry, b: LeaderboardEntry) => {
  const ra = (revealed ? a.privateRank : a.rank) ?? Number.POSITIVE_INFINITY;
  const rb = (revealed ? b.privateRank : b.rank) ?? Number.POSITIVE_INFINITY;
  return ra - rb;
};

export function leaderboardRows(entries: readonly LeaderboardEntry[], me: string, revealed: boolean, limit = 10): BoardRow[] {
  // Baselines have no rank; keep them where the server put them (by score) relative to students.
  const students = entries.filter((e) => !e.isBaseline);
  const ordered = revealed ? [...students].sort(byRank(true)) : students;
  const top = new Set(ordered.slice(0, limit));
  const mineEntry = ordered.find((e) => e.participantId === me);
  const shownStudents = mineEntry && !top.has(mineEntry) ? [...top, mineEntry] : [...top];
  const shown = new Set<LeaderboardEntry>(shownStudents);
  const base = revealed ? ordered : entries;
  const lastTop = ordered[Math.min(limit, ordered.length) - 1];
  const lastTopIndex = lastTop ? base.indexOf(lastTop) : -1;
  if (!revealed) for (const e of entries) if (e.isBaseline && base.indexOf(e) <= lastTopIndex) shown.add(e);
  const rankOf = (e: LeaderboardEntry) => (revealed ? e.privateRank : e.rank);
  const rows: BoardRow[] = [];
  let previousRank: number | null = null;
  for (const e of base) {
    if (!shown.has(e)) continue;
    const rank = rankOf(e);
    // Ranks skipped just above my row (the rows between were not sent, or not shown): mark the gap.
    rows.push({ entry: e, mine: e.participantId === me && !e.isBaseline, afterGap: e === mineEntry && previousRank !== null && rank !== null && rank > previousRank + 1 });
    if (rank !== null) previousRank = rank;
  }
  return rows;
}

/** A student's own row as the server last sent it (`challenge:my-row`, or the state reply). */
export interface MyRow {
  readonly challengeId: string;
  /** Scorings when it was made (a later row has at least as many). */
  readonly scored: number;
  readonly entry: LeaderboardEntry | null;
}

/**
 * The board a student sees: the top rows the server broadcasts, with their own row added when it is
 * not among them. An own row claiming a place inside the top rows that is not there is older than the
 * board (the update follows within a second): it is left out rather than shown twice.
 */
export function withMyRow(board: Leaderboard | null, myRow: MyRow | null): Leaderboard | null {
  const entry = myRow?.entry;
  if (!board || !entry || myRow.challengeId !== board.challengeId) return board;
  if (board.entries.some((e) => e.participantId === entry.participantId && !e.isBaseline)) return board;
  const rankOf = (e: LeaderboardEntry) => (board.revealed ? e.privateRank : e.rank);
  const lastTop = Math.max(0, ...board.entries.map((e) => rankOf(e) ?? 0));
  const rank = rankOf(entry);
  if (rank === null || rank <= lastTop) return board;
  return { ...board, entries: [...board.entries, entry] };
}
