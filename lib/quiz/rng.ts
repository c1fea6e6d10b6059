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

export function createRng(seed: number): QuizRng {
  const gen = xoroshiro128plus(seed | 0);
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
  // Final avalanche (murmur3 fmix32) so nearby seeds give unrelated results.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
