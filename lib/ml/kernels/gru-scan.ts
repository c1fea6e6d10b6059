/**
 * Fused GRU scan with exactly tf.layers.gru's maths (tfjs 4.x only has reset_after = false, the
 * original Cho et al. form: the reset gate scales h BEFORE the recurrent matMul, one bias [3H]):
 *   [z, r] = σ(x·W_zr + b_zr + h·U_zr),  ĥ = tanh(x·W_h + b_h + (r⊙h)·U_h),  h' = z⊙h + (1 − z)⊙ĥ
 * Gate order of W, U, b: [z, r, h]. Shapes: xp [T, B, 3H], U [H, 3H], h0 [B, H].
 */
import * as tf from '@tensorflow/tfjs';
import type { ScanForward, ScanSpec } from './scan-types';
import { matMulTA, unstackSteps } from './tensor-util';
import { STEP_MIXED, STEP_OFF, blend, fullMaskTensor, stepMaskTensor } from './step-mask';

interface GruSteps {
  hs: tf.Tensor2D[]; // h_t [B, H]
  s: tf.Tensor2D[]; // [z, r] [B, 2H]
  hh: tf.Tensor2D[]; // candidate ĥ [B, H]
  rh: tf.Tensor2D[]; // r⊙h_prev [B, H]
}

function runSteps(xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, spec: ScanSpec, keep: boolean): GruSteps {
  const [T, B] = xp.shape;
  const H = U.shape[0];
  const [uzr, uh] = tf.split(U, [2 * H, H], 1) as tf.Tensor2D[];
  const [xzr, xh] = tf.split(xp, [2 * H, H], 2) as tf.Tensor3D[];
  const xzrs = unstackSteps(xzr!);
  const xhs = unstackSteps(xh!);
  tf.dispose([xzr!, xh!]);
  const out: GruSteps = { hs: [], s: [], hh: [], rh: [] };
  let zeros2: tf.Tensor2D | null = null;
  let zeros1: tf.Tensor2D | null = null;
  let h = h0;
  for (let t = 0; t < T; t++) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    if (kind === STEP_OFF) {
      tf.dispose([xzrs[t]!, xhs[t]!]);
      out.hs.push(h);
      if (keep) {
        zeros2 ??= tf.zeros([B, 2 * H]);
        zeros1 ??= tf.zeros([B, H]);
        out.s.push(zeros2);
        out.hh.push(zeros1);
        out.rh.push(zeros1);
      }
      continue;
    }
    const rec = tf.matMul(h, uzr!);
    const a = tf.add(rec, xzrs[t]!);
    const s = tf.sigmoid(a) as tf.Tensor2D;
    const [z, r] = tf.split(s, 2, 1) as tf.Tensor2D[];
    const rh = tf.mul(r!, h) as tf.Tensor2D;
    const recH = tf.matMul(rh, uh!);
    const ah = tf.add(recH, xhs[t]!);
    const hh = tf.tanh(ah) as tf.Tensor2D;
    const diff = tf.sub(h, hh);
    const zd = tf.mul(z!, diff);
    let hNew: tf.Tensor2D = tf.add(hh, zd);
    tf.dispose([rec, a, z!, r!, recH, ah, diff, zd, xzrs[t]!, xhs[t]!]);
    if (kind === STEP_MIXED) {
      const m = stepMaskTensor(spec.mask!, t);
      const hb = blend(m, hNew, h);
      tf.dispose([m, hNew]);
      hNew = hb;
    }
    out.hs.push(hNew);
    if (keep) {
      out.s.push(s);
      out.hh.push(hh);
      out.rh.push(rh);
    } else tf.dispose([s, hh, rh]);
    h = hNew;
  }
  tf.dispose([uzr!, uh!]);
  return out;
}

/** Training op: returns [T, B, H] (h per step; the last is the final state). */
export function gruScan(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D): tf.Tensor3D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xpIn, uIn, h0In, save] = args as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const st = runSteps(xpIn, uIn, h0In, spec, true);
    const value = tf.stack(st.hs) as tf.Tensor3D;
    const hPrev = tf.stack([h0In, ...st.hs.slice(0, st.hs.length - 1)]);
    save([tf.stack(st.s), tf.stack(st.hh), tf.stack(st.rh), hPrev, uIn]);
    return { value, gradFunc: (dy: tf.Tensor3D, saved: tf.Tensor[]) => backward(spec, dy, saved) };
  });
  return op(xp, U, h0) as tf.Tensor3D;
}

function backward(spec: ScanSpec, dy: tf.Tensor3D, saved: tf.Tensor[]): tf.Tensor[] {
  const [S, HH, RH, Hprev, U] = saved as [tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor2D];
  const [T, B, H] = HH.shape;
  // Transposed once: [2H, H] and [H, H], so the per-step matMuls need no transposeB.
  const [uzrT, uhT] = tf.tidy(() => tf.split(tf.transpose(U), [2 * H, H], 0) as tf.Tensor2D[]);
  // For all steps at once ([T, B, H]); x' = x(1 − x):
  //   P = (1 − z)(1 − ĥ²)  → ∂a_h = dh⊙P        Qz = (h_prev − ĥ)⊙z'  → ∂a_z = dh⊙Qz
  //   Qr = h_prev⊙r'       → ∂a_r = d(r⊙h)⊙Qr   Zm = z (1 on padded rows): dh_prev gets dh⊙Zm
  const [Ps, Qzs, Qrs, Zms, Rs] = tf.tidy(() => {
    const [Z, R] = tf.split(S, 2, 2) as tf.Tensor3D[];
    let P: tf.Tensor = tf.mul(tf.sub(1, Z!), tf.sub(1, tf.mul(HH, HH)));
    let Qz: tf.Tensor = tf.mul(tf.sub(Hprev, HH), tf.sub(Z!, tf.mul(Z!, Z!)));
    const Qr = tf.mul(Hprev, tf.sub(R!, tf.mul(R!, R!)));
    let Zm: tf.Tensor = Z!;
    if (spec.mask) {
      const M = fullMaskTensor(spec.mask);
      P = tf.mul(P, M);
      Qz = tf.mul(Qz, M);
      Zm = tf.add(tf.mul(Z!, M), tf.sub(1, M));
    }
    return [P, Qz, Qr, Zm, R!].map((x) => unstackSteps(x as tf.Tensor3D));
  });
  const dys = unstackSteps(dy);
  const dzrs: tf.Tensor2D[] = new Array(T);
  const dahs: tf.Tensor2D[] = new Array(T);
  const dhs: tf.Tensor2D[] = [];
  let zeros2: tf.Tensor2D | null = null;
  let zeros1: tf.Tensor2D | null = null;
  let dhRec: tf.Tensor2D | null = null;
  for (let t = T - 1; t >= 0; t--) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    const dh: tf.Tensor2D = dhRec ? tf.add(dhRec, dys[t]!) : dys[t]!;
    if (dhRec) dhRec.dispose();
    dhs.push(dh);
    if (kind === STEP_OFF) {
      zeros2 ??= tf.zeros([B, 2 * H]);
      zeros1 ??= tf.zeros([B, H]);
      dzrs[t] = zeros2;
      dahs[t] = zeros1;
      dhRec = spec.onStateGradSq ? tf.clone(dh) : dh;
      continue;
    }
    const dah: tf.Tensor2D = tf.mul(dh, Ps![t]!);
    const drh = tf.matMul(dah, uhT!);
    const daz = tf.mul(dh, Qzs![t]!);
    const dar = tf.mul(drh, Qrs![t]!);
    const dzr = tf.concat([daz, dar], 1) as tf.Tensor2D;
    const rec = tf.matMul(dzr, uzrT!);
    const viaZ = tf.mul(dh, Zms![t]!);
    const viaR = tf.mul(drh, Rs![t]!);
    const sum1 = tf.add(rec, viaZ);
    const dhPrev: tf.Tensor2D = tf.add(sum1, viaR);
    tf.dispose([drh, daz, dar, rec, viaZ, viaR, sum1, Ps![t]!, Qzs![t]!, Qrs![t]!, Zms![t]!, Rs![t]!]);
    if (!spec.onStateGradSq) dh.dispose();
    dhRec = dhPrev;
    dzrs[t] = dzr;
    dahs[t] = dah;
  }
  // On a mixed step the padded rows got dh⊙Zm = dh (pass-through) and zero from the rest.
  if (spec.onStateGradSq) {
    const sq = tf.tidy(() => tf.sum(tf.square(tf.stack(dhs.reverse())), [1, 2])) as tf.Tensor1D;
    spec.onStateGradSq(tf.keep(sq));
  }
  tf.dispose([uzrT!, uhT!]);
  const dAzr = tf.stack(dzrs);
  const dAh = tf.stack(dahs);
  const dXp = tf.concat([dAzr, dAh], 2) as tf.Tensor3D;
  const dUzr = matMulTA(tf.reshape(Hprev, [T * B, H]), tf.reshape(dAzr, [T * B, 2 * H]));
  const dUh = matMulTA(tf.reshape(RH, [T * B, H]), tf.reshape(dAh, [T * B, H]));
  return [dXp, tf.concat([dUzr, dUh], 1), dhRec!];
}

/** Forward only (scoring, decoding, probes). `gates` adds z, r and the candidate ĥ per step. */
export function gruForward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, gates = false): ScanForward {
  return tf.tidy(() => {
    const st = runSteps(xp, U, h0, spec, gates);
    const outputs = tf.stack(st.hs) as tf.Tensor3D;
    const final = [st.hs[st.hs.length - 1]!];
    if (!gates) return { outputs, final };
    const [z, r] = tf.split(tf.stack(st.s), 2, 2) as tf.Tensor3D[];
    return { outputs, final, gates: { z: z!, r: r!, candidate: tf.stack(st.hh) as tf.Tensor3D } };
  });
}
