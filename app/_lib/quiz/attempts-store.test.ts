import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, mergeAttempts, parseAttempts } from './attempts-store';

describe('parseAttempts', () => {
  it.each([
    [null, []],
    ['not json', []],
    ['{"questionId":"a"}', []],
    ['[{"questionId":"a","correct":true,"at":1},{"questionId":"b"},7]', [{ questionId: 'a', correct: true, at: 1 }]],
  ])('%j → %j', (raw, attempts) => {
    expect(parseAttempts(raw)).toEqual(attempts);
  });
});

describe('mergeAttempts', () => {
  it('adds new attempts in time order and skips ones already kept (a class round fetched twice)', () => {
    const a = { questionId: 'a', correct: false, at: 5 };
    const b = { questionId: 'b', correct: true, at: 3 };
    expect(mergeAttempts([a], [b, a])).toEqual([b, a]);
  });

  it('keeps the newest MAX_ATTEMPTS', () => {
    const many = Array.from({ length: MAX_ATTEMPTS + 5 }, (_, i) => ({ questionId: `q${i}`, correct: true, at: i }));
    const merged = mergeAttempts([], many);
    expect(merged).toHaveLength(MAX_ATTEMPTS);
    expect(merged[0]!.at).toBe(5);
  });
});
