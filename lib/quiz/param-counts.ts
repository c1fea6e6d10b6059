/**
 * Trainable-parameter counts of recurrent layers, with TensorFlow.js (tfjs-layers 4.22) conventions.
 * The one place these formulas live: the computed quiz questions use them and their test checks
 * them against `model.countParams()` of real tf.layers models.
 *
 * d = input size (features per time step), h = hidden size (units), o = output size (dense head).
 * - simpleRNN: kernel [d, h] + recurrent kernel [h, h] + bias [h]            = (d + h + 1)·h
 * - LSTM: the same for each of 4 blocks (input, forget, cell, output)      = 4·(d + h + 1)·h
 * - GRU: 3 blocks (update z, reset r, candidate); tfjs has no `resetAfter`
 *   (GRUCell throws if it is true), so there is ONE bias of shape [3h]      = 3·(d + h + 1)·h
 *   (Keras' default reset_after=True and PyTorch's nn.GRU keep a second, recurrent bias:
 *   3·(d + h + 2)·h — not what the browser builds.)
 * - dense head on the last hidden state: kernel [h, o] + bias [o]          = (h + 1)·o
 */

export type CellKind = 'rnn' | 'lstm' | 'gru';

/** How many weight blocks of size (d + h + 1)·h a cell has: one per gate / candidate. */
export const GATE_BLOCKS: Readonly<Record<CellKind, number>> = { rnn: 1, lstm: 4, gru: 3 };

function checkSize(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a whole number ≥ 1, got ${n}`);
}

/** Parameters of one recurrent layer (as tf.layers.simpleRNN / lstm / gru with useBias: true). */
export function recurrentLayerParams(cell: CellKind, inputSize: number, hiddenSize: number): number {
  checkSize('inputSize', inputSize);
  checkSize('hiddenSize', hiddenSize);
  return GATE_BLOCKS[cell] * (inputSize + hiddenSize + 1) * hiddenSize;
}

export const simpleRnnParams = (inputSize: number, hiddenSize: number): number => recurrentLayerParams('rnn', inputSize, hiddenSize);
export const lstmParams = (inputSize: number, hiddenSize: number): number => recurrentLayerParams('lstm', inputSize, hiddenSize);
export const gruParams = (inputSize: number, hiddenSize: number): number => recurrentLayerParams('gru', inputSize, hiddenSize);

/** Parameters of tf.layers.dense from `inputSize` to `units` (with bias). */
export function denseParams(inputSize: number, units: number): number {
  checkSize('inputSize', inputSize);
  checkSize('units', units);
  return (inputSize + 1) * units;
}

export interface RecurrentModelSpec {
  readonly cell: CellKind;
  readonly inputSize: number;
  readonly hiddenSize: number;
  /** Stacked recurrent layers, all of size hiddenSize; layer k > 1 reads the hidden state of layer k − 1. */
  readonly layers?: number;
  /** Size of a dense head on top; omitted = no head. */
  readonly outputSize?: number;
}

/** Parameters of a stack of recurrent layers plus an optional dense head. */
export function recurrentModelParams(spec: RecurrentModelSpec): number {
  const layers = spec.layers ?? 1;
  checkSize('layers', layers);
  let total = recurrentLayerParams(spec.cell, spec.inputSize, spec.hiddenSize);
  for (let k = 2; k <= layers; k++) total += recurrentLayerParams(spec.cell, spec.hiddenSize, spec.hiddenSize);
  if (spec.outputSize !== undefined) total += denseParams(spec.hiddenSize, spec.outputSize);
  return total;
}
