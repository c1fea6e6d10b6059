/**
 * echo (seq2seq, tag, streamed; notebook 09): a random bit stream in, the same stream delayed by
 * `echoStep` out (zeros first). Consecutive batches continue the same B streams, so a model must
 * carry its hidden state across chunks (truncated BPTT; the lecture's batch-ification).
 *
 * Hidden bucket: streams are built from 20-bit blocks, and a block whose hash is in the bucket
 * (1 in 16) never appears block-aligned in a train stream, while hidden streams are built only
 * from such blocks. For echo this matters little (the rule, not the data, is what is learned) but
 * it keeps the promise every task makes: no hidden sample is ever a training sample.
 */
import type { Batch, TaskInstance } from '../types';
import { rowOf } from '../core/batch';
import { sampleRows } from '../core/generated';
import { hashString, inHiddenBucket, mix32, ONE_IN_16 } from '../core/hash';
import { stepAccuracyAccumulator } from '../core/metrics';
import { checkBatchSize, checkChunkLen, checkHiddenOptions, secretRng } from '../core/options';
import { bits32, createRng, type Rng } from '../core/rng';
import { createVocabulary } from '../core/vocab';
import { ECHO_LEVELS, type EchoLevelName } from './levels';


/** Bits per hashed block; independent of the chunk length a student picks. */
export const ECHO_BLOCK_BITS = 20;
const BLOCK_MASK = (1 << ECHO_BLOCK_BITS) - 1;
const SALT = hashString('echo');
const DEFAULT_CHUNK = 20;
const HIDDEN_STREAMS = 32;

/** Is a 20-bit block in the hidden bucket? */
export function echoBlockIsHidden(block: number): boolean {
  return inHiddenBucket(mix32(block ^ SALT), ONE_IN_16);
}

/** B parallel bit streams; `next(T)` returns the next chunk of each as a batch. */
function echoStreams(rng: Rng, B: number, echoStep: number, hidden: boolean): { next(T: number): Batch } {
  const block = new Int32Array(B);
  const left = new Int32Array(B); // bits of `block` not yet used, per stream
  const history = Array.from({ length: B }, () => new Uint8Array(echoStep)); // last echoStep bits, zeros first
  const nextBit = (b: number): number => {
    if (left[b] === 0) {
      let v: number;
      do v = bits32(rng) & BLOCK_MASK;
      while (echoBlockIsHidden(v) !== hidden);
      block[b] = v;
      left[b] = ECHO_BLOCK_BITS;
    }
    left[b]!--;
    return (block[b]! >>> left[b]!) & 1;
  };
  return {
    next(T) {
      const inputs = new Int32Array(B * T);
      const targets = new Int32Array(B * T);
      for (let b = 0; b < B; b++) {
        const all = new Uint8Array(echoStep + T);
        all.set(history[b]!);
        for (let t = 0; t < T; t++) {
          const bit = nextBit(b);
          all[echoStep + t] = bit;
          inputs[b * T + t] = bit + 1; // token ids: 1 = '0', 2 = '1'
        }
        for (let t = 0; t < T; t++) targets[b * T + t] = all[t]! + 1;
        history[b]!.set(all.subarray(T));
      }
      return { batchSize: B, inLen: T, outLen: T, inputs, targets, targetMask: new Float32Array(B * T).fill(1) };
    },
  };
}

export function echoTask(level: EchoLevelName): TaskInstance {
  const { echoStep } = ECHO_LEVELS[level];
  const vocab = createVocabulary(['0', '1'], { join: '' });
  const instance: TaskInstance = {
    taskId: 'echo',
    level,
    shape: { head: 'tag', inputVocab: vocab.size, outputVocab: vocab.size, inLen: DEFAULT_CHUNK, outLen: DEFAULT_CHUNK, streamed: true },
    inputVocab: vocab,
    outputVocab: vocab,
    metric: { name: 'per-step-accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: 0.5,
    trainStream(seed, options) {
      const B = checkBatchSize(options);
      const T = checkChunkLen(options, DEFAULT_CHUNK);
      const streams = echoStreams(createRng(seed), B, echoStep, /* hidden */ false);
      return { next: () => streams.next(T) };
    },
    /**
     * `size` counts steps (default 32 streams × 20 chunks of 20). Each part (public, private) is
     * its own set of up to 32 fresh streams: score its batches in order, carrying the state, and
     * reset the state before the other part.
     */
    hiddenSplit(options) {
      const size = checkHiddenOptions(options, HIDDEN_STREAMS * 20 * DEFAULT_CHUNK);
      const rng = secretRng(options.secret, 'echo', level);
      const pubSteps = Math.round(size * options.publicFraction); // the same rounding as divide()
      const part = (steps: number): Batch[] => {
        if (steps === 0) return [];
        const B = Math.min(HIDDEN_STREAMS, Math.ceil(steps / DEFAULT_CHUNK));
        const streams = echoStreams(rng, B, echoStep, /* hidden */ true);
        return Array.from({ length: Math.ceil(steps / (B * DEFAULT_CHUNK)) }, () => streams.next(DEFAULT_CHUNK));
      };
      return { public: part(pubSteps), private: part(size - pubSteps) };
    },
    newAccumulator: () => stepAccuracyAccumulator(vocab.size),
    describeRow(batch, row) {
      return { input: vocab.decode(rowOf(batch.inputs!, row, batch.inLen)), target: vocab.decode(rowOf(batch.targets, row, batch.outLen)) };
    },
    sampleText: (seed, n) => sampleRows(instance, seed, n),
  };
  return instance;
}
