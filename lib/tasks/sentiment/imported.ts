/**
 * sentiment on an instructor's dataset (classify): word tokens of each text → its label.
 * The hidden part is fixed by the dataset's seed (datasets/split.ts) and never streamed for
 * training. Everything the model's shape depends on — the vocabulary (words seen at least twice
 * in the training part, at most MAX_WORDS, the rest <unk>) and the input length (the longest
 * training text, at most MAX_SENTIMENT_TOKENS words, front-padded) — comes from the training part
 * alone, so the browser's copy without the hidden part builds the same model as the server.
 */
import type { TaskInstance } from '../types';
import { makeBatch, type Example } from '../core/batch';
import { sampleRows } from '../core/generated';
import { accuracyAccumulator } from '../core/metrics';
import { checkBatchSize, checkHiddenOptions, chunk, divide, HIDDEN_BATCH_SIZE, secretRng } from '../core/options';
import { createRng, shuffleInPlace } from '../core/rng';
import { createClassVocabulary, createVocabulary, splitWords } from '../core/vocab';
import { MAX_SENTIMENT_TOKENS } from '../datasets/sentiment';
import { sentimentParts } from '../datasets/split';
import type { SentimentDataset } from '../datasets/types';

export const MAX_WORDS = 5000;
const MIN_WORD_COUNT = 2;

export function importedSentimentTask(dataset: SentimentDataset): TaskInstance {
  const { train, hidden } = sentimentParts(dataset);
  const tokenized = train.map((e) => splitWords(e.text));
  const counts = new Map<string, number>();
  for (const words of tokenized) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const symbols = [...counts]
    .filter(([, n]) => n >= MIN_WORD_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
  const inputVocab = createVocabulary(symbols, { join: ' ', unk: true });
  const outputVocab = createClassVocabulary(dataset.labels);
  const inLen = Math.min(MAX_SENTIMENT_TOKENS, tokenized.reduce((m, t) => Math.max(m, t.length), 1));
  const toExample = (text: string, label: string, words = splitWords(text)): Example => ({
    input: words.slice(0, inLen).map((w) => inputVocab.id(w)),
    target: [outputVocab.id(label)],
  });
  const trainExamples = train.map((e, i) => toExample(e.text, e.label, tokenized[i]));
  const shape = { head: 'classify', inputVocab: inputVocab.size, outputVocab: dataset.labels.length, inLen, outLen: 1, streamed: false } as const;
  const majority = Math.max(...dataset.labels.map((l) => train.filter((e) => e.label === l).length)) / train.length;

  const instance: TaskInstance = {
    taskId: 'sentiment',
    level: 'imported',
    shape,
    inputVocab,
    outputVocab,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: majority,
    /** Epochs over the training part, each in a fresh seeded order; batches run across epoch ends. */
    trainStream(seed, options) {
      const B = checkBatchSize(options);
      const rng = createRng(seed);
      let order: number[] = [];
      let at = 0;
      return {
        next() {
          const rows: Example[] = [];
          while (rows.length < B) {
            if (at === order.length) {
              order = shuffleInPlace(rng, trainExamples.map((_, i) => i));
              at = 0;
            }
            rows.push(trainExamples[order[at++]!]!);
          }
          return makeBatch(shape, rows);
        },
      };
    },
    /** The hidden part in an order drawn from the secret; `size` (default: all) caps it. */
    hiddenSplit(options) {
      if (hidden.length === 0) throw new Error('This copy of the dataset has no hidden part (it was removed for the browser).');
      const size = Math.min(checkHiddenOptions(options, hidden.length), hidden.length);
      const picked = shuffleInPlace(secretRng(options.secret, 'sentiment', dataset.seed.toString(16)), [...hidden]).slice(0, size);
      const [pub, priv] = divide(picked.map((e) => toExample(e.text, e.label)), options.publicFraction);
      const toBatches = (xs: Example[]) => chunk(xs, HIDDEN_BATCH_SIZE).map((rows) => makeBatch(shape, rows));
      return { public: toBatches(pub), private: toBatches(priv) };
    },
    newAccumulator: () => accuracyAccumulator(dataset.labels.length),
    describeRow(batch, row) {
      return {
        input: inputVocab.decode(batch.inputs!.subarray(row * batch.inLen, (row + 1) * batch.inLen)),
        target: outputVocab.decode([batch.targets[row]!]),
      };
    },
    sampleText: (seed, n) => sampleRows(instance, seed, n),
  };
  return instance;
}
