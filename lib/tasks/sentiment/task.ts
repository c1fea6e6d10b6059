/**
 * sentiment (seq2vec, classify), built-in: generated review sentences → negative / positive.
 * Word tokens; rows front-padded to the level's longest sentence. Hidden bucket: 1 sentence in 16.
 * Instructor-imported data is a different instance (imported.ts) with the same head.
 */
import type { TaskInstance } from '../types';
import { generatedTask } from '../core/generated';
import { hashIds, hashString, ONE_IN_16 } from '../core/hash';
import { accuracyAccumulator } from '../core/metrics';
import { createClassVocabulary, createVocabulary } from '../core/vocab';
import { generateReview, SENTIMENT_CLASSES, sentimentWords } from './generator';
import { SENTIMENT_LEVELS, type SentimentLevelName } from './levels';

const SALT = hashString('sentiment');

export function sentimentTask(levelName: SentimentLevelName): TaskInstance {
  const level = SENTIMENT_LEVELS[levelName];
  const inputVocab = createVocabulary(sentimentWords(), { join: ' ' });
  const outputVocab = createClassVocabulary(SENTIMENT_CLASSES);
  return generatedTask({
    taskId: 'sentiment',
    level: levelName,
    shape: { head: 'classify', inputVocab: inputVocab.size, outputVocab: 2, inLen: level.inLen, outLen: 1, streamed: false },
    inputVocab,
    outputVocab,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: 0.5,
    hiddenBucket: ONE_IN_16,
    defaultHiddenSize: 512,
    draw(rng) {
      const { tokens, label } = generateReview(rng, level);
      const input = tokens.map((t) => inputVocab.id(t));
      return { input, target: [label], key: hashIds(input, SALT) };
    },
    newAccumulator: () => accuracyAccumulator(2),
  });
}
