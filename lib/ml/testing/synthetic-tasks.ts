/**
 * Tiny seeded tasks for lib/ml's own tests, one per head kind, built only on the contract in
 * lib/tasks/types.ts (the real tasks live in lib/tasks and are tested there):
 *  - classify: class = (first real token − 2) mod C, rows front-padded to T (so masks matter)
 *  - tag:      streamed echo with delay 1: target_t = input_{t−1} — across chunk borders too
 *  - encode-decode: copy the input tokens, then EOS
 *  - vec-decode: features = one-hot class c → tokens [c+2, c+2, EOS]
 */
import { EOS_ID, PAD_ID, type Batch, type HeadKind, type MetricAccumulator, type Prediction, type TaskShape } from '../../tasks/types';
import { mulberry32 } from '../init';
import type { TrainableTask } from '../trainer';

function argmaxRow(data: Float32Array, offset: number, n: number): number {
  let best = 0;
  for (let j = 1; j < n; j++) if (data[offset + j]! > data[offset + best]!) best = j;
  return best;
}

/** Accuracy over counted targets: logits (argmax) or tokens (exact match per row when `rows`). */
function accuracy(rows: boolean): MetricAccumulator {
  let hit = 0;
  let total = 0;
  return {
    add(batch: Batch, p: Prediction) {
      const n = batch.outLen;
      for (let b = 0; b < batch.batchSize; b++) {
        let rowOk = true;
        for (let t = 0; t < n; t++) {
          const i = b * n + t;
          if (!batch.targetMask[i]) continue;
          const guess = p.kind === 'tokens' ? p.ids[i]! : argmaxRow(p.data, i * p.shape[p.shape.length - 1]!, p.shape[p.shape.length - 1]!);
          const ok = guess === batch.targets[i];
          if (rows) rowOk &&= ok;
          else (hit += ok ? 1 : 0), total++;
        }
        if (rows) (hit += rowOk ? 1 : 0), total++;
      }
    },
    value: () => (total ? hit / total : 0),
    extra: () => ({}),
  };
}

export function syntheticTask(head: HeadKind, opts: { T?: number; vocab?: number } = {}): TrainableTask {
  const T = opts.T ?? 6;
  const V = opts.vocab ?? 6;
  const classes = 3;
  const shape: TaskShape =
    head === 'classify'
      ? { head, inputVocab: V, outputVocab: classes, inLen: T, outLen: 1, streamed: false }
      : head === 'tag'
        ? { head, inputVocab: V, outputVocab: V, inLen: T, outLen: T, streamed: true }
        : head === 'encode-decode'
          ? { head, inputVocab: V, outputVocab: V, inLen: T, outLen: T + 1, streamed: false }
          : { head, inputVocab: 0, outputVocab: V, featureDim: 4, inLen: 0, outLen: 3, streamed: false };
  return {
    shape,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    newAccumulator: () => accuracy(head === 'encode-decode' || head === 'vec-decode'),
    trainStream(seed, { batchSize: B, chunkLen }) {
      const rng = mulberry32(seed);
      const tok = () => 2 + Math.floor(rng() * (V - 2));
      const L = head === 'tag' ? (chunkLen ?? T) : T;
      const last = new Int32Array(B).fill(2); // echo: each stream's previous token
      return {
        next(): Batch {
          if (head === 'classify') {
            const inputs = new Int32Array(B * T).fill(PAD_ID);
            const targets = new Int32Array(B);
            for (let b = 0; b < B; b++) {
              const len = 2 + Math.floor(rng() * (T - 1));
              for (let t = T - len; t < T; t++) inputs[b * T + t] = tok();
              targets[b] = (inputs[b * T + T - len]! - 2) % classes;
            }
            return { batchSize: B, inLen: T, outLen: 1, inputs, targets, targetMask: new Float32Array(B).fill(1) };
          }
          if (head === 'tag') {
            const inputs = new Int32Array(B * L);
            const targets = new Int32Array(B * L);
            for (let b = 0; b < B; b++)
              for (let t = 0; t < L; t++) {
                inputs[b * L + t] = tok();
                targets[b * L + t] = t === 0 ? last[b]! : inputs[b * L + t - 1]!;
              }
            for (let b = 0; b < B; b++) last[b] = inputs[b * L + L - 1]!;
            return { batchSize: B, inLen: L, outLen: L, inputs, targets, targetMask: new Float32Array(B * L).fill(1) };
          }
          const outLen = shape.outLen;
          const targets = new Int32Array(B * outLen).fill(PAD_ID);
          const targetMask = new Float32Array(B * outLen);
          if (head === 'encode-decode') {
            const inputs = new Int32Array(B * T).fill(PAD_ID);
            for (let b = 0; b < B; b++) {
              const len = 1 + Math.floor(rng() * T);
              for (let t = 0; t < len; t++) inputs[b * T + T - len + t] = targets[b * outLen + t] = tok();
              targets[b * outLen + len] = EOS_ID;
              targetMask.fill(1, b * outLen, b * outLen + len + 1);
            }
            return { batchSize: B, inLen: T, outLen, inputs, targets, targetMask };
          }
          const features = new Float32Array(B * 4);
          for (let b = 0; b < B; b++) {
            const c = Math.floor(rng() * 4) % (V - 2);
            features[b * 4 + c] = 1;
            targets.set([c + 2, c + 2, EOS_ID], b * outLen);
            targetMask.fill(1, b * outLen, b * outLen + 3);
          }
          return { batchSize: B, inLen: 0, outLen, features, targets, targetMask };
        },
      };
    },
  };
}
