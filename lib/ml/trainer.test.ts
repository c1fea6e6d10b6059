import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveModelConfig, type ModelConfigInput } from './config';
import { syntheticTask } from './testing/synthetic-tasks';
import { Trainer } from './trainer';
import type { HeadKind } from '../tasks/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const learnCases: { head: HeadKind; cell: 'rnn' | 'lstm' | 'gru'; steps: number; min: number; extra?: ModelConfigInput }[] = [
  { head: 'classify', cell: 'lstm', steps: 150, min: 0.9 },
  { head: 'classify', cell: 'gru', steps: 150, min: 0.9, extra: { embedding: { kind: 'learned', dim: 4 } } },
  { head: 'tag', cell: 'rnn', steps: 120, min: 0.9 },
  { head: 'tag', cell: 'lstm', steps: 120, min: 0.9, extra: { layers: 2 } },
  { head: 'encode-decode', cell: 'gru', steps: 300, min: 0.5 },
  { head: 'vec-decode', cell: 'lstm', steps: 150, min: 0.9 },
];

describe('Trainer learns the synthetic task of every head', () => {
  it.each(learnCases)('$head with $cell reaches $min in $steps steps', ({ head, cell, steps, min, extra }) => {
    const task = syntheticTask(head);
    const config = resolveModelConfig({ cell, hidden: 16, batchSize: 16, optimizer: 'adam', learningRate: 0.02, ...extra }, task.shape);
    const trainer = new Trainer({ config, task, evalEvery: 0 });
    const first = trainer.step();
    let last = first;
    for (let i = 1; i < steps; i++) last = trainer.step();
    expect(last.loss).toBeLessThan(first.loss);
    expect(trainer.evaluate()).toBeGreaterThanOrEqual(min);
    trainer.dispose();
  });
});

describe('Trainer progress', () => {
  it('reports plain-data progress with per-step gradient norms and clipping', () => {
    const task = syntheticTask('classify', { T: 7 });
    const config = resolveModelConfig({ cell: 'rnn', hidden: 8, batchSize: 4, clipNorm: 1e-3 }, task.shape);
    const trainer = new Trainer({ config, task, evalEvery: 1 });
    const p = trainer.step();
    expect(p.step).toBe(1);
    expect(p.gradNormPerStep).toHaveLength(7);
    expect(p.gradNormPerStep.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    // The loss sits on the last step only: ∂L/∂h_T is its direct gradient, earlier steps get it through U.
    expect(p.gradNormPerStep[6]).toBeGreaterThan(0);
    expect(p.clipped).toBe(true);
    expect(p.gradNorm).toBeGreaterThan(1e-3);
    expect(p.metric).not.toBeNull();
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    trainer.dispose();
  });

  it('probes hidden state, cell state and gates over time (lstm)', () => {
    const task = syntheticTask('classify');
    const config = resolveModelConfig({ cell: 'lstm', hidden: 5, batchSize: 3 }, task.shape);
    const trainer = new Trainer({ config, task, evalEvery: 0 });
    const probe = trainer.probe(1);
    expect(probe.steps).toBe(6);
    expect(probe.hidden).toHaveLength(6);
    expect(probe.hidden[0]).toHaveLength(5);
    expect(Object.keys(probe.gates).sort()).toEqual(['c', 'f', 'g', 'i', 'o']);
    for (const g of ['i', 'f', 'o']) expect(probe.gates[g]!.flat().every((v) => v >= 0 && v <= 1)).toBe(true);
    trainer.dispose();
  });

  it('round-trips weights as Float32Arrays', () => {
    const task = syntheticTask('tag');
    const config = resolveModelConfig({ cell: 'gru', hidden: 4, batchSize: 2 }, task.shape);
    const a = new Trainer({ config, task, evalEvery: 0 });
    a.step();
    const w = a.getWeights();
    const b = new Trainer({ config: { ...config, seed: 99 }, task, evalEvery: 0 });
    expect(b.getWeights()[0]).not.toEqual(w[0]);
    b.setWeights(w);
    expect(b.getWeights()).toEqual(w);
    a.dispose();
    b.dispose();
  });
});

describe('no tensor leaks', () => {
  it.each(['classify', 'tag', 'encode-decode', 'vec-decode'] as const)('%s: numTensors flat over 1,000 steps', (head) => {
    const task = syntheticTask(head, { T: 4, vocab: 5 });
    const config = resolveModelConfig({ cell: head === 'tag' ? 'lstm' : head === 'classify' ? 'gru' : 'lstm', hidden: 3, batchSize: 2, clipNorm: 0.5 }, task.shape);
    const before = tf.memory().numTensors;
    const trainer = new Trainer({ config, task, evalEvery: 100, validationBatches: 1 });
    for (let i = 0; i < 5; i++) trainer.step(); // optimizer slots appear on the first update
    const warm = tf.memory().numTensors;
    for (let i = 0; i < 995; i++) trainer.step();
    trainer.probe();
    expect(tf.memory().numTensors).toBe(warm);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
