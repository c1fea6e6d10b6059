import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../client';
import {
  consumeOneTimeToken,
  deleteExpiredLoginSessions,
  insertInstructor,
  insertLoginSession,
  insertOneTimeToken,
  instructorForLogin,
  retireSetupTokens,
} from './instructors';

let db: Db;
beforeEach(() => {
  db = openDb(':memory:');
  insertInstructor(db, { id: 'i1', name: 'Ada', nameKey: 'ada', passwordHash: 'h', passwordSalt: 's', createdAt: 0 });
});

describe('consumeOneTimeToken', () => {
  it.each([
    ['the right kind, unused, unexpired', 'invite', 50, true],
    ['the wrong kind', 'setup', 50, false],
    ['at its expiry', 'invite', 100, false],
    ['after its expiry', 'invite', 150, false],
  ] as const)('%s → %s', (_label, kind, now, ok) => {
    insertOneTimeToken(db, { tokenHash: 'h1', kind: 'invite', createdBy: 'i1', createdAt: 0, expiresAt: 100 });
    expect(consumeOneTimeToken(db, 'h1', kind, now)).toBe(ok);
  });

  it('succeeds once', () => {
    insertOneTimeToken(db, { tokenHash: 'h1', kind: 'invite', createdBy: 'i1', createdAt: 0, expiresAt: 100 });
    expect([consumeOneTimeToken(db, 'h1', 'invite', 1), consumeOneTimeToken(db, 'h1', 'invite', 2)]).toEqual([true, false]);
    expect(consumeOneTimeToken(db, 'unknown', 'invite', 1)).toBe(false);
  });

  it('retireSetupTokens retires setup links only', () => {
    insertOneTimeToken(db, { tokenHash: 'setup', kind: 'setup', createdAt: 0, expiresAt: 100 });
    insertOneTimeToken(db, { tokenHash: 'invite', kind: 'invite', createdBy: 'i1', createdAt: 0, expiresAt: 100 });
    retireSetupTokens(db, 10);
    expect(consumeOneTimeToken(db, 'setup', 'setup', 11)).toBe(false);
    expect(consumeOneTimeToken(db, 'invite', 'invite', 11)).toBe(true);
  });
});

describe('login sessions', () => {
  it('resolve to the instructor until they expire, and expired ones can be swept', () => {
    insertLoginSession(db, { tokenHash: 'old', instructorId: 'i1', createdAt: 0, expiresAt: 100 });
    insertLoginSession(db, { tokenHash: 'new', instructorId: 'i1', createdAt: 0, expiresAt: 1000 });
    expect(instructorForLogin(db, 'old', 99)?.name).toBe('Ada');
    expect(instructorForLogin(db, 'old', 100)).toBeUndefined();
    deleteExpiredLoginSessions(db, 500);
    expect(db.$client.prepare('select token_hash from login_sessions').pluck().all()).toEqual(['new']);
  });

  it('refuse a session for an instructor that does not exist (foreign keys are on)', () => {
    expect(() => insertLoginSession(db, { tokenHash: 'x', instructorId: 'nobody', createdAt: 0, expiresAt: 100 })).toThrow(/FOREIGN KEY/);
  });
});
