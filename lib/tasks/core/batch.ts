/**
 * Turning examples (token ids without padding) into the typed-array batches of types.ts.
 * Inputs are padded at the FRONT for both `classify` and `encode-decode`: an RNN reads left to
 * right, so front padding puts the last real token right before the final state that the
 * classifier (or the decoder, as its context) uses.
 */
import { EOS_ID, type Batch, type TaskShape } from '../types';

/** One example in ids, before padding. */
export interface Example {
  /** Input ids, no padding (absent for `vec-decode`). */
  readonly input?: ArrayLike<number>;
  /** `vec-decode` only: the feature vector, length shape.featureDim. */
  readonly features?: ArrayLike<number>;
  /** `classify`: [classId]; decoders: the answer's ids without EOS. */
  readonly target: ArrayLike<number>;
}

/** Packs examples into one batch with the shape's fixed lengths (inLen, outLen). */
export function makeBatch(shape: TaskShape, examples: readonly Example[]): Batch {
  const B = examples.length;
  const inLen = shape.head === 'vec-decode' ? 0 : shape.inLen;
  const outLen = shape.outLen;
  const inputs = shape.head === 'vec-decode' ? undefined : new Int32Array(B * inLen);
  const D = shape.featureDim ?? 0;
  const features = shape.head === 'vec-decode' ? new Float32Array(B * D) : undefined;
  const targets = new Int32Array(B * outLen);
  const targetMask = new Float32Array(B * outLen);
  for (let b = 0; b < B; b++) {
    const ex = examples[b]!;
    if (inputs) {
      const x = ex.input!;
      if (x.length > inLen) throw new Error(`Input of ${x.length} tokens does not fit this task's length ${inLen}.`);
      inputs.set(x, b * inLen + inLen - x.length);
    }
    if (features) features.set(ex.features!, b * D);
    const y = ex.target;
    if (shape.head === 'classify') {
      targets[b] = y[0]!;
      targetMask[b] = 1;
      continue;
    }
    if (y.length + 1 > outLen) throw new Error(`Answer of ${y.length} tokens plus EOS does not fit this task's ${outLen} output steps.`);
    targets.set(y, b * outLen);
    targets[b * outLen + y.length] = EOS_ID;
    targetMask.fill(1, b * outLen, b * outLen + y.length + 1);
  }
  return { batchSize: B, inLen, outLen, inputs, features, targets, targetMask };
}

/** Row `row` of a [rows, width] array, without copying. */
export function rowOf<T extends Int32Array | Float32Array>(data: T, row: number, width: number): T {
  return data.subarray(row * width, (row + 1) * width) as T;
}
