/**
 * Shared types of the fused recurrent scans (kernels/*-scan.ts, kernels/wasm-*-scan.ts).
 *
 * Every scan is time-major. Its input is the input projection for ALL steps at once,
 * xp = x·W + b of shape [T, B, G·H] (one big matMul outside the scan), the recurrent matrix
 * U [H, G·H] and the initial state(s) [B, H]. Per step a scan does one small matMul (two for gru) and
 * either a handful of tfjs elementwise ops or one wasm SIMD kernel call; the backward is written out
 * by hand (tf.customGrad) and ∂L/∂U is one matMul over all steps. See lib/ml/README.md.
 */
import type * as tf from '@tensorflow/tfjs';
import type { StepMask } from './step-mask';

export interface ScanSpec {
  readonly activation: 'tanh' | 'relu';
  /** Padding per step (null: every position real). Masked rows keep their state, as in tf.layers. */
  readonly mask: StepMask | null;
  /**
   * Receives ‖∂L/∂h_t‖² for every step t (summed over batch and units), shape [T], during the
   * backward pass — the vanishing/exploding-gradient picture. The tensor is kept; the receiver disposes it.
   */
  readonly onStateGradSq?: (sq: tf.Tensor1D) => void;
}

/** Forward-only result (inference, probes). Caller disposes everything. */
export interface ScanForward {
  /** [T, B, H]: h_t per step (on padded rows: the previous h, as tf.layers outputs). */
  readonly outputs: tf.Tensor3D;
  /** Final state per slot: [h_T] or, for lstm, [h_T, c_T]; each [B, H]. */
  readonly final: tf.Tensor2D[];
  /** Per-step gate activations when asked for (probe): name → [T, B, H] tensors. */
  readonly gates?: Record<string, tf.Tensor3D>;
}
