import { describe, expect, it } from 'vitest';
import type { HeadKind, TaskShape } from '../tasks/types';
import { ConfigError, defaultConfig, parameterCount, parameterSpecs, parseModelConfig, resolveModelConfig } from './config';

const shapes: Record<HeadKind, TaskShape> = {
  classify: { head: 'classify', inputVocab: 8, outputVocab: 4, inLen: 40, outLen: 1, streamed: false },
  tag: { head: 'tag', inputVocab: 65, outputVocab: 65, inLen: 50, outLen: 50, streamed: true },
  'encode-decode': { head: 'encode-decode', inputVocab: 30, outputVocab: 20, inLen: 12, outLen: 8, streamed: false },
  'vec-decode': { head: 'vec-decode', inputVocab: 0, outputVocab: 15, featureDim: 256, inLen: 0, outLen: 9, streamed: false },
};

describe('resolveModelConfig', () => {
  it.each(Object.keys(shapes) as HeadKind[])('defaults for %s are valid', (head) => {
    const c = resolveModelConfig({}, shapes[head]);
    expect(c).toMatchObject(defaultConfig(head));
    expect(c.chunkLen).toBe(head === 'tag' ? 50 : undefined);
  });

  it('keeps what the student chose', () => {
    expect(resolveModelConfig({ cell: 'gru', hidden: 7, optimizer: 'sgd' }, shapes.classify)).toMatchObject({ cell: 'gru', hidden: 7, optimizer: 'sgd', layers: 1 });
  });

  it.each([
    [{ cell: 'transformer' }, /cell/],
    [{ hidden: 1 }, /hidden must be at least 2/],
    [{ hidden: 513 }, /hidden must be at most 512/],
    [{ hidden: 3.5 }, /hidden must be a whole number/],
    [{ layers: 4 }, /layers must be at most 3/],
    [{ learningRate: 0 }, /learningRate must be at least 1e-6/],
    [{ clipNorm: -1 }, /clipNorm/],
    [{ batchSize: 0 }, /batchSize must be at least 1/],
    [{ embedding: { kind: 'learned' } }, /embedding\.dim/],
    [{ embedding: { kind: 'one-hot', dim: 3 } }, /unknown field "dim"/],
    [{ dropout: 0.5 }, /unknown field "dropout"/],
    [{ cell: 'gru', activation: 'relu' }, /only for the vanilla rnn cell/],
    [{ chunkLen: 20 }, /only streamed tasks/],
    ['lstm', /config/],
  ])('refuses %j', (input, message) => {
    expect(() => resolveModelConfig(input, shapes.classify)).toThrow(ConfigError);
    expect(() => resolveModelConfig(input, shapes.classify)).toThrow(message);
  });

  it('parseModelConfig needs every field', () => {
    const { seed: _, ...partial } = defaultConfig('classify');
    expect(() => parseModelConfig(partial, shapes.classify)).toThrow(/seed/);
  });
});

describe('parameterCount', () => {
  it.each([
    // lstm 1×32 one-hot on 8 symbols, 4 classes: 4·32·(8+32+1) + 32·4 + 4
    ['classify lstm', shapes.classify, { cell: 'lstm', hidden: 32 }, 4 * 32 * 41 + 132],
    // vanilla rnn 2×4: layer0 4·(8+4+1), layer1 4·(4+4+1), head 4·4+4
    ['classify rnn 2 layers', shapes.classify, { cell: 'rnn', hidden: 4, layers: 2 }, 52 + 36 + 20],
    // gru 1×16 with learned embedding 5: 8·5 + 3·16·(5+16+1) + 16·4 + 4
    ['classify gru learned', shapes.classify, { cell: 'gru', hidden: 16, embedding: { kind: 'learned', dim: 5 } }, 40 + 3 * 16 * 22 + 68],
    // encoder lstm 1×8 one-hot 30, decoder lstm 1×8 one-hot 20, head 8·20+20
    ['encode-decode', shapes['encode-decode'], { cell: 'lstm', hidden: 8, embedding: { kind: 'one-hot' } }, 32 * 39 + 32 * 29 + 180],
    // init 256 → 2·(h,c)·6, decoder gru one-hot 15 ×6, head
    ['vec-decode', shapes['vec-decode'], { cell: 'lstm', hidden: 6, layers: 2, embedding: { kind: 'one-hot' } }, 256 * 24 + 24 + 24 * (15 + 6 + 1) + 24 * (6 + 6 + 1) + 6 * 15 + 15],
  ] as const)('%s', (_, shape, input, count) => {
    const config = resolveModelConfig(input, shape);
    expect(parameterCount(config, shape)).toBe(count);
    expect(new Set(parameterSpecs(config, shape).map((s) => s.name)).size).toBe(parameterSpecs(config, shape).length);
  });
});
