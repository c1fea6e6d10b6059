/**
 * Leaderboards of a past challenge, derived from its stored submissions with the live rules
 * (./leaderboard.ts buildLeaderboard) — final boards, the replay (the board after each scoring event)
 * and the class ablation. Pure: no database, no clock.
 */
import type { LeaderboardEntry } from '../../lib/protocol/challenge';
import type { AblationPoint, ReplayStep, TimelineSubmission } from '../../lib/protocol/history';
import type { HistorySubmission } from '../../db/queries/history';
import { better, buildLeaderboard, type ScoredSubmission } from './leaderboard';

type Cell = ScoredSubmission['cell'];

/** What the live board ranks (as Challenges.leaderboard): scored, with a public score, student not removed. */
export function rankable(rows: readonly HistorySubmission[]): (ScoredSubmission & { scoredAt: number })[] {
  return rows
    .filter((s) => s.status === 'scored' && s.publicScore !== null && s.removedAt === null)
    .map((s) => ({
      id: s.id,
      participantId: s.participantId,
      nickname: s.isBaseline ? (s.label ?? 'Baseline') : (s.nickname ?? '?'),
      isBaseline: s.isBaseline,
      cell: s.cell as Cell,
      layers: s.layers,
      hidden: s.hidden,
      parameters: s.parameters,
      publicScore: s.publicScore!,
      privateScore: s.privateScore,
      createdAt: s.createdAt,
      // A scored row always has scoredAt; the fallback keeps old rows orderable.
      scoredAt: s.scoredAt ?? s.createdAt,
    }));
}

/**
 * The same entries ranked by private score: students in private-rank order, baselines slotted in
 * where their private score falls (unranked, as on the public board); rows without a private score last.
 */
export function privateOrder(entries: readonly LeaderboardEntry[], higherIsBetter: boolean): LeaderboardEntry[] {
  const students = entries.filter((e) => e.rank !== null).sort((a, b) => (a.privateRank ?? Infinity) - (b.privateRank ?? Infinity));
  const baselines = entries.filter((e) => e.rank === null);
  const rows = [...students];
  for (const b of baselines) {
    if (b.privateScore === null) {
      rows.push(b);
      continue;
    }
    const at = rows.findIndex((r) => r.privateScore === null || better(b.privateScore!, r.privateScore, higherIsBetter));
    rows.splice(at < 0 ? rows.length : at, 0, b);
  }
  return rows;
}

export interface FinalBoards {
  publicBoard: LeaderboardEntry[];
  privateBoard: LeaderboardEntry[] | null;
}

/** The final boards; private columns and the private board only when `showPrivate`. */
export function finalBoards(rows: readonly HistorySubmission[], higherIsBetter: boolean, showPrivate: boolean): FinalBoards {
  const publicBoard = buildLeaderboard(rankable(rows), higherIsBetter, showPrivate);
  return { publicBoard, privateBoard: showPrivate ? privateOrder(publicBoard, higherIsBetter) : null };
}

/**
 * The replay: one step per scoring event, in the order the server scored them (scoredAt, then the
 * order of submission), each with the public board as it stood right after. The last step's board is
 * the final public board. Only rankable rows are events: a failed submission never moved the board.
 */
export function replaySteps(rows: readonly HistorySubmission[], higherIsBetter: boolean): ReplayStep[] {
  const events = rankable(rows).sort((a, b) => a.scoredAt - b.scoredAt || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen: ScoredSubmission[] = [];
  return events.map((s) => {
    seen.push(s);
    return { at: s.scoredAt, submissionId: s.id, nickname: s.nickname, score: s.publicScore, board: buildLeaderboard(seen, higherIsBetter, false) };
  });
}

/** The class ablation: every ranked student submission as (cell, hidden size, layers, public score). */
export function ablationPoints(rows: readonly HistorySubmission[]): AblationPoint[] {
  return rankable(rows)
    .filter((s) => !s.isBaseline)
    .map((s) => ({ cell: s.cell, hidden: s.hidden, layers: s.layers, score: s.publicScore }));
}

/** A submission as a timeline row; `counted` marks the one the leaderboard took for its student. */
export function timelineRow(s: HistorySubmission, showPrivate: boolean, countedIds: ReadonlySet<string>): TimelineSubmission {
  return {
    id: s.id,
    challengeId: s.challengeId,
    status: s.status,
    cell: s.cell as Cell,
    layers: s.layers,
    hidden: s.hidden,
    parameters: s.parameters,
    config: s.config,
    claimedScore: s.claimedScore,
    publicScore: s.publicScore,
    privateScore: showPrivate ? s.privateScore : null,
    error: s.error,
    createdAt: s.createdAt,
    scoredAt: s.scoredAt,
    counted: countedIds.has(s.id),
  };
}

/**
 * Who may see private scores of a challenge. They are hidden during the challenge so nobody can tune
 * against the private split, and from students until the instructor's reveal (the shake-up is a
 * moment of the lecture). Once the challenge has ended its owner sees them, revealed or not.
 */
export function showsPrivate(challenge: { status: string; revealedAt: number | null }, viewer: 'owner' | 'others'): boolean {
  if (challenge.revealedAt !== null) return true;
  return viewer === 'owner' && challenge.status === 'ended';
}
