/** Class sessions, participants and the append-only event log. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { prepared } from '../prepared';
import { classSessions, participants, sessionEvents } from '../schema';

export type ClassSessionRow = typeof classSessions.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;

export function insertClassSession(db: Db, row: ClassSessionRow): void {
  db.insert(classSessions).values(row).run();
}

export function findClassSessionByCode(db: Db, code: string): ClassSessionRow | undefined {
  return prepared(db, 'session-by-code', (d) => d.select().from(classSessions).where(eq(classSessions.code, sql.placeholder('code'))).prepare()).get({ code });
}

export function findClassSessionById(db: Db, id: string): ClassSessionRow | undefined {
  return prepared(db, 'session-by-id', (d) => d.select().from(classSessions).where(eq(classSessions.id, sql.placeholder('id'))).prepare()).get({ id });
}

export function codeExists(db: Db, code: string): boolean {
  return !!db.select({ id: classSessions.id }).from(classSessions).where(eq(classSessions.code, code)).get();
}

/** An instructor's class sessions, newest first, with how many students joined each. */
export function listClassSessions(db: Db, instructorId: string) {
  return db
    .select({
      id: classSessions.id,
      code: classSessions.code,
      name: classSessions.name,
      createdAt: classSessions.createdAt,
      endedAt: classSessions.endedAt,
      // Qualified by hand: drizzle writes the columns of a one-table select unqualified, and a bare "id"
      // inside the subquery would mean participants.id (the count was always 0).
      participants: sql<number>`(select count(*) from ${participants} where ${participants}.session_id = ${classSessions}.id)`,
    })
    .from(classSessions)
    .where(eq(classSessions.instructorId, instructorId))
    .orderBy(desc(classSessions.createdAt))
    .all();
}

export function endClassSession(db: Db, sessionId: string, at: number): void {
  db.update(classSessions).set({ endedAt: at }).where(and(eq(classSessions.id, sessionId), isNull(classSessions.endedAt))).run();
}

export function insertParticipant(db: Db, row: ParticipantRow): void {
  db.insert(participants).values(row).run();
}

export function findParticipantByToken(db: Db, tokenHash: string): ParticipantRow | undefined {
  return prepared(db, 'participant-by-token', (d) => d.select().from(participants).where(eq(participants.tokenHash, sql.placeholder('tokenHash'))).prepare()).get({ tokenHash });
}

export function findParticipant(db: Db, sessionId: string, participantId: string): ParticipantRow | undefined {
  return prepared(db, 'participant', (d) =>
    d
      .select()
      .from(participants)
      .where(and(eq(participants.id, sql.placeholder('participantId')), eq(participants.sessionId, sql.placeholder('sessionId'))))
      .prepare(),
  ).get({ sessionId, participantId });
}

export function nicknameTaken(db: Db, sessionId: string, nicknameKey: string): boolean {
  return !!db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.sessionId, sessionId), eq(participants.nicknameKey, nicknameKey)))
    .get();
}

/**
 * How many joined a session and how many of them were removed. Both only grow, so together they name
 * the set of active participants: a cache of anything computed from that set can key on them.
 */
export function participantCounts(db: Db, sessionId: string): { joined: number; removed: number } {
  const row = prepared(db, 'participant-counts', (d) =>
    d
      .select({ joined: sql<number>`count(*)`, removed: sql<number>`count(${participants.removedAt})` })
      .from(participants)
      .where(eq(participants.sessionId, sql.placeholder('sessionId')))
      .prepare(),
  ).get({ sessionId });
  return { joined: row?.joined ?? 0, removed: row?.removed ?? 0 };
}

/** Participants still in the room (not removed), in join order. */
export function listActiveParticipants(db: Db, sessionId: string): ParticipantRow[] {
  return db
    .select()
    .from(participants)
    .where(and(eq(participants.sessionId, sessionId), isNull(participants.removedAt)))
    .orderBy(participants.joinedAt, participants.id)
    .all();
}

export function markParticipantRemoved(db: Db, participantId: string, at: number): void {
  db.update(participants).set({ removedAt: at }).where(eq(participants.id, participantId)).run();
}

export function appendSessionEvent(
  db: Db,
  row: { sessionId: string; at: number; type: string; participantId?: string | null; data?: Record<string, unknown> },
): void {
  db.insert(sessionEvents)
    .values({ ...row, participantId: row.participantId ?? null, data: row.data ?? {} })
    .run();
}

export function listSessionEvents(db: Db, sessionId: string) {
  return db.select().from(sessionEvents).where(eq(sessionEvents.sessionId, sessionId)).orderBy(sessionEvents.id).all();
}
