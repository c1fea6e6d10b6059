/**
 * translate (seq2vec2seq, encode-decode): English number words → Sino-Korean reading, e.g.
 * "three hundred twelve" → 삼백십이. Input tokens are English words, output tokens Hangul
 * syllables; the encoder's final state is the "context" the decoder starts from.
 *
 * Sampling: the number of digits d is uniform in 1..k, then n is uniform among d-digit numbers
 * (0 counts as one digit), so short numbers are not drowned out by long ones.
 * Hidden bucket: 1 number in 16 — except below-100, where that would be ~6 numbers; there 1 in 4
 * (about 25 numbers the model never trains on; the split tests whether it composes tens and ones).
 */
import type { TaskInstance } from '../types';
import { generatedTask } from '../core/generated';
import { hashIds, hashString } from '../core/hash';
import { exactMatchAccumulator } from '../core/metrics';
import { randInt } from '../core/rng';
import { createVocabulary } from '../core/vocab';
import { TRANSLATE_LEVELS, type TranslateLevelName } from './levels';
import { englishWords, ENGLISH_NUMBER_WORDS, koreanReading, KOREAN_NUMBER_SYLLABLES } from './numbers';


const SALT = hashString('translate');

export function translateTask(level: TranslateLevelName): TaskInstance {
  const spec = TRANSLATE_LEVELS[level];
  const inputVocab = createVocabulary(ENGLISH_NUMBER_WORDS, { join: ' ' });
  const outputVocab = createVocabulary(KOREAN_NUMBER_SYLLABLES, { join: '', eos: true });
  const inIds = new Map(ENGLISH_NUMBER_WORDS.map((w) => [w, inputVocab.id(w)]));
  const outIds = new Map(KOREAN_NUMBER_SYLLABLES.map((s) => [s, outputVocab.id(s)]));
  return generatedTask({
    taskId: 'translate',
    level,
    shape: { head: 'encode-decode', inputVocab: inputVocab.size, outputVocab: outputVocab.size, inLen: spec.inLen, outLen: spec.outLen, streamed: false },
    inputVocab,
    outputVocab,
    metric: { name: 'exact-match', higherIsBetter: true, unit: '%' },
    chanceScore: 0,
    hiddenBucket: spec.bucket,
    defaultHiddenSize: 512,
    draw(rng) {
      const d = randInt(rng, 1, spec.digits);
      const n = d === 1 ? randInt(rng, 0, 9) : randInt(rng, 10 ** (d - 1), 10 ** d - 1);
      const input = englishWords(n).map((w) => inIds.get(w)!);
      const target = Array.from(koreanReading(n), (s) => outIds.get(s)!);
      return { input, target, key: hashIds(input, SALT) };
    },
    newAccumulator: () => exactMatchAccumulator(outputVocab.size),
  });
}
