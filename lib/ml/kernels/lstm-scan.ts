/**
 * Fused LSTM scan: forward over the whole sequence and a hand-written backward (tf.customGrad).
 * Same maths and gate order as tf.layers.lstm with recurrentActivation 'sigmoid':
 *   z = x·W + b + h·U  (blocks [i, f, g, o]),  i,f,o = σ(·), g = tanh(·)
 *   c' = f⊙c + i⊙g,  h' = o⊙tanh(c')
 * Shapes: xp [T, B, 4H] (x·W + b for every step), U [H, 4H], h0/c0 [B, H].
 */
import * as tf from '@tensorflow/tfjs';
import type { ScanForward, ScanSpec } from './scan-types';
import { matMulTA, unstackSteps } from './tensor-util';
import { STEP_MIXED, STEP_OFF, blend, fullMaskTensor, stepMaskTensor } from './step-mask';

interface LstmSteps {
  hs: tf.Tensor2D[]; // h_t [B, H]
  cs: tf.Tensor2D[]; // c_t [B, H]
  s: tf.Tensor2D[]; // σ(z_t) [B, 4H] (the g block unused)
  g: tf.Tensor2D[]; // tanh(z_g) [B, H]
  tc: tf.Tensor2D[]; // tanh(c_t) before masking [B, H]
}

/**
 * Runs the recurrence. With `keep` the per-step activations are returned for the backward pass or a
 * probe; otherwise they are disposed at once. Steps where every row is padding reuse the previous
 * state tensors (the same objects appear twice in hs/cs). Caller disposes everything returned.
 */
function runSteps(xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D, spec: ScanSpec, keep: boolean): LstmSteps {
  const [T, B] = xp.shape;
  const H = U.shape[0];
  const xs = unstackSteps(xp);
  const out: LstmSteps = { hs: [], cs: [], s: [], g: [], tc: [] };
  let zeros4: tf.Tensor2D | null = null;
  let zeros1: tf.Tensor2D | null = null;
  let h = h0;
  let c = c0;
  for (let t = 0; t < T; t++) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    if (kind === STEP_OFF) {
      xs[t]!.dispose();
      out.hs.push(h);
      out.cs.push(c);
      if (keep) {
        zeros4 ??= tf.zeros([B, 4 * H]);
        zeros1 ??= tf.zeros([B, H]);
        out.s.push(zeros4);
        out.g.push(zeros1);
        out.tc.push(zeros1);
      }
      continue;
    }
    const rec = tf.matMul(h, U);
    const z = tf.add(rec, xs[t]!) as tf.Tensor2D;
    rec.dispose();
    xs[t]!.dispose();
    // One sigmoid over all 4H columns is cheaper than three slices + three sigmoids; the g block of
    // s is simply unused.
    const s = tf.sigmoid(z);
    const [i, f, unused, o] = tf.split(s, 4, 1) as tf.Tensor2D[];
    unused!.dispose();
    const zg = tf.slice(z, [0, 2 * H], [B, H]);
    z.dispose();
    const g = tf.tanh(zg);
    zg.dispose();
    const fc = tf.mul(f!, c);
    const ig = tf.mul(i!, g);
    let cNew: tf.Tensor2D = tf.add(fc, ig);
    const tc = tf.tanh(cNew);
    let hNew: tf.Tensor2D = tf.mul(o!, tc);
    tf.dispose([fc, ig, i!, f!, o!]);
    if (kind === STEP_MIXED) {
      const m = stepMaskTensor(spec.mask!, t);
      const [hb, cb] = [blend(m, hNew, h), blend(m, cNew, c)];
      tf.dispose([m, hNew, cNew]);
      [hNew, cNew] = [hb, cb];
    }
    out.hs.push(hNew);
    out.cs.push(cNew);
    if (keep) {
      out.s.push(s);
      out.g.push(g);
      out.tc.push(tc);
    } else tf.dispose([s, g, tc]);
    h = hNew;
    c = cNew;
  }
  return out;
}

/** Training op: returns packed [T + 1, B, H] = [h_0..h_{T-1}, c_T]; differentiable in all inputs. */
export function lstmScan(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D): tf.Tensor3D {
  const op = tf.customGrad((...args: unknown[]) => {
    const [xpIn, uIn, h0In, c0In, save] = args as [tf.Tensor3D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    const T = xpIn.shape[0];
    const st = runSteps(xpIn, uIn, h0In, c0In, spec, true);
    const value = tf.stack([...st.hs, st.cs[T - 1]!]) as tf.Tensor3D;
    const hPrev = tf.stack([h0In, ...st.hs.slice(0, T - 1)]);
    const cPrev = tf.stack([c0In, ...st.cs.slice(0, T - 1)]);
    save([tf.stack(st.s), tf.stack(st.g), tf.stack(st.tc), cPrev, hPrev, uIn]);
    return { value, gradFunc: (dy: tf.Tensor3D, saved: tf.Tensor[]) => backward(spec, dy, saved) };
  });
  return op(xp, U, h0, c0) as tf.Tensor3D;
}

/** dy [T + 1, B, H] (the last slot is ∂L/∂c_T). Returns [∂xp, ∂U, ∂h0, ∂c0]. */
function backward(spec: ScanSpec, dy: tf.Tensor3D, saved: tf.Tensor[]): tf.Tensor[] {
  const [S, G, TC, Cprev, Hprev, U] = saved as [tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor3D, tf.Tensor2D];
  const [T, B, H] = G.shape;
  // Everything that does not depend on the incoming gradient, for all steps at once ([T, B, ·]):
  //   K  = o⊙(1 − tanh²c)                      so dc += dh⊙K
  //   Gc = [g⊙i', c_prev⊙f', i⊙(1 − g²), tanh c⊙o']   so dz = [dc, dc, dc, dh]⊙Gc  (x' = x(1 − x))
  //   Fm = f (1 on padded rows)                 so dc_prev = dc⊙Fm
  // On padded rows K and Gc are 0: the gradient passes through to the previous state untouched.
  const [Ks, Gs, Fs] = tf.tidy(() => {
    const [I, F, , O] = tf.split(S, 4, 2) as tf.Tensor3D[];
    const d = (x: tf.Tensor3D) => tf.sub(x, tf.mul(x, x));
    let K: tf.Tensor = tf.mul(O!, tf.sub(1, tf.mul(TC, TC)));
    let Gc: tf.Tensor = tf.concat([tf.mul(G, d(I!)), tf.mul(Cprev, d(F!)), tf.mul(I!, tf.sub(1, tf.mul(G, G))), tf.mul(TC, d(O!))], 2);
    let Fm: tf.Tensor = F!;
    if (spec.mask) {
      const M = fullMaskTensor(spec.mask);
      K = tf.mul(K, M);
      Gc = tf.mul(Gc, M);
      Fm = tf.add(tf.mul(F!, M), tf.sub(1, M));
    }
    return [K, Gc, Fm].map((x) => unstackSteps(x as tf.Tensor3D));
  });
  const UT = tf.transpose(U); // [4H, H], so the per-step matMul needs no transposeB
  const dys = unstackSteps(dy);
  const dzs: tf.Tensor2D[] = new Array(T);
  const dhs: tf.Tensor2D[] = [];
  let zerosG: tf.Tensor2D | null = null;
  let dhRec: tf.Tensor2D | null = null;
  let dcNext = dys[T]!;
  for (let t = T - 1; t >= 0; t--) {
    const kind = spec.mask ? spec.mask.kinds[t] : 1;
    const dh: tf.Tensor2D = dhRec ? tf.add(dhRec, dys[t]!) : dys[t]!;
    if (dhRec) dhRec.dispose();
    dhs.push(dh);
    if (kind === STEP_OFF) {
      zerosG ??= tf.zeros([B, 4 * H]);
      dzs[t] = zerosG;
      dhRec = spec.onStateGradSq ? tf.clone(dh) : dh;
      continue;
    }
    const dhK = tf.mul(dh, Ks[t]!);
    const dc = tf.add(dcNext, dhK);
    const cat = tf.concat([dc, dc, dc, dh], 1);
    const dz: tf.Tensor2D = tf.mul(cat, Gs[t]!);
    const dcPrev: tf.Tensor2D = tf.mul(dc, Fs[t]!);
    let rec: tf.Tensor2D = tf.matMul(dz, UT);
    if (kind === STEP_MIXED) {
      const m = stepMaskTensor(spec.mask!, t);
      const pass = tf.tidy(() => tf.add(rec, tf.mul(dh, tf.sub(1, m)))) as tf.Tensor2D;
      tf.dispose([m, rec]);
      rec = pass;
    }
    tf.dispose([dhK, dc, cat, dcNext, Ks[t]!, Gs[t]!, Fs[t]!]);
    if (!spec.onStateGradSq) dh.dispose();
    dcNext = dcPrev;
    dhRec = rec;
    dzs[t] = dz;
  }
  if (spec.onStateGradSq) {
    // dhs was filled from t = T-1 down to 0.
    const sq = tf.tidy(() => tf.sum(tf.square(tf.stack(dhs.reverse())), [1, 2])) as tf.Tensor1D;
    spec.onStateGradSq(tf.keep(sq));
  }
  UT.dispose();
  const dXp = tf.stack(dzs) as tf.Tensor3D;
  const dU = matMulTA(tf.reshape(Hprev, [T * B, H]), tf.reshape(dXp, [T * B, 4 * H]));
  return [dXp, dU, dhRec!, dcNext];
}

/** Forward only (scoring, decoding, probes). `gates` adds i, f, g, o and c per step ([T, B, H] each). */
export function lstmForward(spec: ScanSpec, xp: tf.Tensor3D, U: tf.Tensor2D, h0: tf.Tensor2D, c0: tf.Tensor2D, gates = false): ScanForward {
  return tf.tidy(() => {
    const st = runSteps(xp, U, h0, c0, spec, gates);
    const T = xp.shape[0];
    const outputs = tf.stack(st.hs) as tf.Tensor3D;
    const final = [st.hs[T - 1]!, st.cs[T - 1]!];
    if (!gates) return { outputs, final };
    const [i, f, , o] = tf.split(tf.stack(st.s), 4, 2) as tf.Tensor3D[];
    return { outputs, final, gates: { i: i!, f: f!, g: tf.stack(st.g) as tf.Tensor3D, o: o!, c: tf.stack(st.cs) as tf.Tensor3D } };
  });
}
