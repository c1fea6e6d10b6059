/** Leaderboard rows for tests: only what a case cares about, the rest filled in. */
import type { LeaderboardEntry } from '@/lib/protocol/challenge';

export function entry(partial: Partial<LeaderboardEntry> & { nickname: string }): LeaderboardEntry {
  return {
    rank: null,
    participantId: partial.isBaseline ? null : `p-${partial.nickname}`,
    isBaseline: false,
    submissionId: `s-${partial.nickname}`,
    score: 0,
    privateScore: null,
    privateRank: null,
    cell: 'lstm',
    layers: 1,
    hidden: 32,
    parameters: 5_000,
    submissions: 1,
    submittedAt: 0,
    ...partial,
  };
}
