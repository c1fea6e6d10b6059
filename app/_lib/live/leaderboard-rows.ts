/**
 * The order in which leaderboard rows are shown. The server ranks students (`rank`, and after the
 * reveal `privateRank`); baseline rows have no rank and are slotted in by score as a reference, so the
 * class sees who beats the instructor's model without the baseline taking anyone's place.
 */
import type { LeaderboardEntry } from '@/lib/protocol/challenge';
import { beatsChance, compareScores } from './score-format';

export type RankBy = 'public' | 'private';

/** A row's stable identity across updates: the student, or the baseline's submission. */
export function rowKey(entry: LeaderboardEntry): string {
  return entry.participantId ?? `baseline:${entry.submissionId}`;
}

/** The score that orders rows: public, or after the reveal the private one (falling back to public). */
export function scoreFor(entry: LeaderboardEntry, by: RankBy): number {
  return by === 'private' ? (entry.privateScore ?? entry.score) : entry.score;
}

export function rankFor(entry: LeaderboardEntry, by: RankBy): number | null {
  return by === 'private' ? entry.privateRank : entry.rank;
}

/** Students by rank (unranked last, then by score), each baseline just after the last student it does not beat. */
export function orderEntries(entries: readonly LeaderboardEntry[], by: RankBy, higherIsBetter: boolean): LeaderboardEntry[] {
  const byScore = (a: LeaderboardEntry, b: LeaderboardEntry) => compareScores(scoreFor(a, by), scoreFor(b, by), higherIsBetter);
  const students = entries
    .filter((e) => !e.isBaseline)
    .sort((a, b) => (rankFor(a, by) ?? Infinity) - (rankFor(b, by) ?? Infinity) || byScore(a, b) || a.nickname.localeCompare(b.nickname));
  const baselines = entries.filter((e) => e.isBaseline).sort(byScore);
  const out = [...students];
  for (const baseline of baselines) {
    const at = out.findIndex((row) => !row.isBaseline && byScore(baseline, row) < 0);
    out.splice(at === -1 ? out.length : at, 0, baseline);
  }
  return out;
}

/**
 * The first `limit` students (the projector's top 10) and the baselines among them; a baseline below
 * the last shown student is kept only when fewer than `limit` students have a score, so the reference
 * stays visible early in a challenge without pushing a student off the board.
 */
export function topRows(ordered: readonly LeaderboardEntry[], limit: number): LeaderboardEntry[] {
  const out: LeaderboardEntry[] = [];
  let students = 0;
  for (const row of ordered) {
    if (row.isBaseline) {
      if (students < limit) out.push(row);
      continue;
    }
    if (students === limit) break;
    out.push(row);
    students += 1;
  }
  return out;
}

/**
 * Where the "chance" line goes: the index of the first row that does not beat the trivial predictor,
 * `rows.length` when every row beats it. Rows must already be ordered best first.
 */
export function chanceLineIndex(rows: readonly LeaderboardEntry[], chance: number, higherIsBetter: boolean, by: RankBy): number {
  const at = rows.findIndex((row) => !beatsChance(scoreFor(row, by), chance, higherIsBetter));
  return at === -1 ? rows.length : at;
}
