import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, isValidCode } from '../../lib/protocol/codes';
import { oneTimeTokenSchema, participantTokenSchema } from '../../lib/protocol/fields';
import { hashToken, newJoinCode, newToken } from './tokens';

describe('newToken', () => {
  it('is 43 base64url characters that the protocol accepts as a participant token and a link token', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(participantTokenSchema.safeParse(token).success).toBe(true);
    expect(oneTimeTokenSchema.safeParse(token).success).toBe(true);
  });

  it('does not repeat', () => {
    expect(new Set(Array.from({ length: 2000 }, newToken)).size).toBe(2000);
  });
});

describe('hashToken', () => {
  it('is a deterministic SHA-256 that hides the token', () => {
    const token = newToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });

  it.each([
    ['', '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU'],
    ['abc', 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0'],
  ])('matches SHA-256 of %j', (input, expected) => {
    expect(hashToken(input)).toBe(expected);
  });
});

describe('newJoinCode', () => {
  it('gives valid codes from the look-alike-free alphabet, spread evenly', () => {
    const codes = Array.from({ length: 3000 }, newJoinCode);
    for (const code of codes) expect(isValidCode(code)).toBe(true);
    // 31^6 ≈ 887M codes: 3000 draws collide with probability ~0.5%; allow one.
    expect(new Set(codes).size).toBeGreaterThanOrEqual(2999);
    const counts = new Map<string, number>();
    for (const code of codes) for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = (codes.length * CODE_LENGTH) / CODE_ALPHABET.length;
    let chi = 0;
    for (const ch of CODE_ALPHABET) chi += ((counts.get(ch) ?? 0) - expected) ** 2 / expected;
    // 30 degrees of freedom: p = 1e-6 at ~85, so a fair source essentially never fails this.
    expect(chi).toBeLessThan(85);
  });
});
