/**
 * lm (seq2seq language model, tag, streamed): characters in, the next character out, scored in
 * bits per character. Batch-ification as in the lecture: the training part is cut into B equal
 * segments, one per batch row, and each batch is the next chunk of T characters of every segment,
 * so consecutive batches continue the same B streams (carry the state, detach it: truncated
 * BPTT). The seed only picks where in its segment each stream starts; at a segment's end a
 * stream wraps to the segment's start.
 *
 * Hidden split: a window of the hidden tail (default 65,536 characters, placed by the secret when
 * the tail is longer), its first publicFraction public and the rest private, each batchified the
 * same way into up to 32 streams of 50-character chunks (a remainder shorter than one chunk per
 * stream is not scored). Moby Dick is public, so its tail is a held-out range, not a secret text.
 */
import type { Batch, TaskInstance } from '../types';
import { rowOf } from '../core/batch';
import { sampleRows } from '../core/generated';
import { bitsPerCharAccumulator } from '../core/metrics';
import { checkBatchSize, checkChunkLen, checkHiddenOptions, secretRng } from '../core/options';
import { createRng, randInt } from '../core/rng';
import type { CorpusDataset } from '../datasets/types';
import { encodeCorpus } from './corpus';

export const LM_DEFAULT_CHUNK = 50;
const HIDDEN_STREAMS = 32;
// 16k characters: bits/char is estimated to ±0.01 and a submission scores in well under a second.
const DEFAULT_HIDDEN_CHARS = 16_384;

/** Batches of B streams over `ids`: stream b reads ids[b·seg + p ..] from position `start[b]`. */
function streamBatches(ids: Uint8Array, B: number, T: number, seg: number, start: Int32Array) {
  const pos = Int32Array.from(start);
  return (): Batch => {
    const inputs = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      if (pos[b]! + T >= seg) pos[b] = 0; // wrap: the target of the last input must stay in the segment
      const from = b * seg + pos[b]!;
      inputs.set(ids.subarray(from, from + T), b * T);
      targets.set(ids.subarray(from + 1, from + T + 1), b * T);
      pos[b]! += T;
    }
    return { batchSize: B, inLen: T, outLen: T, inputs, targets, targetMask: new Float32Array(B * T).fill(1) };
  };
}

/** Batchifies a stretch of ids for scoring: up to 32 streams, whole chunks only. */
function scoringBatches(ids: Uint8Array, chunkLen: number): Batch[] {
  const usable = ids.length - 1; // every input needs its next character
  if (usable < 2) return [];
  const T = Math.min(chunkLen, usable - 1);
  const B = Math.max(1, Math.min(HIDDEN_STREAMS, Math.floor(usable / (T + 1))));
  const seg = Math.floor(usable / B);
  const next = streamBatches(ids, B, T, seg, new Int32Array(B));
  return Array.from({ length: Math.floor((seg - 1) / T) }, next); // never reaches the wrap
}

export function lmTask(dataset: CorpusDataset, level: string): TaskInstance {
  const corpus = encodeCorpus(dataset);
  const vocab = corpus.vocab;
  const instance: TaskInstance = {
    taskId: 'lm',
    level,
    shape: { head: 'tag', inputVocab: vocab.size, outputVocab: vocab.size, inLen: LM_DEFAULT_CHUNK, outLen: LM_DEFAULT_CHUNK, streamed: true },
    inputVocab: vocab,
    outputVocab: vocab,
    metric: { name: 'bits-per-char', higherIsBetter: false, unit: 'bits/char' },
    chanceScore: Math.log2(vocab.size),
    trainStream(seed, options) {
      const B = checkBatchSize(options);
      const T = checkChunkLen(options, LM_DEFAULT_CHUNK);
      const seg = Math.floor((corpus.train.length - 1) / B);
      if (seg < T + 1) {
        throw new Error(`The corpus (${corpus.train.length} training characters) is too short for ${B} streams of ${T}-character chunks.`);
      }
      const rng = createRng(seed);
      const start = Int32Array.from({ length: B }, () => randInt(rng, 0, seg - T - 1));
      return { next: streamBatches(corpus.train, B, T, seg, start) };
    },
    /** `size` counts characters. Score each part's batches in order, carrying the state; reset it between parts. */
    hiddenSplit(options) {
      if (corpus.hidden.length === 0) throw new Error('This copy of the corpus has no hidden part (it was removed for the browser).');
      const size = Math.min(checkHiddenOptions(options, DEFAULT_HIDDEN_CHARS), corpus.hidden.length);
      const offset = randInt(secretRng(options.secret, 'lm', level), 0, corpus.hidden.length - size);
      const range = corpus.hidden.subarray(offset, offset + size);
      const cut = Math.round(size * options.publicFraction);
      return { public: scoringBatches(range.subarray(0, cut), LM_DEFAULT_CHUNK), private: scoringBatches(range.subarray(cut), LM_DEFAULT_CHUNK) };
    },
    newAccumulator: () => bitsPerCharAccumulator(vocab.size),
    describeRow(batch, row) {
      return { input: vocab.decode(rowOf(batch.inputs!, row, batch.inLen)), target: vocab.decode(rowOf(batch.targets, row, batch.outLen)) };
    },
    sampleText: (seed, n) => sampleRows(instance, seed, n),
  };
  return instance;
}
