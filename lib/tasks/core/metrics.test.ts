import { describe, expect, it } from 'vitest';
import type { Batch } from '../types';
import { accuracyAccumulator, bitsPerCharAccumulator, exactMatchAccumulator, MAX_BITS_PER_CHAR, stepAccuracyAccumulator } from './metrics';

const batch = (targets: number[], mask: number[], B: number, outLen: number): Batch => ({
  batchSize: B, inLen: outLen, outLen, targets: Int32Array.from(targets), targetMask: Float32Array.from(mask),
});
const logits = (rows: number[][], shape: number[]) => ({ kind: 'logits' as const, data: Float32Array.from(rows.flat()), shape });
const tokens = (ids: number[], B: number, T: number) => ({ kind: 'tokens' as const, ids: Int32Array.from(ids), shape: [B, T] as const });

describe('metric accumulators', () => {
  it('accuracy: argmax of class logits over many batches; a NaN row is wrong', () => {
    const acc = accuracyAccumulator(3);
    expect(acc.value()).toBe(0);
    acc.add(batch([0, 2], [1, 1], 2, 1), logits([[5, 1, 0], [0, 1, 4]], [2, 3]));
    acc.add(batch([1, 1], [1, 1], 2, 1), logits([[0, 3, 1], [Number.NaN, Number.NaN, Number.NaN]], [2, 3]));
    expect(acc.value()).toBe(0.75);
    expect(acc.extra()).toEqual({ examples: 4 });
  });

  it('rejects a prediction of the wrong shape, naming both shapes', () => {
    expect(() => accuracyAccumulator(4).add(batch([0, 1], [1, 1], 2, 1), logits([[1, 2, 3], [1, 2, 3]], [2, 3]))).toThrow(
      'Prediction has shape [2, 3], this task expects [2, 4] (batch, classes).',
    );
  });

  it('per-step accuracy counts masked steps only', () => {
    const acc = stepAccuracyAccumulator(3);
    acc.add(batch([1, 2, 2, 1], [1, 1, 1, 0], 2, 2), tokens([1, 1, 2, 2], 2, 2));
    expect(acc.value()).toBeCloseTo(2 / 3, 10);
  });

  it('bits per char: uniform logits score log2(V), confident right answers near 0, NaN the cap', () => {
    const uniform = bitsPerCharAccumulator(4);
    uniform.add(batch([0, 3], [1, 1], 1, 2), logits([[0, 0, 0, 0], [0, 0, 0, 0]], [1, 2, 4]));
    expect(uniform.value()).toBeCloseTo(2, 10);
    const sure = bitsPerCharAccumulator(2);
    sure.add(batch([1], [1], 1, 1), logits([[-1000, 1000]], [1, 1, 2]));
    expect(sure.value()).toBeCloseTo(0, 10);
    expect(sure.extra().accuracy).toBe(1);
    const half = bitsPerCharAccumulator(2);
    half.add(batch([0, 1], [1, 1], 1, 2), logits([[Math.log(3), 0], [Number.NaN, 0]], [1, 2, 2]));
    expect(half.value()).toBeCloseTo((-Math.log2(0.75) + MAX_BITS_PER_CHAR) / 2, 6);
  });

  it('exact match: every masked position must match; what follows EOS is ignored', () => {
    // Targets: "12" EOS pad / "7" EOS pad pad (outLen 4); ids: '1'=2 '2'=3 '7'=4, EOS 1.
    const b = batch([2, 3, 1, 0, 4, 1, 0, 0], [1, 1, 1, 0, 1, 1, 0, 0], 2, 4);
    const acc = exactMatchAccumulator(5, 'charAccuracy');
    acc.add(b, tokens([2, 3, 1, 4, 4, 3, 1, 1], 2, 4)); // row 0 right (junk after EOS), row 1 misses EOS
    expect(acc.value()).toBe(0.5);
    expect(acc.extra()).toEqual({ charAccuracy: 4 / 5, examples: 2 });
  });
});
