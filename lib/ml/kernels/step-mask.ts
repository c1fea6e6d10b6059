/**
 * Which rows are real at each time step, known on the host before any tensor exists (it comes from
 * the batch's Int32Array tokens). The scans use it to pick ops per step: a step where every row is
 * padding is skipped outright (state carried, as tf.layers does with a mask), a step where every row
 * is real pays no masking ops, and only mixed steps blend new and old state.
 */
import * as tf from '@tensorflow/tfjs';

export const STEP_OFF = 0;
export const STEP_ON = 1;
export const STEP_MIXED = 2;

export interface StepMask {
  readonly steps: number;
  readonly batch: number;
  /** Per step: STEP_OFF (all padding), STEP_ON (all real) or STEP_MIXED. */
  readonly kinds: Uint8Array;
  /** Time-major [T, B]: 1 where the row is real at that step, 0 on padding. */
  readonly values: Float32Array;
}

/**
 * From token ids [B, T] (row-major, as in a Batch), with `pad` marking padding.
 * Returns null when no position is padding (the scans then run without any mask op).
 */
export function stepMaskFromTokens(tokens: Int32Array, batch: number, steps: number, pad: number): StepMask | null {
  const values = new Float32Array(steps * batch);
  const kinds = new Uint8Array(steps);
  let anyPad = false;
  for (let t = 0; t < steps; t++) {
    let real = 0;
    for (let b = 0; b < batch; b++) {
      const on = tokens[b * steps + t] !== pad ? 1 : 0;
      values[t * batch + b] = on;
      real += on;
    }
    kinds[t] = real === batch ? STEP_ON : real === 0 ? STEP_OFF : STEP_MIXED;
    if (real !== batch) anyPad = true;
  }
  return anyPad ? { steps, batch, kinds, values } : null;
}

/** The mask of one step as [B, 1] (caller disposes). */
export function stepMaskTensor(mask: StepMask, t: number): tf.Tensor2D {
  return tf.tensor2d(mask.values.subarray(t * mask.batch, (t + 1) * mask.batch), [mask.batch, 1]);
}

/** The whole mask as [T, B, 1] (caller disposes). */
export function fullMaskTensor(mask: StepMask): tf.Tensor3D {
  return tf.tensor3d(mask.values, [mask.steps, mask.batch, 1]);
}

/** h_new where the row is real, h_old on padding: h_old + m ⊙ (h_new − h_old). Shapes [B, H]. */
export function blend(m: tf.Tensor2D, hNew: tf.Tensor2D, hOld: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(hOld, tf.mul(m, tf.sub(hNew, hOld))));
}
