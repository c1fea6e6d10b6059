import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, codeFromRandom, isValidCode, normalizeCode } from './codes';

/** A seeded byte source (xorshift32), so the uniformity check below never flakes. */
function seededBytes(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x & 0xff;
  };
}

/** Pearson's chi-square statistic of letter counts against a uniform distribution over the alphabet. */
function chiSquare(codes: string[]): number {
  const counts = new Map<string, number>();
  for (const code of codes) for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const total = codes.length * CODE_LENGTH;
  const expected = total / CODE_ALPHABET.length;
  let stat = 0;
  for (const ch of CODE_ALPHABET) stat += ((counts.get(ch) ?? 0) - expected) ** 2 / expected;
  return stat;
}

describe('CODE_ALPHABET', () => {
  it.each(['0', 'O', '1', 'I', 'L'])('has no look-alike %s', (ch) => {
    expect(CODE_ALPHABET).not.toContain(ch);
    expect(CODE_ALPHABET.toLowerCase()).not.toContain(ch.toLowerCase());
  });

  it('is 31 distinct upper-case letters and digits', () => {
    expect(CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET.length).toBe(31);
  });
});

describe('isValidCode', () => {
  it.each([
    ['ABC234', true],
    ['ZZZZZZ', true],
    ['923XYZ', true],
    ['ABC23', false], // short
    ['ABC2345', false], // long
    ['ABC230', false], // 0
    ['ABCO23', false], // O
    ['ABC123', false], // 1
    ['ABCI23', false], // I
    ['ABCL23', false], // L
    ['abc234', false], // not normalized
    [' ABC234', false],
    ['ABC-23', false],
    ['', false],
  ])('%j → %s', (code, valid) => {
    expect(isValidCode(code)).toBe(valid);
  });
});

describe('normalizeCode', () => {
  it.each([
    ['abc234', 'ABC234'],
    ['abc 234', 'ABC234'],
    ['ABC-234', 'ABC234'],
    ['  a-b c\t2 3-4 ', 'ABC234'],
    ['ABC234', 'ABC234'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
    expect(isValidCode(normalizeCode(input))).toBe(true);
  });

  it('does not turn look-alikes into valid letters', () => {
    expect(isValidCode(normalizeCode('abc2o4'))).toBe(false);
    expect(isValidCode(normalizeCode('abc2l4'))).toBe(false);
  });
});

describe('codeFromRandom', () => {
  it('maps bytes to letters and skips the bytes that would bias the first letters', () => {
    // 256 % 31 = 8, so bytes 248..255 are rejected; 31 maps to the first letter again.
    const bytes = [255, 0, 248, 1, 2, 31, 30, 62];
    let i = 0;
    const code = codeFromRandom(() => bytes[i++]!);
    expect(code).toBe(CODE_ALPHABET[0]! + CODE_ALPHABET[1]! + CODE_ALPHABET[2]! + CODE_ALPHABET[0]! + CODE_ALPHABET[30]! + CODE_ALPHABET[0]!);
    expect(i).toBe(bytes.length);
  });

  it('gives valid codes', () => {
    const next = seededBytes(7);
    for (let n = 0; n < 500; n++) expect(isValidCode(codeFromRandom(next))).toBe(true);
  });

  it('uses every letter about equally often', () => {
    const next = seededBytes(12345);
    const codes = Array.from({ length: 10_000 }, () => codeFromRandom(next));
    // 30 degrees of freedom: p = 0.001 at 59.7. Taking `byte % 31` without rejection scores ~170 here.
    expect(chiSquare(codes)).toBeLessThan(59.7);
    expect(new Set(codes).size).toBeGreaterThan(9_990);
  });
});
