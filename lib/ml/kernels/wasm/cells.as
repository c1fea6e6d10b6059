// AssemblyScript source of the fused per-step cell kernels (wasm SIMD, f32x4). Rebuild with
// `node lib/ml/kernels/wasm/build-kernels.mjs` (needs the assemblyscript compiler, see that file);
// the output is committed as base64 in cells-wasm.ts. The file ends in .as so the project's
// TypeScript checker does not read it.
//
// Every function works on row-major f32 arrays in this module's memory, addressed by byte offsets the
// JS side (wasm-scan.ts) lays out. B = batch rows, H = hidden units. Gate order as tf.layers:
// lstm [i, f, g, o], gru [z, r, h]. `mask` is 0 (every row real) or points at B floats (1 real, 0 pad);
// a padded row keeps its previous state and passes gradients straight through.
// Accuracy: exp by range reduction + degree-6 polynomial (relative error < 2e-7 on f32).

const LOG2E: f32 = 1.44269504;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;

// @ts-ignore: decorator
@inline function vexp(x: v128): v128 {
  x = f32x4.min(f32x4.max(x, f32x4.splat(-87.0)), f32x4.splat(88.0));
  const k = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(k, f32x4.splat(LN2_HI))), f32x4.mul(k, f32x4.splat(LN2_LO)));
  let p = f32x4.splat(1.0 / 720.0);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 120.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 24.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0 / 6.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(0.5));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.0));
  const scale = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(k), i32x4.splat(127)), 23);
  return f32x4.mul(p, scale);
}

// @ts-ignore: decorator
@inline function vsig(x: v128): v128 {
  return f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), vexp(f32x4.neg(x))));
}

// @ts-ignore: decorator
@inline function vtanh(x: v128): v128 {
  const e = vexp(f32x4.mul(f32x4.abs(x), f32x4.splat(-2.0)));
  const t = f32x4.div(f32x4.sub(f32x4.splat(1.0), e), f32x4.add(f32x4.splat(1.0), e));
  return v128.or(t, v128.and(x, i32x4.splat(0x80000000)));
}

// Scalar twins for the last H % 4 columns.
// @ts-ignore: decorator
@inline function sexp(x: f32): f32 {
  x = min(max(x, -87.0), 88.0);
  const k = nearest(x * LOG2E);
  const r = x - k * LN2_HI - k * LN2_LO;
  const p: f32 = 1.0 + r * (1.0 + r * (0.5 + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0))))));
  return p * reinterpret<f32>((<i32>k + 127) << 23);
}
// @ts-ignore: decorator
@inline function ssig(x: f32): f32 {
  return <f32>1.0 / (<f32>1.0 + sexp(-x));
}
// @ts-ignore: decorator
@inline function stanh(x: f32): f32 {
  const e: f32 = sexp(<f32>-2.0 * abs(x));
  const t: f32 = (<f32>1.0 - e) / (<f32>1.0 + e);
  return x < <f32>0 ? -t : t;
}

// @ts-ignore: decorator
@inline function rowMask(mask: usize, b: i32): f32 {
  return mask == 0 ? 1.0 : load<f32>(mask + (<usize>b << 2));
}

/**
 * One lstm step. In: rec = h_prev·U [B,4H] (or 0: all zero), xp = x·W + b [B,4H], hPrev/cPrev [B,H].
 * Out: acts [B,4H] = (i, f, g, o), c [B,H] (masked), tc = tanh(c before masking) [B,H], h [B,H] (masked).
 */
export function lstmForward(rec: usize, xp: usize, hPrev: usize, cPrev: usize, mask: usize, acts: usize, cOut: usize, tcOut: usize, hOut: usize, B: i32, H: i32): void {
  const G = 4 * H;
  const H4 = H & ~3;
  for (let b = 0; b < B; b++) {
    const m = rowMask(mask, b);
    const vm = f32x4.splat(m);
    const zRow = <usize>(b * G) << 2;
    const sRow = <usize>(b * H) << 2;
    for (let j = 0; j < H; j += 4) {
      if (j < H4) {
        const o0 = zRow + (<usize>j << 2);
        const hs = <usize>(H << 2);
        let zi = v128.load(xp + o0), zf = v128.load(xp + o0 + hs), zg = v128.load(xp + o0 + 2 * hs), zo = v128.load(xp + o0 + 3 * hs);
        if (rec != 0) {
          zi = f32x4.add(zi, v128.load(rec + o0));
          zf = f32x4.add(zf, v128.load(rec + o0 + hs));
          zg = f32x4.add(zg, v128.load(rec + o0 + 2 * hs));
          zo = f32x4.add(zo, v128.load(rec + o0 + 3 * hs));
        }
        const i = vsig(zi), f = vsig(zf), g = vtanh(zg), o = vsig(zo);
        const so = sRow + (<usize>j << 2);
        const cp = v128.load(cPrev + so), hp = v128.load(hPrev + so);
        const cn = f32x4.add(f32x4.mul(f, cp), f32x4.mul(i, g));
        const tc = vtanh(cn);
        const hn = f32x4.mul(o, tc);
        v128.store(acts + o0, i);
        v128.store(acts + o0 + hs, f);
        v128.store(acts + o0 + 2 * hs, g);
        v128.store(acts + o0 + 3 * hs, o);
        v128.store(tcOut + so, tc);
        v128.store(cOut + so, f32x4.add(cp, f32x4.mul(vm, f32x4.sub(cn, cp))));
        v128.store(hOut + so, f32x4.add(hp, f32x4.mul(vm, f32x4.sub(hn, hp))));
      } else {
        for (let jj = j; jj < H; jj++) {
          const o0 = zRow + (<usize>jj << 2);
          const hs = <usize>(H << 2);
          let zi = load<f32>(xp + o0), zf = load<f32>(xp + o0 + hs), zg = load<f32>(xp + o0 + 2 * hs), zo = load<f32>(xp + o0 + 3 * hs);
          if (rec != 0) {
            zi += load<f32>(rec + o0);
            zf += load<f32>(rec + o0 + hs);
            zg += load<f32>(rec + o0 + 2 * hs);
            zo += load<f32>(rec + o0 + 3 * hs);
          }
          const i = ssig(zi), f = ssig(zf), g = stanh(zg), o = ssig(zo);
          const so = sRow + (<usize>jj << 2);
          const cp = load<f32>(cPrev + so), hp = load<f32>(hPrev + so);
          const cn = f * cp + i * g;
          const tc = stanh(cn);
          store<f32>(acts + o0, i);
          store<f32>(acts + o0 + hs, f);
          store<f32>(acts + o0 + 2 * hs, g);
          store<f32>(acts + o0 + 3 * hs, o);
          store<f32>(tcOut + so, tc);
          store<f32>(cOut + so, cp + m * (cn - cp));
          store<f32>(hOut + so, hp + m * (o * tc - hp));
        }
      }
    }
  }
}

/**
 * One lstm backward step. In: rec = dz_{t+1}·Uᵀ [B,H] (or 0), dy = ∂L/∂output_t [B,H], pass = ∂L/∂h_{t+1}
 * [B,H] with passMask = mask of step t+1 (0: no pass-through), dcIn = ∂L/∂c_t from step t+1 [B,H],
 * acts/cPrev/tc of step t, mask of step t. Out: dh = ∂L/∂h_t [B,H], dz [B,4H], dcOut = ∂L/∂c_{t−1} [B,H].
 */
export function lstmBackward(rec: usize, dy: usize, pass: usize, passMask: usize, dcIn: usize, acts: usize, cPrev: usize, tc: usize, mask: usize, dh: usize, dz: usize, dcOut: usize, B: i32, H: i32): void {
  const G = 4 * H;
  for (let b = 0; b < B; b++) {
    const m = rowMask(mask, b);
    const pm: f32 = pass == 0 ? 0.0 : 1.0 - rowMask(passMask, b);
    const zRow = <usize>(b * G) << 2;
    const sRow = <usize>(b * H) << 2;
    const hs = <usize>(H << 2);
    for (let j = 0; j < H; j++) {
      const so = sRow + (<usize>j << 2);
      const o0 = zRow + (<usize>j << 2);
      let d = load<f32>(dy + so);
      if (rec != 0) d += load<f32>(rec + so);
      if (pass != 0) d += pm * load<f32>(pass + so);
      const i = load<f32>(acts + o0), f = load<f32>(acts + o0 + hs), g = load<f32>(acts + o0 + 2 * hs), o = load<f32>(acts + o0 + 3 * hs);
      const t = load<f32>(tc + so);
      const dci = load<f32>(dcIn + so);
      const dc = dci + m * d * o * (1.0 - t * t);
      store<f32>(dh + so, d);
      store<f32>(dz + o0, m * dc * g * i * (1.0 - i));
      store<f32>(dz + o0 + hs, m * dc * load<f32>(cPrev + so) * f * (1.0 - f));
      store<f32>(dz + o0 + 2 * hs, m * dc * i * (1.0 - g * g));
      store<f32>(dz + o0 + 3 * hs, m * d * t * o * (1.0 - o));
      store<f32>(dcOut + so, dc * (m * f + 1.0 - m));
    }
  }
}

/** Vanilla rnn step: h = act(rec + xp), act tanh (relu = 0) or relu (relu = 1); masked rows keep hPrev. */
export function rnnForward(rec: usize, xp: usize, hPrev: usize, mask: usize, hOut: usize, B: i32, H: i32, relu: i32): void {
  for (let b = 0; b < B; b++) {
    const m = rowMask(mask, b);
    const row = <usize>(b * H) << 2;
    let j = 0;
    for (; j + 4 <= H; j += 4) {
      const o = row + (<usize>j << 2);
      let a = v128.load(xp + o);
      if (rec != 0) a = f32x4.add(a, v128.load(rec + o));
      const hn = relu ? f32x4.max(a, f32x4.splat(0.0)) : vtanh(a);
      const hp = v128.load(hPrev + o);
      v128.store(hOut + o, f32x4.add(hp, f32x4.mul(f32x4.splat(m), f32x4.sub(hn, hp))));
    }
    for (; j < H; j++) {
      const o = row + (<usize>j << 2);
      let a = load<f32>(xp + o);
      if (rec != 0) a += load<f32>(rec + o);
      const hn: f32 = relu ? max(a, 0.0) : stanh(a);
      const hp = load<f32>(hPrev + o);
      store<f32>(hOut + o, hp + m * (hn - hp));
    }
  }
}

/** Vanilla rnn backward step: dh = rec + dy + (1 − m_{t+1})·pass; da = m·dh·act'(h_t). */
export function rnnBackward(rec: usize, dy: usize, pass: usize, passMask: usize, h: usize, mask: usize, dh: usize, da: usize, B: i32, H: i32, relu: i32): void {
  for (let b = 0; b < B; b++) {
    const m = rowMask(mask, b);
    const pm: f32 = pass == 0 ? 0.0 : 1.0 - rowMask(passMask, b);
    const row = <usize>(b * H) << 2;
    for (let j = 0; j < H; j++) {
      const o = row + (<usize>j << 2);
      let d = load<f32>(dy + o);
      if (rec != 0) d += load<f32>(rec + o);
      if (pass != 0) d += pm * load<f32>(pass + o);
      const hv = load<f32>(h + o);
      const deriv: f32 = relu ? (hv > 0 ? 1.0 : 0.0) : 1.0 - hv * hv;
      store<f32>(dh + o, d);
      store<f32>(da + o, m * d * deriv);
    }
  }
}
