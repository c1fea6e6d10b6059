import { describe, expect, it } from 'vitest';
import { defaultConfig, parameterCount } from '@/lib/ml/config';
import type { TaskShape } from '@/lib/tasks/types';
import { checkDraft, draftFromConfig, initialDraft, type ModelDraft } from './model-form';

const classify: TaskShape = { head: 'classify', inputVocab: 9, outputVocab: 4, inLen: 8, outLen: 1, streamed: false };
const lm: TaskShape = { head: 'tag', inputVocab: 80, outputVocab: 80, inLen: 50, outLen: 50, streamed: true };
const open = { allowedCells: ['rnn', 'lstm', 'gru'], maxParameters: 100_000 } as const;

describe('initialDraft', () => {
  it("starts from lib/ml's defaults for the head", () => {
    const d = initialDraft(classify, open);
    expect(d).toEqual(draftFromConfig(defaultConfig('classify')));
    expect(checkDraft(d, classify, open).problems).toEqual([]);
  });

  it('picks an allowed cell and shrinks the hidden size to fit the limit', () => {
    const limits = { allowedCells: ['rnn', 'gru'], maxParameters: 20_000 } as const;
    const d = initialDraft(lm, limits);
    expect(d.cell).toBe('rnn');
    expect(d.chunkLen).toBe('50');
    const check = checkDraft(d, lm, limits);
    expect(check.problems).toEqual([]);
    expect(check.parameters!).toBeLessThanOrEqual(20_000);
    expect(Number(d.hidden)).toBeLessThan(128);
  });
});

describe('checkDraft', () => {
  const ok = initialDraft(classify, open);
  it('gives the config and its parameter count', () => {
    const check = checkDraft(ok, classify, open);
    expect(check.config).toMatchObject({ cell: 'lstm', hidden: 32, layers: 1 });
    expect(check.parameters).toBe(parameterCount(check.config!, classify));
  });

  it.each<[Partial<ModelDraft>, string, string, Record<string, unknown> | undefined]>([
    [{ hidden: 'abc' }, 'hidden', 'notNumber', undefined],
    [{ hidden: '' }, 'hidden', 'notNumber', undefined],
    [{ layers: '1.5' }, 'layers', 'notWhole', undefined],
    [{ layers: '4' }, 'layers', 'range', { min: 1, max: 3 }],
    [{ learningRate: '0' }, 'learningRate', 'range', { min: 1e-6, max: 10 }],
    [{ embedding: 'learned', embeddingDim: '1' }, 'embeddingDim', 'range', { min: 2, max: 512 }],
    [{ seed: '-1' }, 'seed', 'range', { min: 0, max: 2 ** 31 - 1 }],
  ])('refuses %j (%s: %s)', (change, field, key, params) => {
    const check = checkDraft({ ...ok, ...change }, classify, open);
    expect(check.config).toBeNull();
    expect(check.problems).toContainEqual(params ? { field, key, params } : { field, key });
  });

  it('refuses a cell the challenge does not allow, naming the allowed ones', () => {
    const check = checkDraft({ ...ok, cell: 'rnn' }, classify, { allowedCells: ['lstm', 'gru'], maxParameters: 100_000 });
    expect(check.config).toBeNull();
    expect(check.problems).toEqual([{ field: 'cell', key: 'cellNotAllowed', params: { cell: 'RNN', allowed: 'LSTM, GRU' } }]);
    expect(check.parameters).toBeGreaterThan(0); // still counted, so the student sees the size
  });

  it('refuses a model over the parameter limit, with the live count', () => {
    const check = checkDraft({ ...ok, hidden: '256', layers: '3' }, classify, open);
    const count = check.parameters!;
    expect(count).toBeGreaterThan(100_000);
    expect(check.problems).toEqual([{ field: 'model', key: 'tooManyParameters', params: { count, max: 100_000 } }]);
    expect(check.config).toBeNull();
  });

  it('uses the chunk length only for streamed tasks and the activation only for rnn', () => {
    expect(checkDraft({ ...ok, chunkLen: 'whatever' }, classify, open).config!.chunkLen).toBeUndefined();
    expect(checkDraft({ ...ok, activation: 'relu' }, classify, open).config!.activation).toBe('tanh');
    expect(checkDraft({ ...ok, cell: 'rnn', activation: 'relu' }, classify, open).config!.activation).toBe('relu');
    const streamed = initialDraft(lm, open);
    expect(checkDraft({ ...streamed, chunkLen: '1' }, lm, open).problems).toContainEqual({ field: 'chunkLen', key: 'range', params: { min: 2, max: 1000 } });
  });
});
