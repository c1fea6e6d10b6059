import { describe, expect, it } from 'vitest';
import { hashIds, hashString, inHiddenBucket, ONE_IN_16 } from './hash';
import { chance, createRng, randInt, shuffleInPlace } from './rng';

describe('hashes', () => {
  it('never change (they decide which samples are hidden)', () => {
    expect([hashString(''), hashString('temporal-order'), hashIds([7, 1, 5, 8]), hashIds([7, 1, 5, 8], 3)]).toEqual([
      2872998923, 1247535983, 3232551090, 2466023857,
    ]);
  });

  it('distinguish trailing zeros and put about 1 in 16 in the bucket', () => {
    expect(hashIds([1, 0])).not.toBe(hashIds([1]));
    let hidden = 0;
    for (let i = 0; i < 64_000; i++) if (inHiddenBucket(hashIds([i % 9, i >> 3, 4]), ONE_IN_16)) hidden++;
    expect(Math.abs(hidden / 64_000 - 1 / 16)).toBeLessThan(0.005);
  });
});

describe('seeded randomness', () => {
  const first = (seed: number | string, n = 5) => {
    const rng = createRng(seed);
    return Array.from({ length: n }, () => randInt(rng, 0, 1_000_000));
  };

  it('repeats for the same seed and differs for other seeds, including beyond 2^32', () => {
    expect(first(1)).toEqual(first(1));
    expect(first(1)).not.toEqual(first(2));
    expect(first(2 ** 32 + 1)).not.toEqual(first(1));
    expect(first('secret')).toEqual(first('secret'));
    expect(() => createRng(Number.NaN)).toThrow('finite');
  });

  it('draws uniformly, including right after seeding with small seeds', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[randInt(createRng(seed), 0, 3)]!++;
    for (const c of counts) expect(Math.abs(c / 4000 - 0.25)).toBeLessThan(0.03);
    const rng = createRng(9);
    let heads = 0;
    for (let i = 0; i < 10_000; i++) if (chance(rng, 0.3)) heads++;
    expect(Math.abs(heads / 10_000 - 0.3)).toBeLessThan(0.02);
  });

  it('shuffles into a permutation', () => {
    const xs = shuffleInPlace(createRng(3), Array.from({ length: 50 }, (_, i) => i));
    expect([...xs].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(xs).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
