/**
 * Compares a fused scan with tf.layers (simpleRNN / lstm / gru, sigmoid gates) for the same weights
 * and inputs on the current tfjs backend: the loss and EVERY gradient (W, U, b, inputs, initial
 * states) must agree within 1e-4 relative (max |ours − layers| ≤ 1e-4 · max |layers| per tensor).
 * Used by kernels/scan.test.ts (cpu backend) and kernels/scan-wasm.test.ts (tfjs-wasm).
 */
import * as tf from '@tensorflow/tfjs';
import { expect } from 'vitest';
import { gatesOf, type CellKind } from '../config';
import { mulberry32, normalSamples } from '../init';
import { scanTrain } from '../kernels/scan';
import { stepMaskFromTokens } from '../kernels/step-mask';

export interface Case {
  cell: CellKind;
  activation?: 'tanh' | 'relu';
  T: number;
  B: number;
  D: number;
  H: number;
  /** Real length per row (front padding before it); undefined = no padding. */
  lengths?: number[];
  initState?: boolean;
}

const rand = (rng: () => number, shape: number[], scale = 1) => tf.tensor(Float32Array.from(normalSamples(rng, shape.reduce((a, b) => a * b, 1)), (v) => v * scale), shape);

/** A variable holding t's values; t is disposed. */
function variable(t: tf.Tensor): tf.Variable {
  const v = tf.variable(t);
  t.dispose();
  return v;
}

function maxRelErr(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]! / Math.max(tf.max(tf.abs(b)).dataSync()[0]!, 1e-30));
}

export const LAYER_CASES: Case[] = [
  { cell: 'rnn', T: 5, B: 3, D: 4, H: 6 },
  { cell: 'rnn', activation: 'relu', T: 7, B: 2, D: 3, H: 5, lengths: [7, 4] },
  { cell: 'rnn', T: 9, B: 4, D: 5, H: 8, lengths: [6, 3, 5, 6], initState: true },
  { cell: 'lstm', T: 4, B: 2, D: 3, H: 5 },
  { cell: 'lstm', T: 12, B: 5, D: 6, H: 7, lengths: [12, 9, 1, 12, 5] },
  { cell: 'lstm', T: 8, B: 3, D: 8, H: 16, lengths: [5, 2, 4], initState: true },
  { cell: 'gru', T: 4, B: 2, D: 3, H: 5 },
  { cell: 'gru', T: 11, B: 4, D: 5, H: 9, lengths: [11, 2, 7, 10] },
  { cell: 'gru', T: 6, B: 3, D: 4, H: 12, lengths: [4, 1, 3], initState: true },
];


/** Runs one case; throws (vitest expect) on any mismatch or leaked tensor. */
export function compareWithLayers(c: Case): void {
    const before = tf.memory().numTensors;
  const rng = mulberry32(c.T * 1000 + c.H);
  const G = gatesOf(c.cell);
  const W = variable(rand(rng, [c.D, G * c.H], 0.5));
  const U = variable(rand(rng, [c.H, G * c.H], 0.5));
  const b = variable(rand(rng, [G * c.H], 0.3));
  const x = variable(rand(rng, [c.B, c.T, c.D]));
  const slots = c.cell === 'lstm' ? 2 : 1;
  const h0s = Array.from({ length: slots }, () => variable(c.initState ? rand(rng, [c.B, c.H], 0.5) : tf.zeros([c.B, c.H])));
  const R = rand(rng, [c.B, c.T, c.H]);
  const Rs = Array.from({ length: slots }, () => rand(rng, [c.B, c.H]));
  // Token view of the padding: 0 = pad, front-padded to T.
  const tokens = new Int32Array(c.B * c.T).fill(1);
  if (c.lengths) c.lengths.forEach((len, row) => tokens.fill(0, row * c.T, row * c.T + c.T - len));
  const mask = stepMaskFromTokens(tokens, c.B, c.T, 0);
  const maskBT = tf.tensor2d(Float32Array.from(tokens, (v) => (v ? 1 : 0)), [c.B, c.T]);
  const all = [W, U, b, x, ...h0s];

  const loss = (outputs: tf.Tensor, finals: tf.Tensor[]) => {
    let l = tf.sum(tf.mul(outputs, R));
    finals.forEach((f, i) => (l = tf.add(l, tf.sum(tf.mul(f, Rs[i]!)))));
    return l as tf.Scalar;
  };

  const ours = tf.variableGrads(() => {
    const xT = tf.transpose(x, [1, 0, 2]);
    const xp = tf.reshape(tf.add(tf.matMul(tf.reshape(xT, [c.T * c.B, c.D]), W), b), [c.T, c.B, G * c.H]) as tf.Tensor3D;
    const r = scanTrain(c.cell, { activation: c.activation ?? 'tanh', mask }, xp, U as tf.Tensor2D, h0s as tf.Tensor2D[]);
    return loss(tf.transpose(r.outputs, [1, 0, 2]), r.final);
  }, all);

  const common = { units: c.H, returnSequences: true, returnState: true, useBias: true };
  const layer =
    c.cell === 'rnn'
      ? tf.layers.simpleRNN({ ...common, activation: c.activation ?? 'tanh' })
      : c.cell === 'lstm'
        ? tf.layers.lstm({ ...common, recurrentActivation: 'sigmoid', unitForgetBias: false })
        : tf.layers.gru({ ...common, recurrentActivation: 'sigmoid' });
  const kwargs = (): Record<string, unknown> => ({
    initialState: h0s.map((h) => tf.add(h, 0)),
    ...(c.lengths ? { mask: tf.cast(maskBT, 'bool') } : {}),
  });
  tf.tidy(() => void layer.apply(x, kwargs())); // builds the layer
  layer.setWeights([W, U, b]);
  const layerVars = layer.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val);
  const theirs = tf.variableGrads(() => {
    const [out, ...states] = layer.apply(x, kwargs()) as tf.Tensor[];
    return loss(out!, c.cell === 'lstm' ? [states[0]!, states[1]!] : [states[0]!]);
  }, [...layerVars, x, ...h0s]);
  expect(maxRelErr(ours.value, theirs.value)).toBeLessThan(1e-4);
  const pairs: [string, tf.Tensor, tf.Tensor][] = [
    ['kernel', ours.grads[W.name]!, theirs.grads[layerVars[0]!.name]!],
    ['recurrent', ours.grads[U.name]!, theirs.grads[layerVars[1]!.name]!],
    ['bias', ours.grads[b.name]!, theirs.grads[layerVars[2]!.name]!],
    ['inputs', ours.grads[x.name]!, theirs.grads[x.name]!],
    ...h0s.map((h, i) => [`state${i}`, ours.grads[h.name]!, theirs.grads[h.name]!] as [string, tf.Tensor, tf.Tensor]),
  ];
  for (const [name, a, bb] of pairs) {
    expect(a.shape, name).toEqual(bb.shape);
    expect(maxRelErr(a, bb), name).toBeLessThan(1e-4);
  }
  tf.dispose([ours.value, theirs.value, ...Object.values(ours.grads), ...Object.values(theirs.grads)]);
  layer.dispose();
  tf.dispose([...all, R, ...Rs, maskBT]);
  expect(tf.memory().numTensors).toBe(before);
}
