/** Past class sessions: read-only queries for review and exports, share links, deletion. */
import { and, asc, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { challenges, classSessions, participants, sessionShares, submissions } from '../schema';
import { submissionColumns } from './challenges';

export type ShareRow = typeof sessionShares.$inferSelect;

/** An instructor's class sessions, newest first, with counts for the list page. */
export function listSessionsWithCounts(db: Db, instructorId: string) {
  // Columns are qualified by hand in the subqueries: a bare "id" would bind to the inner table.
  return db
    .select({
      id: classSessions.id,
      code: classSessions.code,
      name: classSessions.name,
      createdAt: classSessions.createdAt,
      endedAt: classSessions.endedAt,
      participants: sql<number>`(select count(*) from ${participants} where ${participants}.session_id = ${classSessions}.id)`,
      challenges: sql<number>`(select count(*) from ${challenges} where ${challenges}.session_id = ${classSessions}.id)`,
      submissions: sql<number>`(select count(*) from ${submissions} join ${challenges} on ${challenges}.id = ${submissions}.challenge_id where ${challenges}.session_id = ${classSessions}.id)`,
      shared: sql<number>`exists (select 1 from ${sessionShares} where ${sessionShares}.session_id = ${classSessions}.id)`,
    })
    .from(classSessions)
    .where(eq(classSessions.instructorId, instructorId))
    .orderBy(desc(classSessions.createdAt), asc(classSessions.id))
    .all()
    .map((r) => ({ ...r, shared: !!r.shared }));
}

/** Every participant of a session, removed ones too (their history stays the instructor's to see). */
export function listAllParticipants(db: Db, sessionId: string) {
  return db.select().from(participants).where(eq(participants.sessionId, sessionId)).orderBy(asc(participants.joinedAt), asc(participants.id)).all();
}

export function findParticipantsByTokenHashes(db: Db, tokenHashes: string[]) {
  if (tokenHashes.length === 0) return [];
  return db.select().from(participants).where(inArray(participants.tokenHash, tokenHashes)).all();
}

/** Submission columns for history: everything but the model bytes (the config included), with the student's name. */
const withoutModel = { ...submissionColumns, config: submissions.config, nickname: participants.nickname, removedAt: participants.removedAt };

/** A challenge's submissions without model bytes, oldest first. */
export function challengeSubmissions(db: Db, challengeId: string) {
  return db
    .select(withoutModel)
    .from(submissions)
    .leftJoin(participants, eq(participants.id, submissions.participantId))
    .where(eq(submissions.challengeId, challengeId))
    .orderBy(asc(submissions.createdAt), asc(submissions.id))
    .all();
}
/** A submission row of history: no model bytes; nickname and removedAt null for a baseline. */
export type HistorySubmission = ReturnType<typeof challengeSubmissions>[number];

/**
 * One page of a session's submissions (without model bytes) in (createdAt, id) order, after `after`:
 * keyset paging, so an export streams without holding a statement open across awaits (better-sqlite3
 * refuses other queries on the connection while an iterator is open).
 */
export function sessionSubmissionsPage(db: Db, sessionId: string, after: { createdAt: number; id: string } | null, limit: number): HistorySubmission[] {
  const inSession = sql`${submissions.challengeId} in (select ${challenges.id} from ${challenges} where ${challenges.sessionId} = ${sessionId})`;
  const cursor = after ? or(gt(submissions.createdAt, after.createdAt), and(eq(submissions.createdAt, after.createdAt), gt(submissions.id, after.id))) : undefined;
  return db
    .select(withoutModel)
    .from(submissions)
    .leftJoin(participants, eq(participants.id, submissions.participantId))
    .where(cursor ? and(inSession, cursor) : inSession)
    .orderBy(asc(submissions.createdAt), asc(submissions.id))
    .limit(limit)
    .all();
}

/** A submission with its model bytes and who owns it (session, instructor), or undefined. */
export function findSubmissionForDownload(db: Db, submissionId: string) {
  return db
    .select({
      id: submissions.id,
      participantId: submissions.participantId,
      isBaseline: submissions.isBaseline,
      label: submissions.label,
      cell: submissions.cell,
      layers: submissions.layers,
      hidden: submissions.hidden,
      model: submissions.model,
      taskId: challenges.taskId,
      level: challenges.level,
      sessionId: challenges.sessionId,
      instructorId: classSessions.instructorId,
      nickname: participants.nickname,
    })
    .from(submissions)
    .innerJoin(challenges, eq(challenges.id, submissions.challengeId))
    .innerJoin(classSessions, eq(classSessions.id, challenges.sessionId))
    .leftJoin(participants, eq(participants.id, submissions.participantId))
    .where(eq(submissions.id, submissionId))
    .get();
}

export function findShare(db: Db, sessionId: string): ShareRow | undefined {
  return db.select().from(sessionShares).where(eq(sessionShares.sessionId, sessionId)).get();
}

export function findShareByTokenHash(db: Db, tokenHash: string): ShareRow | undefined {
  return db.select().from(sessionShares).where(eq(sessionShares.tokenHash, tokenHash)).get();
}

/** Turns the link on, or replaces its token (the old link stops working). */
export function upsertShare(db: Db, row: ShareRow): void {
  db.insert(sessionShares)
    .values(row)
    .onConflictDoUpdate({ target: sessionShares.sessionId, set: { tokenHash: row.tokenHash, createdAt: row.createdAt } })
    .run();
}

export function deleteShare(db: Db, sessionId: string): void {
  db.delete(sessionShares).where(eq(sessionShares.sessionId, sessionId)).run();
}

/**
 * Deletes a class session; foreign keys (ON DELETE CASCADE, enforced: db/client.ts turns them on)
 * take its participants, events, challenges, submissions and share link with it. Datasets are the
 * instructor's, not the session's, and stay.
 */
export function deleteClassSession(db: Db, sessionId: string): number {
  return db.delete(classSessions).where(eq(classSessions.id, sessionId)).run().changes;
}
