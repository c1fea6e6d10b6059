/**
 * LSTM scan driven from JS over the wasm SIMD cell kernels (wasm/cells.as): per step only the
 * recurrent matMul runs as a tfjs op (XNNPACK on tfjs-wasm); the gates, the cell update, masking and
 * the whole pointwise backward are ONE kernel call each, on data that stays in the kernel's memory
 * between forward and backward. Same maths, shapes and results as lstm-scan.ts (the op version, used
 * where this one cannot run): xp [T, B, 4H], U [H, 4H], h0/c0 [B, H] → packed [T + 1, B, H].
 */
import * as tf from '@tensorflow/tfjs';
import type { ScanForward, ScanSpec } from './scan-types';
import { STEP_OFF, STEP_ON } from './step-mask';
import { matMulTA } from './tensor-util';
import { Arena } from './wasm/arena';

interface Layout {
  T: number; B: number; H: number;
  xp: number; h: number; c: number; acts: number; tc: number; rec: number; mask: number;
}

/** Runs the forward recurrence into a fresh arena; the arena holds everything the backward needs. */
function forward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D): { a: Arena; L: Layout } {
  const [T, B, G] = xp.shape;
  const H = G / 4;
  const a = Arena.acquire();
  const n = B * H;
  const L: Layout = {
    T, B, H,
    xp: a.alloc(T * B * G), h: a.alloc((T + 1) * n), c: a.alloc((T + 1) * n), acts: a.alloc(T * B * G),
    tc: a.alloc(T * n), rec: a.alloc(B * G), mask: a.alloc(T * B),
  };
  a.f32(L.xp, T * B * G).set(xp.dataSync() as Float32Array);
  a.f32(L.h, n).set(h0.dataSync() as Float32Array);
  a.f32(L.c, n).set(c0.dataSync() as Float32Array);
  if (spec.mask) a.f32(L.mask, T * B).set(spec.mask.values);
  for (let t = 0; t < T; t++) {
    const kind = spec.mask ? spec.mask.kinds[t]! : STEP_ON;
    let rec = 0;
    if (kind !== STEP_OFF) {
      const r = tf.tidy(() => tf.matMul(t === 0 ? h0 : tf.tensor2d(a.out(L.h + 4 * t * n, n), [B, H]), U));
      a.f32(L.rec, B * G).set(r.dataSync() as Float32Array);
      r.dispose();
      rec = L.rec;
    }
    const maskRow = kind === STEP_ON ? 0 : L.mask + 4 * t * B;
    a.k.lstmForward(rec, L.xp + 4 * t * B * G, L.h + 4 * t * n, L.c + 4 * t * n, maskRow, L.acts + 4 * t * B * G, L.c + 4 * (t + 1) * n, L.tc + 4 * t * n, L.h + 4 * (t + 1) * n, B, H);
  }
  return { a, L };
}

/** [h_1..h_T, c_T] as one tensor [T + 1, B, H]. */
function packed(a: Arena, L: Layout): tf.Tensor3D {
  const n = L.B * L.H;
  const out = new Float32Array((L.T + 1) * n);
  out.set(a.f32(L.h + 4 * n, L.T * n));
  out.set(a.f32(L.c + 4 * L.T * n, n), L.T * n);
  return tf.tensor3d(out, [L.T + 1, L.B, L.H]);
}

/** Training op (tf.customGrad), same contract as lstmScan in lstm-scan.ts. */
export function wasmLstmScan(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D): tf.Tensor3D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xpIn, uIn, h0In, c0In, save] = args as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const { a, L } = forward(spec, xpIn, uIn, h0In, c0In);
    save([uIn]);
    return {
      value: packed(a, L),
      gradFunc: (dy: tf.Tensor3D, saved: tf.Tensor[]) => {
        try {
          return backward(spec, a, L, dy, saved[0] as tf.Tensor2D);
        } finally {
          a.release();
        }
      },
    };
  });
  return op(xp, U, h0, c0) as tf.Tensor3D;
}

function backward(spec: ScanSpec, a: Arena, L: Layout, dy: tf.Tensor3D, U: tf.Tensor2D): tf.Tensor[] {
  const { T, B, H } = L;
  const n = B * H;
  const G = 4 * H;
  const P = { dy: a.alloc((T + 1) * n), dh: a.alloc(T * n), dz: a.alloc(T * B * G), dcA: a.alloc(n), dcB: a.alloc(n), rec: a.alloc(n) };
  a.f32(P.dy, (T + 1) * n).set(dy.dataSync() as Float32Array);
  const UT = tf.transpose(U); // [4H, H]: the per-step matMul stays off the slow transposeB path
  let rec = 0;
  let [dcIn, dcOut] = [P.dy + 4 * T * n, P.dcA]; // ∂L/∂c_T arrives in the last slot of dy
  const kindOf = (t: number) => (spec.mask ? spec.mask.kinds[t]! : STEP_ON);
  for (let t = T - 1; t >= 0; t--) {
    const passes = t < T - 1 && kindOf(t + 1) !== STEP_ON;
    const maskRow = kindOf(t) === STEP_ON ? 0 : L.mask + 4 * t * B;
    a.k.lstmBackward(rec, P.dy + 4 * t * n, passes ? P.dh + 4 * (t + 1) * n : 0, passes ? L.mask + 4 * (t + 1) * B : 0, dcIn,
      L.acts + 4 * t * B * G, L.c + 4 * t * n, L.tc + 4 * t * n, maskRow, P.dh + 4 * t * n, P.dz + 4 * t * B * G, dcOut, B, H);
    rec = 0;
    if (kindOf(t) !== STEP_OFF) {
      const r = tf.tidy(() => tf.matMul(tf.tensor2d(a.out(P.dz + 4 * t * B * G, B * G), [B, G]), UT));
      a.f32(P.rec, n).set(r.dataSync() as Float32Array);
      r.dispose();
      rec = P.rec;
    }
    [dcIn, dcOut] = [dcOut, dcIn === P.dy + 4 * T * n ? P.dcB : dcIn];
  }
  UT.dispose();
  // ∂L/∂h0: the recurrent part of step 0 plus what padded rows of step 0 pass straight through.
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
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let i = t * n; i < (t + 1) * n; i++) s += dh[i]! * dh[i]!;
      sq[t] = s;
    }
    spec.onStateGradSq(tf.keep(tf.tensor1d(sq)));
  }
  const dXp = tf.tensor3d(a.out(P.dz, T * B * G), [T, B, G]);
  const dU = tf.tidy(() => matMulTA(tf.tensor2d(a.out(L.h, T * n), [T * B, H]), tf.reshape(dXp, [T * B, G]) as tf.Tensor2D));
  return [dXp, dU, tf.tensor2d(dh0, [B, H]), tf.tensor2d(a.out(dcIn, n), [B, H])];
}

/** Forward only, same contract as lstmForward in lstm-scan.ts. Caller disposes. */
export function wasmLstmForward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D, gates = false): ScanForward {
  const { a, L } = forward(spec, xp, U, h0, c0);
  try {
    const { T, B, H } = L;
    const n = B * H;
    const outputs = tf.tensor3d(a.out(L.h + 4 * n, T * n), [T, B, H]);
    const final = [tf.tensor2d(a.out(L.h + 4 * T * n, n), [B, H]), tf.tensor2d(a.out(L.c + 4 * T * n, n), [B, H])];
    if (!gates) return { outputs, final };
    const g = tf.tidy(() => {
      const [i, f, gg, o] = tf.split(tf.tensor3d(a.out(L.acts, T * B * 4 * H), [T, B, 4 * H]), 4, 2) as tf.Tensor3D[];
      return { i: i!, f: f!, g: gg!, o: o!, c: tf.tensor3d(a.out(L.c + 4 * n, T * n), [T, B, H]) };
    });
    return { outputs, final, gates: g };
  } finally {
    a.release();
  }
}
