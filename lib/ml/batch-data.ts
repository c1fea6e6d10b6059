/**
 * Host-side views of a Batch in the layouts the model uses: everything recurrent is time-major, so
 * [B, T] arrays are transposed to [T, B] (row t·B + b) before any tensor is made.
 */
import * as tf from '@tensorflow/tfjs';
import { EOS_ID, type Batch } from '../tasks/types';

/** [B, T] → [T, B] (same element type). */
export function toTimeMajor<A extends Int32Array | Float32Array>(a: A, batch: number, steps: number): A {
  const out = new (a.constructor as { new (n: number): A })(batch * steps);
  for (let b = 0; b < batch; b++) for (let t = 0; t < steps; t++) out[t * batch + b] = a[b * steps + t]!;
  return out;
}

/** Decoder teacher-forcing input [B, Tout]: the target shifted right by one, EOS_ID as GO. */
export function decoderInputs(batch: Batch): Int32Array {
  const { batchSize: B, outLen: T, targets } = batch;
  const out = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    out[b * T] = EOS_ID;
    for (let t = 1; t < T; t++) out[b * T + t] = targets[b * T + t - 1]!;
  }
  return out;
}

/** Throws a readable error when a token id is outside [0, vocab). */
export function checkIds(ids: Int32Array, vocab: number, what: string): void {
  for (let i = 0; i < ids.length; i++) {
    const v = ids[i]!;
    if (!(v >= 0 && v < vocab)) throw new Error(`${what} id ${v} at position ${i} is outside the vocabulary of ${vocab} tokens.`);
  }
}

/**
 * Mean cross-entropy (nats per counted target) of logits [N, V] against targets (length N) where
 * mask is 1. Scalar; caller disposes. Differentiable in the logits.
 */
export function maskedCrossEntropy(logits: tf.Tensor2D, targets: Int32Array, mask: Float32Array): tf.Scalar {
  const V = logits.shape[1];
  checkIds(targets, V, 'Target');
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  return tf.tidy(() => {
    const logp = tf.logSoftmax(logits);
    const picked = tf.sum(tf.mul(logp, tf.oneHot(tf.tensor1d(targets, 'int32'), V)), 1);
    return tf.div(tf.neg(tf.sum(tf.mul(picked, tf.tensor1d(mask)))), Math.max(1, count)) as tf.Scalar;
  });
}
