/**
 * The rows of the three exports (leaderboards, submissions without weights, quiz answers), produced
 * a batch at a time so the HTTP layer can stream them as CSV or JSON (server/http/export-stream.ts).
 * Values are typed (numbers, booleans, null, objects); the CSV writer turns them into text. Times are
 * ISO 8601 in UTC. Exports are the owner's: private scores of ended challenges are included.
 */
import type { DbOrTx as Db } from '../../db/client';
import { listChallenges, type ChallengeRow } from '../../db/queries/challenges';
import { challengeSubmissions, sessionSubmissionsPage } from '../../db/queries/history';
import type { ExportKind } from '../../lib/protocol/history';
import { finalBoards, showsPrivate } from './history-boards';
import { QUIZ_ANSWER_COLUMNS, quizAnswerBatches } from './history-quiz';

export type ExportValue = string | number | boolean | null | Record<string, unknown>;
export type ExportRow = Record<string, ExportValue>;

export interface ExportSource {
  columns: readonly string[];
  /** Batches of rows, in order; each batch is read from the database only when asked for. */
  batches(): Iterable<ExportRow[]>;
}

const PAGE = 250;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const LEADERBOARD_COLUMNS = [
  'challenge_id', 'task', 'level', 'dataset', 'metric', 'unit', 'public_rank', 'private_rank', 'nickname', 'baseline',
  'public_score', 'private_score', 'cell', 'layers', 'hidden', 'parameters', 'submissions', 'submission_id', 'submitted_at',
] as const;

export const SUBMISSION_COLUMNS = [
  'challenge_id', 'task', 'level', 'submission_id', 'participant_id', 'nickname', 'baseline', 'status', 'cell', 'layers', 'hidden',
  'parameters', 'config', 'claimed_score', 'public_score', 'private_score', 'error', 'created_at', 'scored_at',
] as const;

/** What the export needs to know of a challenge beyond its row. */
export interface ChallengeFacts {
  higherIsBetter: boolean;
  metric: string;
  unit: string;
  datasetName: string | null;
}

export function exportSource(db: Db, sessionId: string, kind: ExportKind, facts: (row: ChallengeRow) => ChallengeFacts): ExportSource {
  switch (kind) {
    case 'leaderboards':
      return { columns: LEADERBOARD_COLUMNS, batches: () => leaderboardBatches(db, sessionId, facts) };
    case 'submissions':
      return { columns: SUBMISSION_COLUMNS, batches: () => submissionBatches(db, sessionId) };
    case 'quiz-answers':
      return { columns: QUIZ_ANSWER_COLUMNS, batches: () => quizAnswerBatches(db, sessionId) };
  }
}

/** One batch per challenge: its public board, with each row's private rank and score (the private board). */
function* leaderboardBatches(db: Db, sessionId: string, facts: (row: ChallengeRow) => ChallengeFacts): Iterable<ExportRow[]> {
  for (const challenge of listChallenges(db, sessionId)) {
    const f = facts(challenge);
    const { publicBoard } = finalBoards(challengeSubmissions(db, challenge.id), f.higherIsBetter, showsPrivate(challenge, 'owner'));
    yield publicBoard.map((e) => ({
      challenge_id: challenge.id,
      task: challenge.taskId,
      level: challenge.level,
      dataset: f.datasetName,
      metric: f.metric,
      unit: f.unit,
      public_rank: e.rank,
      private_rank: e.privateRank,
      nickname: e.nickname,
      baseline: e.isBaseline,
      public_score: e.score,
      private_score: e.privateScore,
      cell: e.cell,
      layers: e.layers,
      hidden: e.hidden,
      parameters: e.parameters,
      submissions: e.submissions,
      submission_id: e.submissionId,
      submitted_at: iso(e.submittedAt),
    }));
  }
}

function* submissionBatches(db: Db, sessionId: string): Iterable<ExportRow[]> {
  const challenges = new Map(listChallenges(db, sessionId).map((c) => [c.id, c]));
  let after: { createdAt: number; id: string } | null = null;
  for (;;) {
    const page = sessionSubmissionsPage(db, sessionId, after, PAGE);
    if (page.length === 0) return;
    yield page.map((s) => {
      const c = challenges.get(s.challengeId)!;
      return {
        challenge_id: s.challengeId,
        task: c.taskId,
        level: c.level,
        submission_id: s.id,
        participant_id: s.participantId,
        nickname: s.isBaseline ? (s.label ?? 'Baseline') : s.nickname,
        baseline: s.isBaseline,
        status: s.status,
        cell: s.cell,
        layers: s.layers,
        hidden: s.hidden,
        parameters: s.parameters,
        config: s.config,
        claimed_score: s.claimedScore,
        public_score: s.publicScore,
        private_score: showsPrivate(c, 'owner') ? s.privateScore : null,
        error: s.error,
        created_at: iso(s.createdAt),
        scored_at: iso(s.scoredAt),
      };
    });
    const last = page[page.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
