import { describe, expect, it } from 'vitest';
import { defaultConfig } from '@/lib/ml/config';
import { checkpointDue, checkpointMismatch, decodeCheckpoint, encodeCheckpoint, type Checkpoint } from './checkpoint';

const checkpoint: Checkpoint = {
  key: 'ABC123:challenge',
  taskId: 'temporal-order',
  level: 'easy',
  config: defaultConfig('classify'),
  step: 400,
  savedAt: 1_700_000_000_000,
  metric: 0.75,
  weights: [Float32Array.from([1, 2, 3]), Float32Array.from([-0.5]), Float32Array.from([4, 5])],
  history: [{ step: 1, loss: 1.4, metric: null, examplesPerSec: 900, gradNorm: 0.7 }],
};

describe('checkpoint records', () => {
  it('round-trips config, step, weights and history', () => {
    const back = decodeCheckpoint(structuredClone(encodeCheckpoint(checkpoint)));
    expect(back).toEqual(checkpoint);
    expect(back.weights.map((w) => w.length)).toEqual([3, 1, 2]);
  });

  it('stores all weights in one buffer', () => {
    const stored = encodeCheckpoint(checkpoint);
    expect(stored.lengths).toEqual([3, 1, 2]);
    expect(Array.from(new Float32Array(stored.weights))).toEqual([1, 2, 3, -0.5, 4, 5]);
  });

  it.each([
    ['another version', (s: Record<string, unknown>) => ({ ...s, version: 2 }), 'version'],
    ['a bad config', (s: Record<string, unknown>) => ({ ...s, config: { ...checkpoint.config, hidden: 0 } }), 'config.hidden'],
    ['missing weights', (s: Record<string, unknown>) => ({ ...s, weights: undefined }), 'weights'],
    ['a short weight buffer', (s: Record<string, unknown>) => ({ ...s, weights: new ArrayBuffer(8) }), 'damaged: 8 bytes of weights, 24 expected'],
    ['not a record at all', () => null, 'cannot be used'],
  ])('refuses %s', (_, mutate, message) => {
    const stored = encodeCheckpoint(checkpoint) as unknown as Record<string, unknown>;
    expect(() => decodeCheckpoint(mutate(stored))).toThrow(message);
  });
});

describe('checkpointDue', () => {
  it.each([
    [{ step: 200, lastStep: 0, lastAt: 0, now: 6_000 }, true], // 200 steps
    [{ step: 199, lastStep: 0, lastAt: 0, now: 6_000 }, false],
    [{ step: 20, lastStep: 0, lastAt: 0, now: 30_000 }, true], // slow model: 30 s
    [{ step: 400, lastStep: 0, lastAt: 0, now: 1_000 }, false], // fast model: not twice in 5 s
    [{ step: 10, lastStep: 10, lastAt: 0, now: 60_000 }, false], // nothing new
  ])('%j → %s', (args, due) => {
    expect(checkpointDue(args)).toBe(due);
  });
});

describe('checkpointMismatch', () => {
  it('accepts its own task and level and names the difference otherwise', () => {
    expect(checkpointMismatch(checkpoint, { taskId: 'temporal-order', level: 'easy' })).toBeNull();
    expect(checkpointMismatch(checkpoint, { taskId: 'temporal-order', level: 'hard' })).toBe('The saved checkpoint is for temporal-order easy, not temporal-order hard.');
  });
});
