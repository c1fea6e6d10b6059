/**
 * Quiz results of a past class session, for the review page and the quiz-answers export.
 *
 * The live quiz rounds (their tables in db/schema.ts) are being built alongside this; until they
 * exist a session has no quiz results, the review shows none and the export has its header only.
 * Adding them is this file alone: fill in `quizResults` and `quizAnswersPage` from the quiz tables
 * (the deletion test in history.test.ts already checks every table for rows of a deleted session).
 */
import type { DbOrTx as Db } from '../../db/client';
import type { QuizResults } from '../../lib/protocol/history';
import type { ExportRow } from './history-export';

/** Columns of the quiz-answers export, in order. */
export const QUIZ_ANSWER_COLUMNS = ['round_id', 'question', 'participant_id', 'nickname', 'answer', 'correct', 'points', 'answered_at'] as const;

export function quizResults(_db: Db, _sessionId: string): QuizResults {
  return { rounds: [], students: [] };
}

/** One page of a session's quiz answers after `after` (keyset, like the submissions export). */
export function quizAnswersPage(_db: Db, _sessionId: string, _after: string | null, _limit: number): { rows: ExportRow[]; last: string | null } {
  return { rows: [], last: null };
}
