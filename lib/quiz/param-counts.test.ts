import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseParams, gruParams, lstmParams, recurrentModelParams, simpleRnnParams, type CellKind } from './param-counts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Builds (does not compile) the model the formula describes and lets tfjs count its weights. */
function tfjsCount(cell: CellKind, d: number, h: number, layers: number, o: number | undefined): number {
  const model = tf.sequential();
  for (let k = 0; k < layers; k++) {
    // Zero initializers: the count does not depend on them, and tfjs' default orthogonal
    // initializer takes seconds on a 128×512 recurrent kernel.
    const common = { units: h, returnSequences: k < layers - 1, kernelInitializer: 'zeros', recurrentInitializer: 'zeros', ...(k === 0 ? { inputShape: [null, d] as [null, number] } : {}) };
    model.add(cell === 'rnn' ? tf.layers.simpleRNN(common) : cell === 'lstm' ? tf.layers.lstm(common) : tf.layers.gru(common));
  }
  if (o !== undefined) model.add(tf.layers.dense({ units: o, kernelInitializer: 'zeros' }));
  const n = model.countParams();
  model.dispose();
  return n;
}

describe('formulas by hand', () => {
  it.each([
    // d, h, rnn, lstm, gru
    [1, 1, 3, 12, 9],
    [4, 4, 36, 144, 108],
    [8, 4, 52, 208, 156],
    [65, 128, 24832, 99328, 74496],
  ])('d=%i h=%i → rnn %i, lstm %i, gru %i', (d, h, rnn, lstm, gru) => {
    expect(simpleRnnParams(d, h)).toBe(rnn);
    expect(lstmParams(d, h)).toBe(lstm);
    expect(gruParams(d, h)).toBe(gru);
  });

  it('dense head is (h + 1)·o', () => {
    expect(denseParams(4, 4)).toBe(20);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses size %s', (n) => {
    expect(() => lstmParams(n, 4)).toThrow(RangeError);
    expect(() => simpleRnnParams(4, n)).toThrow(RangeError);
  });
});

describe('formulas equal tf.layers countParams', () => {
  const cases: [CellKind, number, number, number, number | undefined][] = [
    ['rnn', 8, 4, 1, 4],
    ['rnn', 1, 1, 1, undefined],
    ['rnn', 65, 128, 2, 65],
    ['lstm', 8, 4, 1, 4],
    ['lstm', 3, 7, 1, undefined],
    ['lstm', 65, 128, 2, 65],
    ['lstm', 10, 16, 3, 2],
    ['gru', 8, 4, 1, 4],
    ['gru', 5, 3, 1, undefined],
    ['gru', 65, 32, 2, 65],
  ];
  it.each(cases)('%s d=%i h=%i layers=%i head=%s', (cell, d, h, layers, o) => {
    const before = tf.memory().numTensors;
    const spec = { cell, inputSize: d, hiddenSize: h, layers, ...(o === undefined ? {} : { outputSize: o }) };
    expect(recurrentModelParams(spec)).toBe(tfjsCount(cell, d, h, layers, o));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('tfjs GRU refuses resetAfter (so there is one bias of 3h, as the formula assumes)', () => {
    expect(() => tf.layers.gru({ units: 4, resetAfter: true } as Parameters<typeof tf.layers.gru>[0])).toThrow(/reset_after/);
  });
});
