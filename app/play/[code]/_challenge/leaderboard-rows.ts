/**
 * Which leaderboard rows a student's compact board shows: the top `limit` students (reference
 * baselines where they fall among them), plus the student's own row when it is further down, marked
 * as after a gap. Once revealed, the order is the private (final) ranking.
 */
import type { LeaderboardEntry } from '@/lib/protocol/challenge';

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
  const rows: BoardRow[] = [];
  let previous = -1;
  base.forEach((e, i) => {
    if (!shown.has(e)) return;
    rows.push({ entry: e, mine: e.participantId === me && !e.isBaseline, afterGap: previous >= 0 && i > previous + 1 && e === mineEntry });
    previous = i;
  });
  return rows;
}
