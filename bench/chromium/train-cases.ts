/**
 * The training-step benchmark shared by Node (bench/suites/ml.ts) and headless Chromium
 * (bench/chromium/page.ts): the same model built twice on the same tfjs backend —
 *   fused:    lib/ml's fused scan (dense input projection → scanTrain → dense head)
 *   baseline: tf.layers.{lstm,gru,simpleRNN} (recurrentActivation 'sigmoid') → tf.layers.dense
 * Both: dense float inputs [B, T, D] with D = 64, one recurrent layer of H units, 4 classes from the
 * last step, softmax cross-entropy, Adam 1e-3, one optimizer step per measured step (loss read back).
 * Only depends on @tensorflow/tfjs and lib/ml, so esbuild can bundle it for the browser page.
 */
import * as tf from '@tensorflow/tfjs';
import { gatesOf, type CellKind } from '../../lib/ml/config';
import { scanTrain } from '../../lib/ml/kernels/scan';
import { dense } from '../../lib/ml/kernels/tensor-util';

export interface TrainCase {
  readonly cell: CellKind;
  readonly hidden: number;
  readonly steps: number;
  readonly batch: number;
}

export const TRAIN_CASES: readonly TrainCase[] = [
  { cell: 'lstm', hidden: 64, steps: 50, batch: 32 },
  { cell: 'gru', hidden: 64, steps: 50, batch: 32 },
  { cell: 'rnn', hidden: 64, steps: 50, batch: 32 },
  { cell: 'lstm', hidden: 128, steps: 100, batch: 32 },
];
export const INPUT_DIM = 64;
const CLASSES = 4;

export const caseName = (c: TrainCase) => `train-${c.cell}-h${c.hidden}-t${c.steps}-b${c.batch}`;

/** Multiply-add FLOPs of one training step's matMuls (forward x·W, h·U; backward ∂W, ∂U, ∂h). */
export function stepFlops(c: TrainCase): number {
  const gh = gatesOf(c.cell) * c.hidden;
  const rows = c.steps * c.batch;
  return 2 * rows * gh * (INPUT_DIM + c.hidden) + 2 * rows * gh * (INPUT_DIM + 2 * c.hidden);
}

interface Runner {
  step(): number;
  dispose(): void;
}

function fusedRunner(c: TrainCase, x: tf.Tensor3D, y: tf.Tensor2D): Runner {
  const G = gatesOf(c.cell);
  const { steps: T, batch: B, hidden: H } = c;
  const vars = {
    W: tf.variable(tf.randomNormal([INPUT_DIM, G * H], 0, 0.1)),
    U: tf.variable(tf.randomNormal([H, G * H], 0, 0.1)),
    b: tf.variable(tf.zeros([G * H])),
    Wo: tf.variable(tf.randomNormal([H, CLASSES], 0, 0.1)),
    bo: tf.variable(tf.zeros([CLASSES])),
  };
  const xTime = tf.reshape(tf.transpose(x, [1, 0, 2]), [T * B, INPUT_DIM]) as tf.Tensor2D; // time-major rows
  const opt = tf.train.adam(1e-3);
  return {
    step() {
      const loss = opt.minimize(() => {
        const h0 = tf.zeros([B, H]) as tf.Tensor2D;
        const xp = tf.reshape(dense(xTime, vars.W as tf.Tensor2D, vars.b as tf.Tensor1D, false), [T, B, G * H]) as tf.Tensor3D;
        const r = scanTrain(c.cell, { activation: 'tanh', mask: null }, xp, vars.U as tf.Tensor2D, c.cell === 'lstm' ? [h0, h0] : [h0]);
        return tf.losses.softmaxCrossEntropy(y, dense(r.final[0]!, vars.Wo as tf.Tensor2D, vars.bo as tf.Tensor1D)) as tf.Scalar;
      }, true)!;
      const v = loss.dataSync()[0]!;
      loss.dispose();
      return v;
    },
    dispose() {
      tf.dispose([...Object.values(vars), xTime]);
      opt.dispose();
    },
  };
}

function layersRunner(c: TrainCase, x: tf.Tensor3D, y: tf.Tensor2D): Runner {
  const model = tf.sequential();
  const common = { units: c.hidden, inputShape: [c.steps, INPUT_DIM] };
  model.add(c.cell === 'lstm' ? tf.layers.lstm({ ...common, recurrentActivation: 'sigmoid' }) : c.cell === 'gru' ? tf.layers.gru({ ...common, recurrentActivation: 'sigmoid' }) : tf.layers.simpleRNN(common));
  model.add(tf.layers.dense({ units: CLASSES }));
  const opt = tf.train.adam(1e-3);
  return {
    step() {
      const loss = opt.minimize(() => tf.losses.softmaxCrossEntropy(y, model.predict(x) as tf.Tensor) as tf.Scalar, true)!;
      const v = loss.dataSync()[0]!;
      loss.dispose();
      return v;
    },
    dispose() {
      model.dispose();
      opt.dispose();
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Mean ms per step over `per` steps. */
function msPerStep(r: Runner, per: number): number {
  const t0 = performance.now();
  for (let k = 0; k < per; k++) r.step();
  return (performance.now() - t0) / per;
}

/**
 * The backend's own matMul speed on this case's input-projection shape [T·B, 64]·[64, G·H], GFLOP/s:
 * the best of 7 rounds (the machine is shared; the best round is the least disturbed one). tfjs-wasm
 * runs matMul synchronously, so timing the op itself (no read-back) is timing the kernel.
 */
export function matmulGflops(c: TrainCase): number {
  const [m, k, n] = [c.steps * c.batch, INPUT_DIM, gatesOf(c.cell) * c.hidden];
  const a = tf.randomNormal([m, k]);
  const b = tf.randomNormal([k, n]);
  const once = () => tf.matMul(a, b).dispose();
  for (let i = 0; i < 5; i++) once();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) once();
    best = Math.min(best, (performance.now() - t0) / 10);
  }
  tf.dispose([a, b]);
  return (2 * m * k * n) / (best * 1e6);
}

export interface CaseResult {
  readonly name: string;
  /** matmulGflops(c), measured just before the case. */
  readonly matmulGflops: number;
  readonly fusedMs: number;
  readonly layersMs: number;
  readonly flops: number;
}

/** Measures one case: fused and tf.layers alternate round by round so drift hits both. */
export function runCase(c: TrainCase, rounds = 5): CaseResult {
  const gflops = matmulGflops(c);
  const x = tf.randomNormal([c.batch, c.steps, INPUT_DIM]) as tf.Tensor3D;
  const y = tf.oneHot(tf.tensor1d(Array.from({ length: c.batch }, (_, i) => i % CLASSES), 'int32'), CLASSES) as tf.Tensor2D;
  const fused = fusedRunner(c, x, y);
  const layers = layersRunner(c, x, y);
  const f: number[] = [];
  const l: number[] = [];
  const per = c.hidden >= 128 ? 1 : 2;
  for (const r of [fused, layers]) for (let i = 0; i < 2; i++) r.step(); // warm-up: JIT, optimizer slots
  for (let i = 0; i < rounds; i++) {
    f.push(msPerStep(fused, per * 2));
    l.push(msPerStep(layers, per));
  }
  fused.dispose();
  layers.dispose();
  tf.dispose([x, y]);
  return { name: caseName(c), matmulGflops: gflops, fusedMs: median(f), layersMs: median(l), flops: stepFlops(c) };
}
