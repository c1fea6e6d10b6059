/**
 * One entry point over the three fused scans, in terms of state slots: every cell carries h, the
 * lstm also c. Inputs and outputs are time-major; see scan-types.ts for the design.
 */
import * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../config';
import { gruForward, gruScan } from './gru-scan';
import { lstmForward, lstmScan } from './lstm-scan';
import { rnnForward, rnnScan } from './rnn-scan';
import type { ScanForward, ScanSpec } from './scan-types';
import { cellModule } from './wasm/arena';
import { wasmLstmForward, wasmLstmScan } from './wasm-lstm-scan';
import { wasmRnnForward, wasmRnnScan } from './wasm-rnn-scan';

export type { ScanForward, ScanSpec } from './scan-types';

/**
 * 'wasm': the JS-driven scans over the wasm SIMD cell kernels (lstm and rnn; gru falls back to ops);
 * 'ops': every step as tfjs ops (portable; the only choice on GPU backends);
 * 'auto': wasm where WebAssembly SIMD is available and the tfjs backend is not a GPU one.
 */
export type ScanImplementation = 'auto' | 'wasm' | 'ops';
let implementation: ScanImplementation = 'auto';

/** Chooses the scan implementation (tests and the bench compare both). Returns the previous one. */
export function setScanImplementation(impl: ScanImplementation): ScanImplementation {
  const prev = implementation;
  implementation = impl;
  return prev;
}

function useWasm(cell: CellKind): boolean {
  if (cell === 'gru' || implementation === 'ops') return false;
  if (implementation === 'wasm') return true;
  const backend = tf.getBackend();
  return backend !== 'webgl' && backend !== 'webgpu' && cellModule() !== null;
}

export interface ScanTrainResult {
  /** [T, B, H] */
  readonly outputs: tf.Tensor3D;
  /** Final state slots, [B, H] each: [h] or, for lstm, [h, c]. Differentiable. */
  readonly final: tf.Tensor2D[];
}

/**
 * Differentiable scan for training (inside tf.variableGrads / tf.grads). xp [T, B, G·H], U [H, G·H],
 * init: one [B, H] tensor per state slot. Returned tensors belong to the caller's scope.
 */
export function scanTrain(cell: CellKind, spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, init: readonly tf.Tensor2D[]): ScanTrainResult {
  const T = xp.shape[0];
  if (cell === 'lstm') {
    const packed = (useWasm(cell) ? wasmLstmScan : lstmScan)(spec, xp, U, init[0]!, init[1]!);
    const [outputs, cT] = tf.split(packed, [T, 1], 0) as tf.Tensor3D[];
    const hT = tf.squeeze(tf.slice(outputs!, [T - 1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
    return { outputs: outputs!, final: [hT, tf.squeeze(cT!, [0]) as tf.Tensor2D] };
  }
  const outputs = cell === 'gru' ? gruScan(spec, xp, U, init[0]!) : (useWasm(cell) ? wasmRnnScan : rnnScan)(spec, xp, U, init[0]!);
  const hT = tf.squeeze(tf.slice(outputs, [T - 1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
  return { outputs, final: [hT] };
}

/** Forward only; with `gates` the per-step gate activations come back too (probe). Caller disposes. */
export function scanForward(cell: CellKind, spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, init: readonly tf.Tensor2D[], gates = false): ScanForward {
  if (cell === 'lstm') return (useWasm(cell) ? wasmLstmForward : lstmForward)(spec, xp, U, init[0]!, init[1]!, gates);
  if (cell === 'gru') return gruForward(spec, xp, U, init[0]!, gates);
  return (useWasm(cell) ? wasmRnnForward : rnnForward)(spec, xp, U, init[0]!);
}
