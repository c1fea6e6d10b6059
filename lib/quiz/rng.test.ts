import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './rng';

describe('createRng', () => {
  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return Array.from({ length: 20 }, () => r.int(0, 1_000_000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('gives unrelated first draws for consecutive seeds (question seeds are often 0, 1, 2, …)', () => {
    const first = Array.from({ length: 40 }, (_, seed) => createRng(seed).int(0, 99));
    const steps = first.slice(1).map((v, i) => v - first[i]!);
    // A linear seed → state map would give a constant step (47, 46, 45, …).
    expect(new Set(steps).size).toBeGreaterThan(20);
    const coins = Array.from({ length: 40 }, (_, seed) => createRng(seed).int(0, 1)).join('');
    expect(coins).not.toMatch(/^(?:01)+$|^(?:10)+$/);
  });

  it('stays within inclusive bounds and reaches both ends', () => {
    const r = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles a copy and keeps every element', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng(3).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(input);
  });

  it.each([
    [2, 1],
    [0.5, 2],
  ])('refuses the range [%s, %s]', (a, b) => {
    expect(() => createRng(0).int(a, b)).toThrow(RangeError);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(0).pick([])).toThrow(RangeError);
  });
});

describe('deriveSeed', () => {
  it('is deterministic, in [0, 2^32), and differs by label and by seed', () => {
    const a = deriveSeed(42, 'lstm-params');
    expect(deriveSeed(42, 'lstm-params')).toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(2 ** 32);
    expect(Number.isInteger(a)).toBe(true);
    expect(deriveSeed(42, 'gru-params')).not.toBe(a);
    expect(deriveSeed(43, 'lstm-params')).not.toBe(a);
  });
});
