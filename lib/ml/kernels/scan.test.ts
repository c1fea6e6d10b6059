/**
 * The fused scans against tf.layers on the cpu backend, each case on both implementations: tfjs ops
 * per step, and the wasm SIMD cell kernels (see testing/compare-layers.ts for the criterion).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, it } from 'vitest';
import { LAYER_CASES, compareWithLayers } from '../testing/compare-layers';
import { setScanImplementation, type ScanImplementation } from './scan';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const table = LAYER_CASES.flatMap((c) => (['ops', 'wasm'] as ScanImplementation[]).map((impl) => ({ ...c, impl })));

describe('fused scans equal tf.layers (cpu backend)', () => {
  it.each(table)('$impl: $cell $activation T=$T B=$B D=$D H=$H lengths=$lengths init=$initState', (c) => {
    setScanImplementation(c.impl);
    compareWithLayers(c);
  });
});
