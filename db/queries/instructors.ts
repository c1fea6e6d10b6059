/** Instructor accounts, login sessions and one-time links (setup, invitations). */
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { instructors, loginSessions, oneTimeTokens } from '../schema';

export type InstructorRow = typeof instructors.$inferSelect;

export function countInstructors(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(instructors).get()!.n;
}

export function findInstructorByName(db: Db, nameKey: string): InstructorRow | undefined {
  return db.select().from(instructors).where(eq(instructors.nameKey, nameKey)).get();
}

export function findInstructorById(db: Db, id: string): InstructorRow | undefined {
  return db.select().from(instructors).where(eq(instructors.id, id)).get();
}

export function insertInstructor(db: Db, row: InstructorRow): void {
  db.insert(instructors).values(row).run();
}

export function insertLoginSession(db: Db, row: typeof loginSessions.$inferInsert): void {
  db.insert(loginSessions).values(row).run();
}

/** The instructor behind a login token hash, if the login session has not expired. */
export function instructorForLogin(db: Db, tokenHash: string, now: number): InstructorRow | undefined {
  const row = db
    .select({ instructor: instructors })
    .from(loginSessions)
    .innerJoin(instructors, eq(instructors.id, loginSessions.instructorId))
    .where(and(eq(loginSessions.tokenHash, tokenHash), gt(loginSessions.expiresAt, now)))
    .get();
  return row?.instructor;
}

export function deleteLoginSession(db: Db, tokenHash: string): void {
  db.delete(loginSessions).where(eq(loginSessions.tokenHash, tokenHash)).run();
}

export function deleteExpiredLoginSessions(db: Db, now: number): void {
  db.delete(loginSessions).where(lt(loginSessions.expiresAt, now)).run();
}

export function insertOneTimeToken(db: Db, row: typeof oneTimeTokens.$inferInsert): void {
  db.insert(oneTimeTokens).values(row).run();
}

/** Invalidates every unused setup link (a new one is printed at each start until setup is done). */
export function retireSetupTokens(db: Db, now: number): void {
  db.update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.kind, 'setup'), isNull(oneTimeTokens.usedAt)))
    .run();
}

/**
 * Marks a one-time token used, if it is of `kind`, unused and unexpired. Returns whether it was.
 * One UPDATE, so two people racing with the same link cannot both succeed.
 */
export function consumeOneTimeToken(db: Db, tokenHash: string, kind: 'setup' | 'invite', now: number): boolean {
  const result = db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.kind, kind),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .run();
  return result.changes === 1;
}
