import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Batch, HeadKind, TaskShape } from '../tasks/types';
import { resolveModelConfig } from './config';
import { buildModel } from './model';
import { StateCarry } from './state-carry';
import { syntheticTask } from './testing/synthetic-tasks';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const close = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5);
};

describe('predict', () => {
  it.each([
    ['classify', 'logits', [3, 3]],
    ['tag', 'logits', [3, 6, 6]],
    ['encode-decode', 'tokens', [3, 7]],
    ['vec-decode', 'tokens', [3, 3]],
  ] as [HeadKind, string, number[]][])('%s → %s %j', (head, kind, shape) => {
    const task = syntheticTask(head);
    const batch = task.trainStream(1, { batchSize: 3 }).next();
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const model = buildModel(resolveModelConfig({ cell, hidden: 5, layers: 2 }, task.shape), task.shape);
      const before = tf.memory().numTensors;
      const p = model.predict(batch);
      expect(tf.memory().numTensors).toBe(before);
      expect(p.kind).toBe(kind);
      expect([...p.shape]).toEqual(shape);
      if (p.kind === 'tokens') expect(p.ids.every((v) => v >= 0 && v < task.shape.outputVocab)).toBe(true);
      model.dispose();
    }
  });
});

describe('masking and carried state', () => {
  const shape: TaskShape = { head: 'classify', inputVocab: 6, outputVocab: 3, inLen: 6, outLen: 1, streamed: false };
  it.each(['rnn', 'lstm', 'gru'] as const)('%s: front padding does not change a row\'s prediction', (cell) => {
    const model = buildModel(resolveModelConfig({ cell, hidden: 4, layers: 2 }, shape), shape);
    const padded: Batch = { batchSize: 2, inLen: 6, outLen: 1, inputs: Int32Array.from([0, 0, 0, 3, 4, 5, 2, 3, 4, 5, 2, 3]), targets: new Int32Array(2), targetMask: new Float32Array(2).fill(1) };
    const short: Batch = { batchSize: 1, inLen: 3, outLen: 1, inputs: Int32Array.from([3, 4, 5]), targets: new Int32Array(1), targetMask: new Float32Array(1).fill(1) };
    const a = model.predict(padded);
    const b = model.predict(short);
    if (a.kind !== 'logits' || b.kind !== 'logits') throw new Error('logits expected');
    close(a.data.subarray(0, 3), b.data);
    model.dispose();
  });

  it.each(['rnn', 'lstm', 'gru'] as const)('%s: two chunks with a carried state equal one long sequence', (cell) => {
    const tag: TaskShape = { head: 'tag', inputVocab: 5, outputVocab: 5, inLen: 4, outLen: 4, streamed: true };
    const model = buildModel(resolveModelConfig({ cell, hidden: 4, layers: 2 }, tag), tag);
    const seq = [2, 3, 4, 1, 1, 4, 3, 2];
    const mk = (ids: number[]): Batch => ({ batchSize: 1, inLen: ids.length, outLen: ids.length, inputs: Int32Array.from(ids), targets: Int32Array.from(ids), targetMask: new Float32Array(ids.length).fill(1) });
    const whole = model.predict(mk(seq));
    const carry = new StateCarry();
    const first = model.predict(mk(seq.slice(0, 4)), carry);
    const second = model.predict(mk(seq.slice(4)), carry);
    if (whole.kind !== 'logits' || first.kind !== 'logits' || second.kind !== 'logits') throw new Error('logits expected');
    close(whole.data, [...first.data, ...second.data]);
    const fresh = model.predict(mk(seq.slice(4)));
    if (fresh.kind !== 'logits') throw new Error('logits expected');
    expect(Math.max(...fresh.data.map((v, i) => Math.abs(v - second.data[i]!)))).toBeGreaterThan(1e-4);
    carry.dispose();
    model.dispose();
  });

  it('refuses token ids outside the vocabulary with a readable error', () => {
    const model = buildModel(resolveModelConfig({}, shape), shape);
    const bad: Batch = { batchSize: 1, inLen: 2, outLen: 1, inputs: Int32Array.from([2, 9]), targets: new Int32Array(1), targetMask: new Float32Array(1).fill(1) };
    expect(() => model.predict(bad)).toThrow(/Input id 9 at position 1 is outside the vocabulary of 6 tokens/);
    model.dispose();
  });
});

describe('seeded initialisation', () => {
  it('same config, same weights; another seed, other weights', () => {
    const task = syntheticTask('classify');
    const c = resolveModelConfig({ cell: 'lstm', hidden: 6 }, task.shape);
    const [a, b, d] = [buildModel(c, task.shape), buildModel(c, task.shape), buildModel({ ...c, seed: 2 }, task.shape)];
    expect(a.getWeights()).toEqual(b.getWeights());
    expect(a.getWeights()[0]).not.toEqual(d.getWeights()[0]);
    // recurrent blocks are orthogonal: UᵢᵀUᵢ = I for each gate block
    const U = a.getWeights()[1]!;
    let dot = 0;
    for (let r = 0; r < 6; r++) dot += U[r * 24]! * U[r * 24]!;
    expect(dot).toBeCloseTo(1, 5);
    [a, b, d].forEach((m) => m.dispose());
  });
});
