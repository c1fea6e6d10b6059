/** Random secrets and their stored form: only SHA-256 hashes of tokens ever reach the database. */
import { createHash, randomBytes } from 'node:crypto';
import { codeFromRandom } from '../../lib/protocol/codes';

/** 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newJoinCode(): string {
  const bytes = randomBytes(64);
  let i = 0;
  return codeFromRandom(() => (i < bytes.length ? bytes[i++]! : randomBytes(1)[0]!));
}
