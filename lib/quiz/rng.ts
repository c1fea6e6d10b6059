/**
 * Seeded randomness for the quiz: computed questions, seeded picks and shuffles. Same seed → same
 * numbers in the browser and on the server, so a question can be regenerated from `{ id, seed }`.
 * Never Math.random: the server must be able to recompute what a student was shown.
 *
 * pure-rand v8's generators are mutable (`uniformInt(rng, a, b)` advances `rng` in place), so each
 * `QuizRng` owns its generator and nothing else holds a reference to it.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface QuizRng {
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * xoroshiro128plus(seed) starts from a state that is linear in the seed, so its first outputs for
 * seeds 0, 1, 2, … are nearly the same (47, 46, 45, … for int(0, 99)). Question seeds are often
 * consecutive, so the seed is scrambled first and a few outputs are skipped to let the state mix.
 */
const WARM_UP = 8;

export function createRng(seed: number): QuizRng {
  const gen = xoroshiro128plus(fmix32(seed >>> 0) | 0);
  for (let i = 0; i < WARM_UP; i++) gen.next();
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`bad range [${min}, ${max}]`);
    return uniformInt(gen, min, max);
  };
  return {
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/**
 * A seed in [0, 2^32) derived from a base seed and a label (FNV-1a over the label, mixed with the
 * seed), so that each generator in a bank gets its own stream instead of all sharing one seed.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's final avalanche: every input bit flips about half the output bits. A bijection on 32 bits. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
