/** Challenges and submissions. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { prepared } from '../prepared';
import { challenges, participants, submissions } from '../schema';

export type ChallengeRow = typeof challenges.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;

export function insertChallenge(db: Db, row: ChallengeRow): void {
  db.insert(challenges).values(row).run();
}

export function updateChallenge(db: Db, id: string, patch: Partial<ChallengeRow>): void {
  db.update(challenges).set(patch).where(eq(challenges.id, id)).run();
}

export function findChallenge(db: Db, id: string): ChallengeRow | undefined {
  return prepared(db, 'challenge-by-id', (d) => d.select().from(challenges).where(eq(challenges.id, sql.placeholder('id'))).prepare()).get({ id });
}

/** The class session's most recent challenge (running, paused or ended). */
export function latestChallenge(db: Db, sessionId: string): ChallengeRow | undefined {
  return db.select().from(challenges).where(eq(challenges.sessionId, sessionId)).orderBy(desc(challenges.startedAt)).limit(1).get();
}

export function openChallenges(db: Db): ChallengeRow[] {
  return db.select().from(challenges).where(sql`${challenges.status} != 'ended'`).all();
}

export function listChallenges(db: Db, sessionId: string): ChallengeRow[] {
  return db.select().from(challenges).where(eq(challenges.sessionId, sessionId)).orderBy(asc(challenges.startedAt)).all();
}

export function insertSubmission(db: Db, row: SubmissionRow): void {
  db.insert(submissions).values(row).run();
}

export function updateSubmission(db: Db, id: string, patch: Partial<SubmissionRow>): void {
  db.update(submissions).set(patch).where(eq(submissions.id, id)).run();
}

export function findSubmission(db: Db, id: string): SubmissionRow | undefined {
  return db.select().from(submissions).where(eq(submissions.id, id)).get();
}

/** Submission columns without the model bytes, config and extras (for lists). */
export const submissionColumns = {
  id: submissions.id,
  challengeId: submissions.challengeId,
  participantId: submissions.participantId,
  isBaseline: submissions.isBaseline,
  label: submissions.label,
  cell: submissions.cell,
  layers: submissions.layers,
  hidden: submissions.hidden,
  parameters: submissions.parameters,
  claimedScore: submissions.claimedScore,
  status: submissions.status,
  publicScore: submissions.publicScore,
  privateScore: submissions.privateScore,
  error: submissions.error,
  createdAt: submissions.createdAt,
  scoredAt: submissions.scoredAt,
};
export type SubmissionSummary = Omit<SubmissionRow, 'model' | 'config' | 'extra'>;

export function listSubmissions(db: Db, challengeId: string): (SubmissionSummary & { nickname: string | null; removedAt: number | null })[] {
  return db
    .select({ ...submissionColumns, nickname: participants.nickname, removedAt: participants.removedAt })
    .from(submissions)
    .leftJoin(participants, eq(participants.id, submissions.participantId))
    .where(eq(submissions.challengeId, challengeId))
    .orderBy(asc(submissions.createdAt), asc(submissions.id))
    .all();
}

/** How many submissions of a challenge have been scored (it only grows: a version of its leaderboard). */
export function countScored(db: Db, challengeId: string): number {
  return (
    prepared(db, 'count-scored', (d) =>
      d
        .select({ n: sql<number>`count(*)` })
        .from(submissions)
        .where(and(eq(submissions.challengeId, sql.placeholder('challengeId')), eq(submissions.status, 'scored')))
        .prepare(),
    ).get({ challengeId })?.n ?? 0
  );
}

export function participantSubmissions(db: Db, challengeId: string, participantId: string): SubmissionSummary[] {
  return prepared(db, 'participant-submissions', (d) =>
    d
      .select(submissionColumns)
      .from(submissions)
      .where(and(eq(submissions.challengeId, sql.placeholder('challengeId')), eq(submissions.participantId, sql.placeholder('participantId'))))
      .orderBy(asc(submissions.createdAt))
      .prepare(),
  ).all({ challengeId, participantId });
}

/** Queued submissions, oldest first (re-queued for scoring after a restart). */
export function queuedSubmissions(db: Db): { id: string; challengeId: string }[] {
  return db
    .select({ id: submissions.id, challengeId: submissions.challengeId })
    .from(submissions)
    .where(eq(submissions.status, 'queued'))
    .orderBy(asc(submissions.createdAt))
    .all();
}
