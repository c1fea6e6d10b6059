/**
 * Quiz results of a past class session, for the review page and the quiz-answers export, from the
 * live quiz tables (quiz_rounds, quiz_answers) with the live rules: points by lib/quiz's scoring via
 * ./quiz-standings.ts, so a past round shows the totals its students saw. As on the live standings,
 * removed students are left out of standings and totals; their answers stay in the export.
 */
import type { DbOrTx as Db } from '../../db/client';
import { listAllParticipants } from '../../db/queries/history';
import { listAnswers, listRounds, type QuizAnswerRow, type QuizRoundRow } from '../../db/queries/quiz';
import type { QuizResults } from '../../lib/protocol/history';
import type { Answer } from '../../lib/quiz/answers';
import type { Question } from '../../lib/quiz/schema';
import { TOPIC_IDS } from '../../lib/quiz/topics';
import type { ExportRow } from './history-export';
import { computeStandings, playerHistories, type RecordedAnswer, type RoundPlayer } from './quiz-standings';

/** Columns of the quiz-answers export, in order. */
export const QUIZ_ANSWER_COLUMNS = [
  'round_id', 'round_started_at', 'question_number', 'question_id', 'topic', 'question_en', 'question_ko',
  'participant_id', 'nickname', 'answer', 'correct', 'elapsed_ms', 'points', 'answered_at',
] as const;

/** Questions asked to the end: all but the open one (as QuizRounds.closedCount). */
const closedCount = (row: QuizRoundRow) => (row.phase === 'open' ? row.questionIndex : row.questionIndex + 1);
const questionsOf = (row: QuizRoundRow) => row.questions as unknown as Question[];
const recorded = (answers: readonly QuizAnswerRow[]): RecordedAnswer[] =>
  answers.map((a) => ({ participantId: a.participantId, questionIndex: a.questionIndex, correct: a.correct, elapsedMs: a.elapsedMs, answer: a.answer as unknown as Answer }));

function playersOf(db: Db, sessionId: string): RoundPlayer[] {
  return listAllParticipants(db, sessionId)
    .filter((p) => p.removedAt === null)
    .map((p) => ({ id: p.id, nickname: p.nickname }));
}

export function quizResults(db: Db, sessionId: string): QuizResults {
  const players = playersOf(db, sessionId);
  const totals = new Map(players.map((p) => [p.id, { participantId: p.id, nickname: p.nickname, answered: 0, correct: 0, points: 0 }]));
  const rounds = listRounds(db, sessionId).map((row) => {
    const answers = listAnswers(db, row.id);
    const closed = closedCount(row);
    const standings = computeStandings(players, recorded(answers), closed, row.timeLimitMs, row.mode);
    for (const s of standings) totals.get(s.participantId)!.points += s.score;
    for (const a of answers) {
      const total = totals.get(a.participantId);
      if (!total) continue; // a removed student
      total.answered++;
      if (a.correct) total.correct++;
    }
    const topics = new Set(questionsOf(row).map((q) => q.topic));
    return {
      id: row.id,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      mode: row.mode,
      topics: TOPIC_IDS.filter((t) => topics.has(t)),
      questions: closed,
      answered: answers.length,
      correct: answers.filter((a) => a.correct).length,
      standings: standings.map((s) => ({ rank: s.rank, participantId: s.participantId, nickname: s.nickname, points: s.score, correct: s.correctCount })),
    };
  });
  const students = [...totals.values()].filter((s) => s.answered > 0).sort((a, b) => b.points - a.points || a.nickname.localeCompare(b.nickname));
  return { rounds, students };
}

/** The export: one batch per round, its answers by question then time received, with their points. */
export function* quizAnswerBatches(db: Db, sessionId: string): Iterable<ExportRow[]> {
  const players = playersOf(db, sessionId);
  const nicknames = new Map(listAllParticipants(db, sessionId).map((p) => [p.id, p.nickname]));
  for (const row of listRounds(db, sessionId)) {
    const answers = listAnswers(db, row.id);
    if (answers.length === 0) continue;
    const questions = questionsOf(row);
    const histories = new Map(playerHistories(players, recorded(answers), closedCount(row), row.timeLimitMs, row.mode).map((h) => [h.player.id, h]));
    yield answers.map((a) => {
      const question = questions[a.questionIndex];
      return {
        round_id: row.id,
        round_started_at: new Date(row.startedAt).toISOString(),
        question_number: a.questionIndex + 1,
        question_id: question?.id ?? null,
        topic: question?.topic ?? null,
        question_en: question?.prompt.en ?? null,
        question_ko: question?.prompt.ko ?? null,
        participant_id: a.participantId,
        nickname: nicknames.get(a.participantId) ?? null,
        answer: a.answer,
        correct: a.correct,
        elapsed_ms: a.elapsedMs,
        // Null for a removed student (not in the standings) or a question still open.
        points: histories.get(a.participantId)?.perQuestion[a.questionIndex]?.points ?? null,
        answered_at: new Date(a.receivedAt).toISOString(),
      };
    });
  }
}
