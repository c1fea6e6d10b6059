/** Protocol types the challenge components share (re-exported so imports stay short). */
export type { ChallengeView, Leaderboard, LeaderboardEntry, MyStanding } from '@/lib/protocol/challenge';
export type MetricView = import('@/lib/protocol/challenge').ChallengeView['metric'];
