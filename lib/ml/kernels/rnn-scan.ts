/**
 * Fused vanilla RNN scan (Elman): h' = act(x·W + b + h·U), act = tanh or relu, as tf.layers.simpleRNN.
 * Shapes: xp [T, B, H] (x·W + b for every step), U [H, H], h0 [B, H].
 * Backward per step: da = dh⊙act'(·) (precomputed for all steps from the outputs), dh_prev = da·Uᵀ.
 */
import * as tf from '@tensorflow/tfjs';
import type { ScanForward, ScanSpec } from './scan-types';
import { matMulTA, unstackSteps } from './tensor-util';
import { STEP_MIXED, STEP_OFF, blend, fullMaskTensor, stepMaskTensor } from './step-mask';

function runSteps(xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, spec: ScanSpec): tf.Tensor2D[] {
  const xs = unstackSteps(xp);
  const hs: tf.Tensor2D[] = [];
  let h = h0;
  for (let t = 0; t < xs.length; t++) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    if (kind === STEP_OFF) {
      xs[t]!.dispose();
      hs.push(h);
      continue;
    }
    const rec = tf.matMul(h, U);
    const a = tf.add(rec, xs[t]!);
    let hNew = (spec.activation === 'relu' ? tf.relu(a) : tf.tanh(a)) as tf.Tensor2D;
    tf.dispose([rec, a, xs[t]!]);
    if (kind === STEP_MIXED) {
      const m = stepMaskTensor(spec.mask!, t);
      const hb = blend(m, hNew, h);
      tf.dispose([m, hNew]);
      hNew = hb;
    }
    hs.push(hNew);
    h = hNew;
  }
  return hs;
}

/** Training op: returns [T, B, H] (h per step; the last is the final state). */
export function rnnScan(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): tf.Tensor3D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xpIn, uIn, h0In, save] = args as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const hs = runSteps(xpIn, uIn, h0In, spec);
    const value = tf.stack(hs) as tf.Tensor3D;
    save([value, tf.stack([h0In, ...hs.slice(0, hs.length - 1)]), uIn]);
    return { value, gradFunc: (dy: tf.Tensor3D, saved: tf.Tensor[]) => backward(spec, dy, saved) };
  });
  return op(xp, U, h0) as tf.Tensor3D;
}

function backward(spec: ScanSpec, dy: tf.Tensor3D, saved: tf.Tensor[]): tf.Tensor[] {
  const [Hs, Hprev, U] = saved as [tf.Tensor3D, tf.Tensor3D, tf.Tensor2D];
  const [T, B, H] = Hs.shape;
  // act'(a) from the outputs for all steps: tanh' = 1 − h², relu' = [h > 0]; 0 on padded rows.
  const Ds = tf.tidy(() => {
    let D: tf.Tensor = spec.activation === 'relu' ? tf.cast(tf.greater(Hs, 0), 'float32') : tf.sub(1, tf.mul(Hs, Hs));
    if (spec.mask) D = tf.mul(D, fullMaskTensor(spec.mask));
    return unstackSteps(D as tf.Tensor3D);
  });
  const UT = tf.transpose(U);
  const dys = unstackSteps(dy);
  const das: tf.Tensor2D[] = new Array(T);
  const dhs: tf.Tensor2D[] = [];
  let zeros: tf.Tensor2D | null = null;
  let dhRec: tf.Tensor2D | null = null;
  for (let t = T - 1; t >= 0; t--) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    const dh: tf.Tensor2D = dhRec ? tf.add(dhRec, dys[t]!) : dys[t]!;
    if (dhRec) dhRec.dispose();
    dhs.push(dh);
    if (kind === STEP_OFF) {
      zeros ??= tf.zeros([B, H]);
      das[t] = zeros;
      dhRec = spec.onStateGradSq ? tf.clone(dh) : dh;
      continue;
    }
    const da: tf.Tensor2D = tf.mul(dh, Ds[t]!);
    let rec: tf.Tensor2D = tf.matMul(da, UT);
    if (kind === STEP_MIXED) {
      const m = stepMaskTensor(spec.mask!, t);
      const pass = tf.tidy(() => tf.add(rec, tf.mul(dh, tf.sub(1, m)))) as tf.Tensor2D;
      tf.dispose([m, rec]);
      rec = pass;
    }
    Ds[t]!.dispose();
    if (!spec.onStateGradSq) dh.dispose();
    dhRec = rec;
    das[t] = da;
  }
  if (spec.onStateGradSq) {
    const sq = tf.tidy(() => tf.sum(tf.square(tf.stack(dhs.reverse())), [1, 2])) as tf.Tensor1D;
    spec.onStateGradSq(tf.keep(sq));
  }
  UT.dispose();
  const dXp = tf.stack(das) as tf.Tensor3D;
  const dU = matMulTA(tf.reshape(Hprev, [T * B, H]), tf.reshape(dXp, [T * B, H]));
  return [dXp, dU, dhRec!];
}

/** Forward only (scoring, decoding, probes). */
export function rnnForward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): ScanForward {
  return tf.tidy(() => {
    const hs = runSteps(xp, U, h0, spec);
    return { outputs: tf.stack(hs) as tf.Tensor3D, final: [hs[hs.length - 1]!] };
  });
}
