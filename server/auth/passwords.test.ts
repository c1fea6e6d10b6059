import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

// scrypt costs ~32 MiB and tens of ms per call by design, so these tests hash only a handful of times.
describe('passwords', () => {
  it('verifies the right password and refuses wrong ones', async () => {
    const { hash, salt } = await hashPassword('correct horse battery');
    expect(Buffer.from(hash, 'base64')).toHaveLength(64);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(hash).not.toContain('correct');
    const results = await Promise.all(
      ['correct horse battery', 'correct horse batter', 'Correct horse battery', 'correct horse battery ', ''].map((p) => verifyPassword(p, hash, salt)),
    );
    expect(results).toEqual([true, false, false, false, false]);
  });

  it('salts: the same password hashes differently twice, and each hash needs its own salt', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('same password', a.hash, b.salt)).toBe(false);
  });

  it('treats composed and decomposed Unicode as the same password', async () => {
    const { hash, salt } = await hashPassword('caf\u00E9 비밀번호');
    expect(await verifyPassword('cafe\u0301 비밀번호', hash, salt)).toBe(true);
  });

  it('refuses, without throwing, a stored hash of the wrong length', async () => {
    expect(await verifyPassword('anything at all', 'AAAA', 'AAAA')).toBe(false);
  });
});
