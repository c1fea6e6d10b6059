/**
 * Nickname rules: 1–24 characters after trimming (counted as user-perceived code points), no control
 * characters; unique in a room case-insensitively (compared by `nicknameKey`).
 */
export const NICKNAME_MAX = 24;

export type NicknameProblem = 'nickname-empty' | 'nickname-too-long' | 'nickname-control';

// Cc (controls), plus the Unicode line/paragraph separators and bidi overrides that can garble a roster.
const CONTROL_RE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export function normalizeNickname(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ');
}

// Invisible characters (zero-width space and joiners, soft hyphen, Hangul fillers): kept in the name as
// typed (emoji sequences need the joiner) but ignored when comparing, so "Ada" and "Ada\u200B" collide.
const INVISIBLE_RE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** Returns the problem with a nickname (after normalizing), or null when it is acceptable. */
export function nicknameProblem(raw: string): NicknameProblem | null {
  const name = normalizeNickname(raw);
  if (CONTROL_RE.test(raw.trim())) return 'nickname-control';
  const length = [...name].length;
  if (length === 0 || name.replace(INVISIBLE_RE, '').trim().length === 0) return 'nickname-empty';
  if (length > NICKNAME_MAX) return 'nickname-too-long';
  return null;
}

/** The key two nicknames are compared by: "Ada" and "ada " collide. */
export function nicknameKey(raw: string): string {
  return normalizeNickname(raw).normalize('NFKC').replace(INVISIBLE_RE, '').toLocaleLowerCase('en-US');
}
