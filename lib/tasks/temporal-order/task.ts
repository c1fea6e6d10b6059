/**
 * temporal-order (seq2vec, classify): a sequence like `BbXcaYdE` → the order of its two relevant
 * symbols, XX→Q, XY→R, YX→S, YY→U. Classes are drawn uniformly, so they balance over many
 * samples. One input token per symbol; rows are front-padded to the level's maximum length.
 *
 * Hidden bucket: 1 sequence in 16 (hash of the symbol ids). The easy level's whole space is
 * 5,120 sequences (length 7: 4 positions × 4 classes × 4³ distractors; length 8: × 4⁴), of which
 * about 330 are in the bucket — a hidden split of easy holds at most those, each once.
 */
import type { TaskInstance } from '../types';
import { generatedTask } from '../core/generated';
import { hashIds, hashString, ONE_IN_16 } from '../core/hash';
import { accuracyAccumulator } from '../core/metrics';
import { bits32, randInt } from '../core/rng';
import { createClassVocabulary, createVocabulary } from '../core/vocab';
import { TEMPORAL_ORDER_LEVELS, type TemporalOrderLevelName } from './levels';

/** Input symbols; ids 1..8 in this order (0 pads). */
export const TEMPORAL_ORDER_SYMBOLS = ['a', 'b', 'c', 'd', 'X', 'Y', 'B', 'E'] as const;
export const TEMPORAL_ORDER_CLASSES = ['Q', 'R', 'S', 'U'] as const;

const DISTRACTOR_IDS = [1, 2, 3, 4];
const X = 5;
const Y = 6;
const START = 7;
const END = 8;
const SALT = hashString('temporal-order');

export function temporalOrderTask(level: TemporalOrderLevelName): TaskInstance {
  const spec = TEMPORAL_ORDER_LEVELS[level];
  const inputVocab = createVocabulary(TEMPORAL_ORDER_SYMBOLS, { join: '' });
  const outputVocab = createClassVocabulary(TEMPORAL_ORDER_CLASSES);
  const maxLen = spec.length[1];
  return generatedTask({
    taskId: 'temporal-order',
    level,
    shape: { head: 'classify', inputVocab: inputVocab.size, outputVocab: 4, inLen: maxLen, outLen: 1, streamed: false },
    inputVocab,
    outputVocab,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: 0.25,
    hiddenBucket: ONE_IN_16,
    defaultHiddenSize: 512,
    draw(rng) {
      const length = randInt(rng, spec.length[0], spec.length[1]);
      const t1 = randInt(rng, spec.t1[0], spec.t1[1]);
      const t2 = randInt(rng, spec.t2[0], spec.t2[1]);
      const cls = randInt(rng, 0, 3);
      const input = new Int32Array(length);
      // 2 random bits per distractor: 16 distractors per 32-bit draw, exactly uniform over a b c d.
      let pool = 0;
      for (let i = 1; i < length - 1; i++) {
        if ((i - 1) % 16 === 0) pool = bits32(rng);
        input[i] = DISTRACTOR_IDS[pool & 3]!;
        pool >>>= 2;
      }
      input[0] = START;
      input[length - 1] = END;
      input[t1] = cls >> 1 ? Y : X;
      input[t2] = cls & 1 ? Y : X;
      return { input, target: [cls], key: hashIds(input, SALT) };
    },
    newAccumulator: () => accuracyAccumulator(4),
  });
}
