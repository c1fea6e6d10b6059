/** Instructor accounts: first-start setup, sign-in (rate-limited), login sessions, invitations. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import * as q from '../../db/queries/instructors';
import { UserError } from '../../lib/protocol/errors';
import { LOGIN_FAILURES_PER_WINDOW, LOGIN_WINDOW_MS } from '../../lib/protocol/limits';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { hashToken, newToken } from '../auth/tokens';
import { WindowLimiter } from '../rate-limit';

export const LOGIN_TTL_MS = 30 * 24 * 3600 * 1000;
const SETUP_TTL_MS = 7 * 24 * 3600 * 1000;
const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export interface Instructor {
  id: string;
  name: string;
}

export class Accounts {
  private readonly failures: WindowLimiter;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.failures = new WindowLimiter(LOGIN_FAILURES_PER_WINDOW, LOGIN_WINDOW_MS, now);
  }

  needsSetup(): boolean {
    return q.countInstructors(this.db) === 0;
  }

  /** When no instructor exists: retires older setup links and returns a fresh one-time token. */
  issueSetupToken(): string | null {
    if (!this.needsSetup()) return null;
    const token = newToken();
    const now = this.now();
    q.retireSetupTokens(this.db, now);
    q.insertOneTimeToken(this.db, { tokenHash: hashToken(token), kind: 'setup', createdAt: now, expiresAt: now + SETUP_TTL_MS });
    return token;
  }

  /** Creates the first instructor from the setup link. Returns a login token. */
  async completeSetup(token: string, name: string, password: string): Promise<{ instructor: Instructor; loginToken: string }> {
    if (!this.needsSetup()) throw new UserError('setup-done', 'Setup is already done: sign in instead.');
    return this.createFromToken('setup', token, name, password);
  }

  async acceptInvite(token: string, name: string, password: string): Promise<{ instructor: Instructor; loginToken: string }> {
    return this.createFromToken('invite', token, name, password);
  }

  private async createFromToken(kind: 'setup' | 'invite', token: string, name: string, password: string) {
    const nameKey = name.toLocaleLowerCase('en-US');
    if (q.findInstructorByName(this.db, nameKey)) throw new UserError('name-taken', `The name "${name}" is taken: pick another.`, { name });
    const { hash, salt } = await hashPassword(password);
    const now = this.now();
    const id = randomUUID();
    // Consume the link and create the account in one transaction: a used link leaves no half-account.
    this.db.transaction((tx) => {
      if (!q.consumeOneTimeToken(tx, hashToken(token), kind, now)) {
        throw new UserError('bad-token', 'This link is not valid any more (used or expired): ask for a new one.');
      }
      q.insertInstructor(tx, { id, name, nameKey, passwordHash: hash, passwordSalt: salt, createdAt: now });
    });
    return { instructor: { id, name }, loginToken: this.startLogin(id) };
  }

  /** Checks a name and password; too many failures per name or per address lock sign-in for a while. */
  async login(name: string, password: string, address: string): Promise<{ instructor: Instructor; loginToken: string }> {
    const nameKey = name.normalize('NFC').trim().toLocaleLowerCase('en-US');
    const keys = [`name:${nameKey}`, `addr:${address}`];
    if (keys.some((k) => this.failures.blocked(k))) {
      throw new UserError('too-many-attempts', 'Too many failed sign-ins: wait 15 minutes and try again.', { minutes: 15 });
    }
    // Counted before the password check, which takes a while (scrypt): guesses sent all at once must
    // not all pass the check above before the first of them is counted. A success takes it back.
    keys.forEach((k) => this.failures.hit(k));
    const row = q.findInstructorByName(this.db, nameKey);
    // Verify against a dummy hash when the name is unknown, so timing does not reveal which names exist.
    const ok = row
      ? await verifyPassword(password, row.passwordHash, row.passwordSalt)
      : (await verifyPassword(password, 'AAAA', 'AAAA'), false);
    if (!row || !ok) throw new UserError('wrong-password', 'That name and password do not match.');
    this.failures.reset(`name:${nameKey}`);
    this.failures.undo(`addr:${address}`);
    return { instructor: { id: row.id, name: row.name }, loginToken: this.startLogin(row.id) };
  }

  private startLogin(instructorId: string): string {
    const token = newToken();
    const now = this.now();
    q.insertLoginSession(this.db, { tokenHash: hashToken(token), instructorId, createdAt: now, expiresAt: now + LOGIN_TTL_MS });
    return token;
  }

  instructorForToken(loginToken: string | undefined): Instructor | null {
    if (!loginToken || loginToken.length > 100) return null;
    const row = q.instructorForLogin(this.db, hashToken(loginToken), this.now());
    return row ? { id: row.id, name: row.name } : null;
  }

  logout(loginToken: string): void {
    q.deleteLoginSession(this.db, hashToken(loginToken));
  }

  /** A one-time invitation token for another instructor. */
  invite(by: Instructor): string {
    const token = newToken();
    const now = this.now();
    q.insertOneTimeToken(this.db, { tokenHash: hashToken(token), kind: 'invite', createdBy: by.id, createdAt: now, expiresAt: now + INVITE_TTL_MS });
    return token;
  }
}
