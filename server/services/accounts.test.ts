import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { countInstructors } from '../../db/queries/instructors';
import type { ErrorCode } from '../../lib/protocol/errors';
import { LOGIN_FAILURES_PER_WINDOW, LOGIN_WINDOW_MS } from '../../lib/protocol/limits';
import { newToken } from '../auth/tokens';
import { Accounts, LOGIN_TTL_MS } from './accounts';

const DAY = 24 * 3600 * 1000;
const PASSWORD = 'correct horse battery';

/** Runs `fn` and returns the UserError code it throws (fails the test when it does not throw). */
async function codeOf(fn: () => unknown): Promise<ErrorCode> {
  try {
    await fn();
  } catch (err) {
    return (err as { code: ErrorCode }).code;
  }
  throw new Error('expected an error');
}

let db: Db;
let t: number;
let accounts: Accounts;

beforeEach(() => {
  db = openDb(':memory:');
  t = 1_700_000_000_000;
  accounts = new Accounts(db, () => t);
});

async function setUp(name = 'Ada') {
  return accounts.completeSetup(accounts.issueSetupToken()!, name, PASSWORD);
}

describe('setup', () => {
  it('creates the first instructor from the setup link and signs them in', async () => {
    expect(accounts.needsSetup()).toBe(true);
    const { instructor, loginToken } = await setUp();
    expect(instructor.name).toBe('Ada');
    expect(accounts.instructorForToken(loginToken)).toEqual(instructor);
    expect(accounts.needsSetup()).toBe(false);
  });

  it('is refused once an instructor exists, and no more setup links are issued', async () => {
    const token = accounts.issueSetupToken()!;
    await accounts.completeSetup(token, 'Ada', PASSWORD);
    expect(accounts.issueSetupToken()).toBeNull();
    expect(await codeOf(() => accounts.completeSetup(token, 'Bob', PASSWORD))).toBe('setup-done');
    expect(countInstructors(db)).toBe(1);
  });

  it('retires the previous link when a new one is issued (each start prints a fresh one)', async () => {
    const first = accounts.issueSetupToken()!;
    const second = accounts.issueSetupToken()!;
    expect(await codeOf(() => accounts.completeSetup(first, 'Ada', PASSWORD))).toBe('bad-token');
    expect(accounts.needsSetup()).toBe(true);
    await accounts.completeSetup(second, 'Ada', PASSWORD);
    expect(accounts.needsSetup()).toBe(false);
  });

  it.each([
    ['an unknown token', () => newToken(), 0],
    ['an expired link', () => accounts.issueSetupToken()!, 7 * DAY],
  ])('refuses %s with bad-token and creates nothing', async (_label, token, later) => {
    const value = token();
    t += later;
    expect(await codeOf(() => accounts.completeSetup(value, 'Ada', PASSWORD))).toBe('bad-token');
    expect(accounts.needsSetup()).toBe(true);
  });

  it('accepts a link just before it expires', async () => {
    const token = accounts.issueSetupToken()!;
    t += 7 * DAY - 1;
    await accounts.completeSetup(token, 'Ada', PASSWORD);
    expect(accounts.needsSetup()).toBe(false);
  });
});

describe('invitations', () => {
  it('are one-time', async () => {
    const { instructor } = await setUp();
    const token = accounts.invite(instructor);
    const bob = await accounts.acceptInvite(token, 'Bob', PASSWORD);
    expect(accounts.instructorForToken(bob.loginToken)?.name).toBe('Bob');
    expect(await codeOf(() => accounts.acceptInvite(token, 'Carol', PASSWORD))).toBe('bad-token');
    expect(countInstructors(db)).toBe(2);
  });

  it('expire after 7 days', async () => {
    const { instructor } = await setUp();
    const token = accounts.invite(instructor);
    t += 7 * DAY;
    expect(await codeOf(() => accounts.acceptInvite(token, 'Bob', PASSWORD))).toBe('bad-token');
  });

  it('refuse a setup link', async () => {
    const setupToken = accounts.issueSetupToken()!;
    expect(await codeOf(() => accounts.acceptInvite(setupToken, 'Eve', PASSWORD))).toBe('bad-token');
    expect(countInstructors(db)).toBe(0);
  });

  it('refuse a taken name case-insensitively and keep the link usable', async () => {
    const { instructor } = await setUp();
    const token = accounts.invite(instructor);
    expect(await codeOf(() => accounts.acceptInvite(token, 'ADA', PASSWORD))).toBe('name-taken');
    await accounts.acceptInvite(token, 'Bob', PASSWORD);
    expect(countInstructors(db)).toBe(2);
  });
});

describe('login', () => {
  beforeEach(async () => {
    await setUp();
  });

  it.each([['Ada'], ['ada'], ['  ADA ']])('signs in %j with the right password', async (name) => {
    const { instructor, loginToken } = await accounts.login(name, PASSWORD, '10.0.0.1');
    expect(instructor.name).toBe('Ada');
    expect(accounts.instructorForToken(loginToken)).toEqual(instructor);
  });

  it.each([
    ['Ada', 'wrong password'],
    ['Nobody', PASSWORD],
    ['', ''],
  ])('refuses %j / %j with wrong-password', async (name, password) => {
    expect(await codeOf(() => accounts.login(name, password, '10.0.0.1'))).toBe('wrong-password');
  });

  it(`locks a name after ${LOGIN_FAILURES_PER_WINDOW} failures, even with the right password, until the window passes`, async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_WINDOW; i++) {
      // Different addresses, so only the per-name limit applies.
      expect(await codeOf(() => accounts.login('Ada', 'wrong password', `10.0.0.${i}`))).toBe('wrong-password');
    }
    expect(await codeOf(() => accounts.login('Ada', PASSWORD, '10.0.1.1'))).toBe('too-many-attempts');
    t += LOGIN_WINDOW_MS;
    expect((await accounts.login('Ada', PASSWORD, '10.0.1.1')).instructor.name).toBe('Ada');
  });

  it('locks an address after failures on any names', async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_WINDOW; i++) {
      expect(await codeOf(() => accounts.login(`guess${i}`, 'wrong password', '10.0.0.9'))).toBe('wrong-password');
    }
    expect(await codeOf(() => accounts.login('Ada', PASSWORD, '10.0.0.9'))).toBe('too-many-attempts');
    expect((await accounts.login('Ada', PASSWORD, '10.0.0.10')).instructor.name).toBe('Ada');
  });
});

describe('login sessions', () => {
  it('end at logout, leaving other sessions signed in', async () => {
    const { loginToken } = await setUp();
    const other = await accounts.login('Ada', PASSWORD, '10.0.0.1');
    accounts.logout(loginToken);
    expect(accounts.instructorForToken(loginToken)).toBeNull();
    expect(accounts.instructorForToken(other.loginToken)?.name).toBe('Ada');
  });

  it('expire after LOGIN_TTL_MS', async () => {
    const { loginToken } = await setUp();
    t += LOGIN_TTL_MS - 1;
    expect(accounts.instructorForToken(loginToken)).not.toBeNull();
    t += 1;
    expect(accounts.instructorForToken(loginToken)).toBeNull();
  });

  it.each([[undefined], [''], ['x'.repeat(101)], [newToken()]])('do not exist for %j', async (token) => {
    await setUp();
    expect(accounts.instructorForToken(token)).toBeNull();
  });
});
