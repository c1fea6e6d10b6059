import { describe, expect, it } from 'vitest';
import { configSummary } from './config-summary';

describe('configSummary', () => {
  it.each([
    [{ cell: 'lstm', layers: 1, hidden: 8, optimizer: 'adam', learningRate: 0.002, clipNorm: 5, batchSize: 32 }, ['adam', 'lr 0.002', 'clip 5', 'batch 32']],
    [{ cell: 'rnn', activation: 'relu', embedding: { kind: 'learned', dim: 16 }, chunkLen: 50 }, ['relu', 'emb learned 16', 'T 50']],
    [{ embedding: { kind: 'one-hot' }, seed: 7, futureField: [1, 2] }, ['emb one-hot', 'seed 7', 'futureField [1,2]']],
    [{ chunkLen: undefined, cell: 'gru' }, []],
  ])('%j', (config, expected) => {
    expect(configSummary(config)).toEqual(expected);
  });
});
