/**
 * Small helpers that route around slow paths of the tfjs backends we train on (measured on
 * tfjs-backend-wasm 4.22 in Node, see lib/ml/README.md):
 * - matMul with transposeA falls off XNNPACK (~20 ms for [1600,64]ᵀ·[1600,256] instead of ~1.7 ms with
 *   an explicit transpose first); transposeB is ~10× slower than a pre-transposed operand;
 * - tf.unstack / tf.slice on wasm copy the WHOLE input per output (readSync), so unstacking
 *   [50, 32, 256] costs ~15 ms; one host round trip costs ~0.7 ms.
 */
import * as tf from '@tensorflow/tfjs';

/** True where a tensor's data lives in GPU memory (a host round trip would stall the pipeline). */
function onGpu(): boolean {
  const name = tf.getBackend();
  return name === 'webgl' || name === 'webgpu';
}

/** x [T, B, N] → T tensors [B, N] (caller disposes). */
export function unstackSteps(x: tf.Tensor3D): tf.Tensor2D[] {
  if (onGpu()) return tf.unstack(x) as tf.Tensor2D[];
  const [T, B, N] = x.shape;
  const data = x.dataSync() as Float32Array;
  const out: tf.Tensor2D[] = new Array(T);
  for (let t = 0; t < T; t++) out[t] = tf.tensor2d(data.subarray(t * B * N, (t + 1) * B * N), [B, N]);
  return out;
}

/** aᵀ·b for a [K, M], b [K, N] → [M, N], without the slow transposeA path. Caller disposes. */
export function matMulTA(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.matMul(tf.transpose(a), b));
}

/**
 * y = x·W + b for x [N, D], W [D, M], b [M] → [N, M], differentiable, with the backward written so
 * every matMul stays on the fast path: ∂W = (xᵀ)·dy, ∂x = dy·(Wᵀ), ∂b = Σ_rows dy.
 * `inputGrad: false` skips ∂x (one-hot inputs, features) and returns zeros instead.
 */
export function dense(x: tf.Tensor2D, W: tf.Tensor2D, b: tf.Tensor1D, inputGrad = true): tf.Tensor2D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xIn, wIn, bIn, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    save([xIn, wIn]);
    const value = tf.add(tf.matMul(xIn, wIn), bIn) as tf.Tensor2D;
    return {
      value,
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
        const dx = inputGrad ? tf.matMul(dy, tf.transpose(ws)) : tf.zerosLike(xs);
        return [dx, matMulTA(xs, dy), tf.sum(dy, 0)];
      },
    };
  });
  return op(x, W, b) as tf.Tensor2D;
}

/**
 * Rows of W for token ids: W [V, M], ids (length N) → [N, M]. Equals oneHot(ids)·W without the N×V
 * one-hot matMul. tf.gather's own gradient needs UnsortedSegmentSum, which tfjs-wasm lacks, so the
 * backward is written here: a scatter-add on the host (CPU-side backends), oneHot(ids)ᵀ·dy on GPUs.
 */
export function embeddingLookup(ids: Int32Array, W: tf.Tensor2D): tf.Tensor2D {
  const [V, M] = W.shape;
  const op = tf.customGrad((...args: unknown[]) => {
    const [wIn] = args as [tf.Tensor2D];
    const value = tf.tidy(() => tf.gather(wIn, tf.tensor1d(ids, 'int32'))) as tf.Tensor2D;
    return {
      value,
      gradFunc: (dy: tf.Tensor2D) => {
        if (onGpu()) return tf.tidy(() => matMulTA(tf.oneHot(tf.tensor1d(ids, 'int32'), V) as tf.Tensor2D, dy));
        const d = dy.dataSync() as Float32Array;
        const out = new Float32Array(V * M);
        for (let n = 0; n < ids.length; n++) {
          const src = n * M;
          const dst = ids[n]! * M;
          for (let j = 0; j < M; j++) out[dst + j] += d[src + j]!;
        }
        return tf.tensor2d(out, [V, M]);
      },
    };
  });
  return op(W) as tf.Tensor2D;
}
