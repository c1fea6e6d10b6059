/**
 * Vanilla RNN scan over the wasm cell kernels (wasm/cells.as), the counterpart of wasm-lstm-scan.ts:
 * per step one tfjs matMul plus one kernel call, forward and backward. Same contract as rnn-scan.ts:
 * xp [T, B, H], U [H, H], h0 [B, H] → outputs [T, B, H].
 */
import * as tf from '@tensorflow/tfjs';
import type { ScanForward, ScanSpec } from './scan-types';
import { STEP_OFF, STEP_ON } from './step-mask';
import { matMulTA } from './tensor-util';
import { Arena } from './wasm/arena';

interface Layout {
  T: number; B: number; H: number;
  xp: number; h: number; rec: number; mask: number;
}

function forward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): { a: Arena; L: Layout } {
  const [T, B, H] = xp.shape;
  const n = B * H;
  const a = Arena.acquire();
  const L: Layout = { T, B, H, xp: a.alloc(T * n), h: a.alloc((T + 1) * n), rec: a.alloc(n), mask: a.alloc(T * B) };
  a.f32(L.xp, T * n).set(xp.dataSync() as Float32Array);
  a.f32(L.h, n).set(h0.dataSync() as Float32Array);
  if (spec.mask) a.f32(L.mask, T * B).set(spec.mask.values);
  const relu = spec.activation === 'relu' ? 1 : 0;
  for (let t = 0; t < T; t++) {
    const kind = spec.mask ? spec.mask.kinds[t]! : STEP_ON;
    let rec = 0;
    if (kind !== STEP_OFF) {
      const r = tf.tidy(() => tf.matMul(t === 0 ? h0 : tf.tensor2d(a.out(L.h + 4 * t * n, n), [B, H]), U));
      a.f32(L.rec, n).set(r.dataSync() as Float32Array);
      r.dispose();
      rec = L.rec;
    }
    a.k.rnnForward(rec, L.xp + 4 * t * n, L.h + 4 * t * n, kind === STEP_ON ? 0 : L.mask + 4 * t * B, L.h + 4 * (t + 1) * n, B, H, relu);
  }
  return { a, L };
}

/** Training op (tf.customGrad), same contract as rnnScan in rnn-scan.ts. */
export function wasmRnnScan(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): tf.Tensor3D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xpIn, uIn, h0In, save] = args as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const { a, L } = forward(spec, xpIn, uIn, h0In);
    save([uIn]);
    const n = L.B * L.H;
    return {
      value: tf.tensor3d(a.out(L.h + 4 * n, L.T * n), [L.T, L.B, L.H]),
      gradFunc: (dy: tf.Tensor3D, saved: tf.Tensor[]) => {
        try {
          return backward(spec, a, L, dy, saved[0] as tf.Tensor2D);
        } finally {
          a.release();
        }
      },
    };
  });
  return op(xp, U, h0) as tf.Tensor3D;
}

function backward(spec: ScanSpec, a: Arena, L: Layout, dy: tf.Tensor3D, U: tf.Tensor2D): tf.Tensor[] {
  const { T, B, H } = L;
  const n = B * H;
  const P = { dy: a.alloc(T * n), dh: a.alloc(T * n), da: a.alloc(T * n), rec: a.alloc(n) };
  a.f32(P.dy, T * n).set(dy.dataSync() as Float32Array);
  const UT = tf.transpose(U);
  const relu = spec.activation === 'relu' ? 1 : 0;
  const kindOf = (t: number) => (spec.mask ? spec.mask.kinds[t]! : STEP_ON);
  let rec = 0;
  for (let t = T - 1; t >= 0; t--) {
    const passes = t < T - 1 && kindOf(t + 1) !== STEP_ON;
    a.k.rnnBackward(rec, P.dy + 4 * t * n, passes ? P.dh + 4 * (t + 1) * n : 0, passes ? L.mask + 4 * (t + 1) * B : 0,
      L.h + 4 * (t + 1) * n, kindOf(t) === STEP_ON ? 0 : L.mask + 4 * t * B, P.dh + 4 * t * n, P.da + 4 * t * n, B, H, relu);
    rec = 0;
    if (kindOf(t) !== STEP_OFF) {
      const r = tf.tidy(() => tf.matMul(tf.tensor2d(a.out(P.da + 4 * t * n, n), [B, H]), UT));
      a.f32(P.rec, n).set(r.dataSync() as Float32Array);
      r.dispose();
      rec = P.rec;
    }
  }
  UT.dispose();
  const dh0 = new Float32Array(n);
  if (rec) dh0.set(a.f32(rec, n));
  if (kindOf(0) !== STEP_ON) {
    const dh = a.f32(P.dh, n);
    const m = a.f32(L.mask, B);
    for (let b = 0; b < B; b++) for (let j = 0; j < H; j++) dh0[b * H + j] += (1 - m[b]!) * dh[b * H + j]!;
  }
  if (spec.onStateGradSq) {
    const dh = a.f32(P.dh, T * n);
    const sq = new Float32Array(T);
    for (let t = 0; t < T; t++) for (let i = t * n; i < (t + 1) * n; i++) sq[t] += dh[i]! * dh[i]!;
    spec.onStateGradSq(tf.keep(tf.tensor1d(sq)));
  }
  const dXp = tf.tensor3d(a.out(P.da, T * n), [T, B, H]);
  const dU = tf.tidy(() => matMulTA(tf.tensor2d(a.out(L.h, T * n), [T * B, H]), tf.reshape(dXp, [T * B, H]) as tf.Tensor2D));
  return [dXp, dU, tf.tensor2d(dh0, [B, H])];
}

/** Forward only, same contract as rnnForward in rnn-scan.ts. Caller disposes. */
export function wasmRnnForward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): ScanForward {
  const { a, L } = forward(spec, xp, U, h0);
  try {
    const n = L.B * L.H;
    return { outputs: tf.tensor3d(a.out(L.h + 4 * n, L.T * n), [L.T, L.B, L.H]), final: [tf.tensor2d(a.out(L.h + 4 * L.T * n, n), [L.B, L.H])] };
  } finally {
    a.release();
  }
}
