/**
 * Seeded randomness for every task: xoroshiro128+ from `pure-rand`, never Math.random, so the same
 * seed gives the same samples in the browser and in Node. The generator is mutated in place (the
 * impure pure-rand API) because batches are built in tight loops.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { hashString, mix32 } from './hash';

export type Rng = RandomGenerator;

/**
 * A generator from any finite number (folded to 32 bits) or string (hashed). The 128-bit state is
 * filled by splitmix32 from the seed: pure-rand's own xoroshiro128plus(seed) starts from a
 * nearly-constant state, and its first outputs for small seeds look alike (0xFFFFFFFE, …).
 */
export function createRng(seed: number | string): Rng {
  let x: number;
  if (typeof seed === 'string') x = hashString(seed);
  else {
    if (!Number.isFinite(seed)) throw new Error(`A seed must be a finite number, got ${seed}.`);
    const whole = Math.trunc(seed);
    const high = Math.floor(whole / 0x1_0000_0000) | 0;
    // Fold the high word in so that seeds above 2^32 do not collide with small ones.
    x = (whole >>> 0) ^ (high === 0 ? 0 : mix32(high));
  }
  const state: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0; // splitmix32
    state.push(mix32(x) | 0);
  }
  if (!state.some((v) => v !== 0)) state[0] = 1; // the one state xoroshiro cannot leave
  return xoroshiro128plusFromState(state);
}

/** A uniform integer in [lo, hi], both inclusive. */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return uniformInt(rng, lo, hi);
}

/** A uniform element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)]!;
}

/** True with probability p (resolution 2^-32). */
export function chance(rng: Rng, p: number): boolean {
  return (rng.next() >>> 0) < p * 0x1_0000_0000;
}

/** 32 uniform random bits as an unsigned integer. */
export function bits32(rng: Rng): number {
  return rng.next() >>> 0;
}

/** Fisher–Yates shuffle in place; returns the same array. */
export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
