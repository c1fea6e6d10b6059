import { describe, expect, it } from 'vitest';
import { buildBank } from './bank';
import { familyOf } from './review';
import { pickQuestions } from './pick';

const bank = buildBank(1);

describe('pickQuestions', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = pickQuestions(bank, { count: 10, seed: 5 }).map((q) => q.id);
    expect(pickQuestions(bank, { count: 10, seed: 5 }).map((q) => q.id)).toEqual(a);
    expect(pickQuestions(bank, { count: 10, seed: 6 }).map((q) => q.id)).not.toEqual(a);
  });

  it('keeps to the chosen topics, with distinct families', () => {
    const picked = pickQuestions([...bank, ...buildBank(2)], { count: 50, seed: 1, topics: ['gating', 'lm-training'] });
    expect(picked.every((q) => q.topic === 'gating' || q.topic === 'lm-training')).toBe(true);
    expect(new Set(picked.map((q) => familyOf(q.id))).size).toBe(picked.length);
    // Two banks hold two instances of each generator but only one per family may be picked.
    const pool = bank.filter((q) => q.topic === 'gating' || q.topic === 'lm-training').length;
    expect(picked).toHaveLength(pool);
  });

  it('returns fewer when the pool is small, none for count 0, and refuses a bad count', () => {
    expect(pickQuestions(bank, { count: 1000, seed: 1 })).toHaveLength(bank.length);
    expect(pickQuestions(bank, { count: 0, seed: 1 })).toEqual([]);
    expect(() => pickQuestions(bank, { count: -1, seed: 1 })).toThrow(RangeError);
  });
});
