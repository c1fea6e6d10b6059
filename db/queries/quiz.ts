/** Instructors' own quiz questions, live quiz rounds and students' answers. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { prepared } from '../prepared';
import { participants, quizAnswers, quizQuestions, quizRounds } from '../schema';

export type QuizQuestionRow = typeof quizQuestions.$inferSelect;
export type QuizRoundRow = typeof quizRounds.$inferSelect;
export type QuizAnswerRow = typeof quizAnswers.$inferSelect;

// ---- own questions ----

export function listOwnQuestions(db: Db, instructorId: string): QuizQuestionRow[] {
  return db.select().from(quizQuestions).where(eq(quizQuestions.instructorId, instructorId)).orderBy(asc(quizQuestions.createdAt), asc(quizQuestions.questionId)).all();
}

export function findOwnQuestion(db: Db, instructorId: string, questionId: string): QuizQuestionRow | undefined {
  return db
    .select()
    .from(quizQuestions)
    .where(and(eq(quizQuestions.instructorId, instructorId), eq(quizQuestions.questionId, questionId)))
    .get();
}

export function insertOwnQuestion(db: Db, row: QuizQuestionRow): void {
  db.insert(quizQuestions).values(row).run();
}

/** Replaces the question stored under `questionId` (which may be renamed to row.questionId). */
export function updateOwnQuestion(db: Db, instructorId: string, questionId: string, patch: Pick<QuizQuestionRow, 'questionId' | 'topic' | 'question' | 'updatedAt'>): void {
  db.update(quizQuestions)
    .set(patch)
    .where(and(eq(quizQuestions.instructorId, instructorId), eq(quizQuestions.questionId, questionId)))
    .run();
}

export function deleteOwnQuestion(db: Db, instructorId: string, questionId: string): boolean {
  const result = db
    .delete(quizQuestions)
    .where(and(eq(quizQuestions.instructorId, instructorId), eq(quizQuestions.questionId, questionId)))
    .run();
  return result.changes > 0;
}

// ---- rounds ----

export function insertRound(db: Db, row: QuizRoundRow): void {
  db.insert(quizRounds).values(row).run();
}

export function updateRound(db: Db, id: string, patch: Partial<QuizRoundRow>): void {
  db.update(quizRounds).set(patch).where(eq(quizRounds.id, id)).run();
}

export function findRound(db: Db, id: string): QuizRoundRow | undefined {
  return prepared(db, 'round-by-id', (d) => d.select().from(quizRounds).where(eq(quizRounds.id, sql.placeholder('id'))).prepare()).get({ id });
}

/** The class session's most recent round (any phase). */
export function latestRound(db: Db, sessionId: string): QuizRoundRow | undefined {
  return prepared(db, 'latest-round', (d) =>
    d.select().from(quizRounds).where(eq(quizRounds.sessionId, sql.placeholder('sessionId'))).orderBy(desc(quizRounds.startedAt), desc(sql`rowid`)).limit(1).prepare(),
  ).get({ sessionId });
}

export function listRounds(db: Db, sessionId: string): QuizRoundRow[] {
  return db.select().from(quizRounds).where(eq(quizRounds.sessionId, sessionId)).orderBy(asc(quizRounds.startedAt)).all();
}

/** Rounds whose question is open (their close timers are re-armed after a restart). */
export function openRounds(db: Db): QuizRoundRow[] {
  return db.select().from(quizRounds).where(eq(quizRounds.phase, 'open')).all();
}

// ---- answers ----

export function insertAnswer(db: Db, row: QuizAnswerRow): void {
  db.insert(quizAnswers).values(row).run();
}

export function findAnswer(db: Db, roundId: string, questionIndex: number, participantId: string): QuizAnswerRow | undefined {
  return prepared(db, 'answer', (d) =>
    d
      .select()
      .from(quizAnswers)
      .where(and(eq(quizAnswers.roundId, sql.placeholder('roundId')), eq(quizAnswers.questionIndex, sql.placeholder('questionIndex')), eq(quizAnswers.participantId, sql.placeholder('participantId'))))
      .prepare(),
  ).get({ roundId, questionIndex, participantId });
}

export function listAnswers(db: Db, roundId: string, questionIndex?: number): QuizAnswerRow[] {
  const where = questionIndex === undefined ? eq(quizAnswers.roundId, roundId) : and(eq(quizAnswers.roundId, roundId), eq(quizAnswers.questionIndex, questionIndex));
  return db.select().from(quizAnswers).where(where).orderBy(asc(quizAnswers.questionIndex), asc(quizAnswers.receivedAt)).all();
}

export function countAnswers(db: Db, roundId: string, questionIndex: number): number {
  return (
    prepared(db, 'count-answers', (d) =>
      d
        .select({ n: sql<number>`count(*)` })
        .from(quizAnswers)
        .where(and(eq(quizAnswers.roundId, sql.placeholder('roundId')), eq(quizAnswers.questionIndex, sql.placeholder('questionIndex'))))
        .prepare(),
    ).get({ roundId, questionIndex })?.n ?? 0
  );
}

/** Every round of the participant's class session, with the participant's answers (for self-review). */
export function participantRounds(db: Db, participantId: string): { round: QuizRoundRow; answers: QuizAnswerRow[] }[] {
  const p = db.select({ sessionId: participants.sessionId }).from(participants).where(eq(participants.id, participantId)).get();
  if (!p) return [];
  const rounds = listRounds(db, p.sessionId);
  const answers = db.select().from(quizAnswers).where(eq(quizAnswers.participantId, participantId)).all();
  return rounds.map((round) => ({ round, answers: answers.filter((a) => a.roundId === round.id) }));
}
