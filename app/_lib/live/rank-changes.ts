/**
 * The shake-up when the instructor reveals the private leaderboard: how far each student moved from
 * their public rank, the projector's animation phases, and the podium.
 */
import type { LeaderboardEntry } from '@/lib/protocol/challenge';
import { rowKey } from './leaderboard-rows';

/** Positive: moved up that many places; negative: down; 0: stayed; null: not ranked on both boards. */
export function rankDelta(entry: LeaderboardEntry): number | null {
  if (entry.isBaseline || entry.rank === null || entry.privateRank === null) return null;
  return entry.rank - entry.privateRank;
}

/** rowKey → places moved, for every ranked student. */
export function rankMoves(entries: readonly LeaderboardEntry[]): Map<string, number> {
  const moves = new Map<string, number>();
  for (const entry of entries) {
    const delta = rankDelta(entry);
    if (delta !== null) moves.set(rowKey(entry), delta);
  }
  return moves;
}

export type RevealPhase = 'public' | 'shake' | 'podium';

/** Milliseconds after the reveal at which rows start moving and the podium appears. */
export const REVEAL_TIMING = { shakeAt: 1_500, podiumAt: 9_000 } as const;

/**
 * What the projector shows `sinceRevealMs` after the reveal (server clock): the public order a moment
 * longer, then rows travel to their private places, then the podium. A projector that connects later
 * goes straight to the podium, so a reload does not replay the show.
 */
export function revealPhase(revealedAt: number | null, serverNow: number): RevealPhase {
  if (revealedAt === null) return 'public';
  const since = serverNow - revealedAt;
  if (since < REVEAL_TIMING.shakeAt) return 'public';
  return since < REVEAL_TIMING.podiumAt ? 'shake' : 'podium';
}

/** The top three students by private rank (public rank before the reveal); ties keep the server's order. */
export function podium(entries: readonly LeaderboardEntry[], revealed: boolean): LeaderboardEntry[] {
  const rank = (e: LeaderboardEntry) => (revealed ? e.privateRank : e.rank);
  return entries
    .filter((e) => !e.isBaseline && rank(e) !== null)
    .sort((a, b) => rank(a)! - rank(b)!)
    .slice(0, 3);
}

/** The biggest climb of the reveal, for the projector's caption ("Grace jumped 4 places"). */
export function biggestClimb(entries: readonly LeaderboardEntry[]): { entry: LeaderboardEntry; places: number } | null {
  let best: { entry: LeaderboardEntry; places: number } | null = null;
  for (const entry of entries) {
    const delta = rankDelta(entry);
    if (delta !== null && delta > 0 && (!best || delta > best.places)) best = { entry, places: delta };
  }
  return best;
}
