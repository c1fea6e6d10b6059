/**
 * The same comparison with tf.layers on the production backend, tfjs-wasm (XNNPACK matMuls; the lstm
 * and rnn scans run on the wasm cell kernels, gru on tfjs ops), plus a leak check of the kernel arenas'
 * tensors over many training steps.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveModelConfig } from '../config';
import { LAYER_CASES, compareWithLayers } from '../testing/compare-layers';
import { syntheticTask } from '../testing/synthetic-tasks';
import { Trainer } from '../trainer';

beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  await tf.setBackend('wasm');
});

describe('fused scans equal tf.layers (tfjs-wasm backend)', () => {
  it.each(LAYER_CASES)('$cell $activation T=$T B=$B D=$D H=$H lengths=$lengths init=$initState', (c) => {
    expect(tf.getBackend()).toBe('wasm');
    compareWithLayers(c);
  });
});

describe('no tensor leaks on tfjs-wasm', () => {
  it.each(['rnn', 'lstm', 'gru'] as const)('%s: numTensors flat over 300 streamed steps', (cell) => {
    const task = syntheticTask('tag', { T: 5 });
    const trainer = new Trainer({ config: resolveModelConfig({ cell, hidden: 6, layers: 2, batchSize: 3 }, task.shape), task, evalEvery: 50, validationBatches: 2 });
    for (let i = 0; i < 5; i++) trainer.step();
    const warm = tf.memory().numTensors;
    for (let i = 0; i < 300; i++) trainer.step();
    expect(tf.memory().numTensors).toBe(warm);
    trainer.dispose();
  });
});
