/**
 * Seeded weight initialisation in plain JS (no tfjs RNG), so the same config and seed give the same
 * initial weights in the browser, in Node and in tests, whatever the backend.
 */
import type { CellKind, ParamSpec } from './config';

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: each parameter gets its own stream, so adding one does not shift the others. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Standard normal samples (Box–Muller). */
export function normalSamples(rng: () => number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u = Math.max(rng(), 1e-12);
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * rng();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

/**
 * A random orthogonal n×n matrix (modified Gram–Schmidt on Gaussian rows), row-major.
 * O(n³): 512 units take ~0.1 s in JS, once per model.
 */
export function orthogonal(rng: () => number, n: number): Float64Array {
  const m = normalSamples(rng, n * n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < i; j++) {
      const rj = j * n;
      let dot = 0;
      for (let k = 0; k < n; k++) dot += m[ri + k]! * m[rj + k]!;
      for (let k = 0; k < n; k++) m[ri + k] -= dot * m[rj + k]!;
    }
    let norm = 0;
    for (let k = 0; k < n; k++) norm += m[ri + k]! * m[ri + k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < n; k++) m[ri + k] /= norm;
  }
  return m;
}

/**
 * Initial values for one parameter, by its role (the name's last part):
 * kernel → Glorot uniform; recurrent → orthogonal per gate block [H, H]; bias → 0, except the lstm
 * forget gate at 1 (Jozefowicz et al. 2015; Keras' unit_forget_bias); embeddings → uniform ±0.05.
 */
export function initialValues(spec: ParamSpec, cell: CellKind, seed: number): Float32Array {
  const rng = mulberry32((seed ^ hashString(spec.name)) >>> 0);
  const size = spec.shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(size);
  const role = spec.name.slice(spec.name.lastIndexOf('/') + 1);
  const isRecurrentLayer = /(^|\/|_)(rnn|lstm|gru)_\d+\//.test(spec.name);
  if (spec.name.startsWith('embed/')) {
    for (let i = 0; i < size; i++) out[i] = (rng() * 2 - 1) * 0.05;
  } else if (role === 'kernel') {
    const [fanIn, fanOut] = [spec.shape[0]!, spec.shape[1]!];
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let i = 0; i < size; i++) out[i] = (rng() * 2 - 1) * limit;
  } else if (role === 'recurrent') {
    const h = spec.shape[0]!;
    const blocks = spec.shape[1]! / h;
    for (let b = 0; b < blocks; b++) {
      const q = orthogonal(rng, h);
      for (let r = 0; r < h; r++) for (let c = 0; c < h; c++) out[r * h * blocks + b * h + c] = q[r * h + c]!;
    }
  } else if (role === 'bias' && isRecurrentLayer && cell === 'lstm') {
    const h = size / 4;
    out.fill(1, h, 2 * h);
  }
  return out;
}
