/** Class sessions, participants and the append-only event log. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { classSessions, participants, sessionEvents } from '../schema';

export type ClassSessionRow = typeof classSessions.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;

export function insertClassSession(db: Db, row: ClassSessionRow): void {
  db.insert(classSessions).values(row).run();
}

export function findClassSessionByCode(db: Db, code: string): ClassSessionRow | undefined {
  return db.select().from(classSessions).where(eq(classSessions.code, code)).get();
}

export function findClassSessionById(db: Db, id: string): ClassSessionRow | undefined {
  return db.select().from(classSessions).where(eq(classSessions.id, id)).get();
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
  return db.select().from(participants).where(eq(participants.tokenHash, tokenHash)).get();
}

export function findParticipant(db: Db, sessionId: string, participantId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.sessionId, sessionId)))
    .get();
}

export function nicknameTaken(db: Db, sessionId: string, nicknameKey: string): boolean {
  return !!db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.sessionId, sessionId), eq(participants.nicknameKey, nicknameKey)))
    .get();
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
