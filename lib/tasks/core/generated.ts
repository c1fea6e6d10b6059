/**
 * A TaskInstance for a task whose samples come from a seeded generator (temporal-order, built-in
 * sentiment, execute, translate, caption). The task supplies `draw`; this module supplies the train
 * stream, the hidden split and the text views, so the hidden-bucket rule lives in one place:
 *
 * - every sample carries `key`, a hash of its canonical content (usually its input ids);
 * - train streams reject samples whose key is in the task's hidden bucket (≈ 1/16 of the space);
 * - hidden splits draw only bucket samples, from a generator seeded by the server's secret, each
 *   sample at most once; when a small space runs out (temporal-order easy has ~320 bucket
 *   sequences) the split is simply smaller than asked.
 */
import type {
  Batch, HiddenSplit, MetricAccumulator, MetricSpec, TaskId, TaskInstance, TaskShape, TextSample,
} from '../types';
import { makeBatch, rowOf, type Example } from './batch';
import { inHiddenBucket, type HiddenBucket } from './hash';
import { checkBatchSize, checkHiddenOptions, chunk, divide, HIDDEN_BATCH_SIZE, MAX_BATCH_SIZE, secretRng } from './options';
import { createRng, type Rng } from './rng';
import type { TaskVocabulary } from './vocab';

export interface GeneratedSample extends Example {
  /** Hash of the sample's canonical content; decides the hidden bucket. */
  readonly key: number;
}

export interface DrawContext {
  /** Index of the training batch being built (0, 1, …); -1 for hidden splits and samples. */
  readonly batchIndex: number;
  /** execute only: the curriculum; hidden splits always use 'baseline' (the target difficulty). */
  readonly curriculum: string;
}

export interface GeneratedTaskSpec {
  readonly taskId: TaskId;
  readonly level: string;
  readonly shape: TaskShape;
  readonly inputVocab?: TaskVocabulary;
  readonly outputVocab: TaskVocabulary;
  readonly metric: MetricSpec;
  readonly chanceScore: number;
  readonly hiddenBucket: HiddenBucket;
  readonly defaultHiddenSize: number;
  /** Curricula the task accepts (first = default); absent = the option is ignored. */
  readonly curricula?: readonly string[];
  draw(rng: Rng, context: DrawContext): GeneratedSample;
  newAccumulator(): MetricAccumulator;
  /** Readable input when it is not token ids (caption features). */
  describeInput?(batch: Batch, row: number): string;
}

/** Consecutive duplicates after which a hidden split decides the bucket is exhausted. */
const EXHAUSTED_AFTER = 5000;
/** Raw draws after which something is wrong with a generator (none lands where it must). */
const MAX_DRAWS = 5_000_000;

export function generatedTask(spec: GeneratedTaskSpec): TaskInstance {
  const { shape, hiddenBucket } = spec;

  function drawTrain(rng: Rng, context: DrawContext): GeneratedSample {
    for (let i = 0; i < 10_000; i++) {
      const s = spec.draw(rng, context);
      if (!inHiddenBucket(s.key, hiddenBucket)) return s;
    }
    throw new Error(`${spec.taskId} ${spec.level}: no training sample outside the hidden bucket in 10000 draws.`);
  }

  function checkCurriculum(name: string | undefined): string {
    if (!spec.curricula) return 'baseline';
    if (name === undefined) return spec.curricula[0]!;
    if (!spec.curricula.includes(name)) {
      throw new Error(`Unknown curriculum "${name}" for ${spec.taskId}; curricula: ${spec.curricula.join(', ')}`);
    }
    return name;
  }

  const instance: TaskInstance = {
    taskId: spec.taskId,
    level: spec.level,
    shape,
    inputVocab: spec.inputVocab,
    outputVocab: spec.outputVocab,
    metric: spec.metric,
    chanceScore: spec.chanceScore,
    trainStream(seed, options) {
      const B = checkBatchSize(options);
      const curriculum = checkCurriculum(options.curriculum);
      const rng = createRng(seed);
      let batchIndex = 0;
      return {
        next() {
          const context = { batchIndex: batchIndex++, curriculum };
          const rows: Example[] = [];
          for (let b = 0; b < B; b++) rows.push(drawTrain(rng, context));
          return makeBatch(shape, rows);
        },
      };
    },
    hiddenSplit(options): HiddenSplit {
      const size = checkHiddenOptions(options, spec.defaultHiddenSize);
      const rng = secretRng(options.secret, spec.taskId, spec.level);
      const context = { batchIndex: -1, curriculum: 'baseline' };
      const seen = new Set<number>();
      const picked: Example[] = [];
      let duplicates = 0;
      for (let draws = 0; picked.length < size && duplicates < EXHAUSTED_AFTER; draws++) {
        if (draws === MAX_DRAWS) throw new Error(`${spec.taskId} ${spec.level}: the generator never reaches its hidden bucket.`);
        const s = spec.draw(rng, context);
        if (!inHiddenBucket(s.key, hiddenBucket)) continue;
        if (seen.has(s.key)) {
          duplicates++;
          continue;
        }
        duplicates = 0;
        seen.add(s.key);
        picked.push(s);
      }
      const [pub, priv] = divide(picked, options.publicFraction);
      const toBatches = (xs: Example[]) => chunk(xs, HIDDEN_BATCH_SIZE).map((rows) => makeBatch(shape, rows));
      return { public: toBatches(pub), private: toBatches(priv) };
    },
    newAccumulator: () => spec.newAccumulator(),
    describeRow(batch, row): TextSample {
      const input = spec.describeInput
        ? spec.describeInput(batch, row)
        : spec.inputVocab!.decode(rowOf(batch.inputs!, row, batch.inLen));
      return { input, target: spec.outputVocab.decode(rowOf(batch.targets, row, batch.outLen)) };
    },
    sampleText(seed, n) {
      return sampleRows(instance, seed, n);
    },
  };
  return instance;
}

/** The first n rows of trainStream(seed) as text: `sample --seed S` shows what training sees. */
export function sampleRows(instance: TaskInstance, seed: number, n: number): TextSample[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH_SIZE) throw new Error(`Number of samples must be a whole number from 1 to ${MAX_BATCH_SIZE}, got ${n}.`);
  const batch = instance.trainStream(seed, { batchSize: n }).next();
  return Array.from({ length: batch.batchSize }, (_, row) => instance.describeRow(batch, row));
}
