/**
 * caption (vec2seq, vec-decode): scene vector [832] → caption words (see scene.ts for the grammar).
 * Levels by the most shapes in a scene; a scene holds 1..max shapes, the count uniform.
 * Hidden bucket: 1 scene in 16 (hash of its objects). shapes-1 has only 768 scenes (64 cells ×
 * 12 kinds), so its hidden split holds at most the ~48 in the bucket.
 */
import type { TaskInstance } from '../types';
import { rowOf } from '../core/batch';
import { generatedTask } from '../core/generated';
import { hashIds, hashString, ONE_IN_16 } from '../core/hash';
import { exactMatchAccumulator } from '../core/metrics';
import { createVocabulary } from '../core/vocab';
import { CAPTION_LEVELS, type CaptionLevelName } from './levels';
import { CAPTION_WORDS, captionWords, describeScene, drawScene, FEATURE_DIM, readFeatures, writeFeatures } from './scene';


const SALT = hashString('caption');

export function captionTask(level: CaptionLevelName): TaskInstance {
  const spec = CAPTION_LEVELS[level];
  const outputVocab = createVocabulary(CAPTION_WORDS, { join: ' ', eos: true });
  const wordIds = new Map(CAPTION_WORDS.map((w) => [w, outputVocab.id(w)]));
  return generatedTask({
    taskId: 'caption',
    level,
    shape: { head: 'vec-decode', inputVocab: 0, outputVocab: outputVocab.size, featureDim: FEATURE_DIM, inLen: 0, outLen: spec.outLen, streamed: false },
    outputVocab,
    metric: { name: 'exact-match', higherIsBetter: true, unit: '%' },
    chanceScore: 0,
    hiddenBucket: ONE_IN_16,
    defaultHiddenSize: 512,
    draw(rng) {
      const objects = drawScene(rng, spec.maxShapes);
      const features = new Float32Array(FEATURE_DIM);
      writeFeatures(objects, features);
      const key = hashIds(objects.map((o) => (o.cell * 16 + o.shape * 4 + o.color)), SALT);
      return { features, target: captionWords(objects).map((w) => wordIds.get(w)!), key };
    },
    newAccumulator: () => exactMatchAccumulator(outputVocab.size),
    describeInput: (batch, row) => describeScene(readFeatures(rowOf(batch.features!, row, FEATURE_DIM))),
  });
}
