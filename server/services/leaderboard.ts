/**
 * Leaderboard rules, pure so they can be table-tested:
 * - each student's best verified public score counts; a tie between students goes to whoever made
 *   that score first (earlier submission), then by id for a stable order;
 * - baselines are reference rows: listed by score, never ranked;
 * - after the reveal each student keeps the submission their public rank came from (as on Kaggle,
 *   the one they would have picked) and gets its private score and private rank.
 */
import type { LeaderboardEntry } from '../../lib/protocol/challenge';

export interface ScoredSubmission {
  id: string;
  participantId: string | null;
  nickname: string;
  isBaseline: boolean;
  cell: 'rnn' | 'lstm' | 'gru';
  layers: number;
  hidden: number;
  parameters: number;
  publicScore: number;
  privateScore: number | null;
  createdAt: number;
}

/** True when score a is strictly better than b. */
export function better(a: number, b: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? a > b : a < b;
}

function compare(a: ScoredSubmission, b: ScoredSubmission, higherIsBetter: boolean, score: (s: ScoredSubmission) => number): number {
  const sa = score(a);
  const sb = score(b);
  if (sa !== sb) return better(sa, sb, higherIsBetter) ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildLeaderboard(scored: readonly ScoredSubmission[], higherIsBetter: boolean, revealed: boolean): LeaderboardEntry[] {
  const best = new Map<string, ScoredSubmission>();
  const counts = new Map<string, number>();
  const baselines: ScoredSubmission[] = [];
  for (const s of scored) {
    if (s.isBaseline || s.participantId === null) {
      baselines.push(s);
      continue;
    }
    counts.set(s.participantId, (counts.get(s.participantId) ?? 0) + 1);
    const current = best.get(s.participantId);
    if (!current || compare(s, current, higherIsBetter, (x) => x.publicScore) < 0) best.set(s.participantId, s);
  }
  const students = [...best.values()].sort((a, b) => compare(a, b, higherIsBetter, (x) => x.publicScore));
  const privateRank = new Map<string, number>();
  if (revealed) {
    const worst = higherIsBetter ? -Infinity : Infinity;
    [...students]
      .sort((a, b) => compare(a, b, higherIsBetter, (x) => x.privateScore ?? worst))
      .forEach((s, i) => privateRank.set(s.id, i + 1));
  }
  const entry = (s: ScoredSubmission, rank: number | null): LeaderboardEntry => ({
    rank,
    participantId: s.participantId,
    nickname: s.nickname,
    isBaseline: s.isBaseline,
    submissionId: s.id,
    score: s.publicScore,
    privateScore: revealed ? s.privateScore : null,
    privateRank: revealed && rank !== null ? (privateRank.get(s.id) ?? null) : null,
    cell: s.cell,
    layers: s.layers,
    hidden: s.hidden,
    parameters: s.parameters,
    submissions: s.participantId ? (counts.get(s.participantId) ?? 0) : 1,
    submittedAt: s.createdAt,
  });
  const rows = students.map((s, i) => entry(s, i + 1));
  // Baselines slot in where their score falls, unranked.
  for (const b of baselines.sort((x, y) => compare(x, y, higherIsBetter, (s) => s.publicScore))) {
    const at = rows.findIndex((r) => better(b.publicScore, r.score, higherIsBetter));
    rows.splice(at < 0 ? rows.length : at, 0, entry(b, null));
  }
  return rows;
}
