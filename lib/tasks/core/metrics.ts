/**
 * Metric accumulators, one per head. Each `add(batch, prediction)` checks the prediction's shape
 * against the batch (a wrong shape throws a message naming both shapes), then counts only the
 * positions where batch.targetMask is 1. `value()` is 0 before anything was added.
 */
import type { Batch, MetricAccumulator, Prediction } from '../types';

/** A NaN/∞ logit, or a probability below 2^-64, scores this many bits for that character. */
export const MAX_BITS_PER_CHAR = 64;

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

function checkShape(actual: readonly number[], expected: readonly number[], what: string): void {
  if (actual.length !== expected.length || actual.some((d, i) => d !== expected[i])) {
    throw new Error(`Prediction has shape ${shapeText(actual)}, this task expects ${shapeText(expected)} (${what}).`);
  }
}

/**
 * The predicted id at each of the batch's `steps` output positions, [batchSize, steps]:
 * argmax of logits (a NaN row predicts -1, which matches nothing) or the tokens themselves.
 * Logits are [B, steps, V], or [B, C] when `perStep` is false (classify).
 */
export function predictedIds(batch: Batch, prediction: Prediction, steps: number, vocab: number, perStep = true): Int32Array {
  const B = batch.batchSize;
  if (prediction.kind === 'tokens') {
    checkShape(prediction.shape, [B, steps], 'batch, steps');
    return prediction.ids;
  }
  const expected = perStep ? [B, steps, vocab] : [B, vocab];
  checkShape(prediction.shape, expected, expected.length === 2 ? 'batch, classes' : 'batch, steps, vocabulary');
  const out = new Int32Array(B * steps);
  const d = prediction.data;
  for (let r = 0; r < B * steps; r++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let v = 0; v < vocab; v++) {
      const x = d[r * vocab + v]!;
      if (x > bestValue) {
        bestValue = x;
        best = v;
      }
    }
    out[r] = best;
  }
  return out;
}

/** classify: accuracy over examples. Logits [B, C] or tokens [B, 1]. */
export function accuracyAccumulator(numClasses: number): MetricAccumulator {
  let correct = 0;
  let total = 0;
  return {
    add(batch, prediction) {
      const ids = predictedIds(batch, prediction, 1, numClasses, /* perStep */ false);
      for (let b = 0; b < batch.batchSize; b++) {
        if (batch.targetMask[b] === 0) continue;
        total++;
        if (ids[b] === batch.targets[b]) correct++;
      }
    },
    value: () => (total === 0 ? 0 : correct / total),
    extra: () => ({ examples: total }),
  };
}

/** tag: accuracy over every masked step. Logits [B, T, V] or tokens [B, T]. */
export function stepAccuracyAccumulator(vocab: number): MetricAccumulator {
  let correct = 0;
  let total = 0;
  return {
    add(batch, prediction) {
      const ids = predictedIds(batch, prediction, batch.outLen, vocab);
      for (let i = 0; i < ids.length; i++) {
        if (batch.targetMask[i] === 0) continue;
        total++;
        if (ids[i] === batch.targets[i]) correct++;
      }
    },
    value: () => (total === 0 ? 0 : correct / total),
    extra: () => ({ steps: total }),
  };
}

/**
 * tag (language model): mean −log2 softmax(logits)[target] over masked steps, in bits/char.
 * Logits only, [B, T, V]; computed with log-sum-exp so large logits do not overflow.
 * extra().accuracy is top-1 next-character accuracy.
 */
export function bitsPerCharAccumulator(vocab: number): MetricAccumulator {
  let bits = 0;
  let correct = 0;
  let total = 0;
  return {
    add(batch, prediction) {
      if (prediction.kind !== 'logits') throw new Error('Bits per character needs logits, not decoded tokens.');
      const steps = batch.outLen;
      checkShape(prediction.shape, [batch.batchSize, steps, vocab], 'batch, steps, vocabulary');
      const d = prediction.data;
      for (let r = 0; r < batch.batchSize * steps; r++) {
        if (batch.targetMask[r] === 0) continue;
        const base = r * vocab;
        let max = -Infinity;
        let arg = -1;
        for (let v = 0; v < vocab; v++) {
          const x = d[base + v]!;
          if (x > max) {
            max = x;
            arg = v;
          }
        }
        let sum = 0;
        for (let v = 0; v < vocab; v++) sum += Math.exp(d[base + v]! - max);
        const target = batch.targets[r]!;
        const b = (max + Math.log(sum) - d[base + target]!) / Math.LN2;
        bits += Number.isFinite(b) ? Math.min(b, MAX_BITS_PER_CHAR) : MAX_BITS_PER_CHAR;
        total++;
        if (arg === target) correct++;
      }
    },
    value: () => (total === 0 ? 0 : bits / total),
    extra: () => ({ accuracy: total === 0 ? 0 : correct / total, characters: total }),
  };
}

/**
 * Decoders: a row is an exact match when every masked position (the answer and its EOS) matches;
 * what follows EOS is ignored. extra()[tokenKey] is the fraction of masked positions that match.
 * Tokens [B, outLen] (greedy decoding) or logits [B, outLen, V].
 */
export function exactMatchAccumulator(vocab: number, tokenKey = 'tokenAccuracy'): MetricAccumulator {
  let rowsRight = 0;
  let rows = 0;
  let tokensRight = 0;
  let tokens = 0;
  return {
    add(batch, prediction) {
      const T = batch.outLen;
      const ids = predictedIds(batch, prediction, T, vocab);
      for (let b = 0; b < batch.batchSize; b++) {
        let all = true;
        let any = false;
        for (let t = b * T; t < (b + 1) * T; t++) {
          if (batch.targetMask[t] === 0) continue;
          any = true;
          tokens++;
          if (ids[t] === batch.targets[t]) tokensRight++;
          else all = false;
        }
        if (!any) continue;
        rows++;
        if (all) rowsRight++;
      }
    },
    value: () => (rows === 0 ? 0 : rowsRight / rows),
    extra: () => ({ [tokenKey]: tokens === 0 ? 0 : tokensRight / tokens, examples: rows }),
  };
}
