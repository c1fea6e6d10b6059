import { describe, expect, it } from 'vitest';
import { chanceLineIndex, orderEntries, rowKey, topRows } from './leaderboard-rows';
import { entry } from './test-entries';

const names = (rows: { nickname: string }[]) => rows.map((r) => r.nickname);

describe('orderEntries', () => {
  const rows = [
    entry({ nickname: 'c', rank: 3, score: 0.6, privateRank: 1, privateScore: 0.9 }),
    entry({ nickname: 'a', rank: 1, score: 0.9, privateRank: 3, privateScore: 0.5 }),
    entry({ nickname: 'base', isBaseline: true, score: 0.7, privateScore: 0.55 }),
    entry({ nickname: 'b', rank: 2, score: 0.8, privateRank: 2, privateScore: 0.8 }),
  ];

  it('puts students in rank order and the baseline after the last student it does not beat', () => {
    expect(names(orderEntries(rows, 'public', true))).toEqual(['a', 'b', 'base', 'c']);
  });
  it('orders by private rank and private score after the reveal', () => {
    expect(names(orderEntries(rows, 'private', true))).toEqual(['c', 'b', 'base', 'a']);
  });
  it('lower is better: bits/char', () => {
    const lm = [
      entry({ nickname: 'x', rank: 1, score: 2.0 }),
      entry({ nickname: 'y', rank: 2, score: 3.0 }),
      entry({ nickname: 'ref', isBaseline: true, score: 2.5 }),
      entry({ nickname: 'ref2', isBaseline: true, score: 9 }),
    ];
    expect(names(orderEntries(lm, 'public', false))).toEqual(['x', 'ref', 'y', 'ref2']);
  });
  it('a baseline ties after the students with its score, and unranked students come last', () => {
    const tie = [entry({ nickname: 'ref', isBaseline: true, score: 0.5 }), entry({ nickname: 'p', rank: 1, score: 0.5 }), entry({ nickname: 'u', score: 0.1 })];
    expect(names(orderEntries(tie, 'public', true))).toEqual(['p', 'ref', 'u']);
  });
  it('does not change its input', () => {
    const copy = [...rows];
    orderEntries(rows, 'public', true);
    expect(rows).toEqual(copy);
  });
});

describe('topRows', () => {
  const ordered = orderEntries(
    [
      ...Array.from({ length: 12 }, (_, i) => entry({ nickname: `s${i + 1}`, rank: i + 1, score: 1 - i / 20 })),
      entry({ nickname: 'mid', isBaseline: true, score: 0.72 }),
      entry({ nickname: 'low', isBaseline: true, score: 0.01 }),
    ],
    'public',
    true,
  );
  it('keeps ten students and the baselines among them', () => {
    const top = topRows(ordered, 10);
    expect(top.filter((r) => !r.isBaseline)).toHaveLength(10);
    expect(names(top)).toContain('mid');
    expect(names(top)).not.toContain('low');
  });
  it('keeps a trailing baseline while fewer students than the limit have scores', () => {
    expect(names(topRows(ordered.slice(0, 3).concat(ordered.at(-1)!), 10))).toEqual(['s1', 's2', 's3', 'low']);
  });
});

describe('chanceLineIndex', () => {
  const rows = [entry({ nickname: 'a', score: 0.9 }), entry({ nickname: 'b', score: 0.3 }), entry({ nickname: 'c', score: 0.25 })];
  it.each([
    [0.25, 2],
    [0.95, 0],
    [0.1, 3],
  ])('chance %s → line before row %s', (chance, index) => {
    expect(chanceLineIndex(rows, chance, true, 'public')).toBe(index);
  });
});

describe('rowKey', () => {
  it('is the participant, or the submission for a baseline', () => {
    expect(rowKey(entry({ nickname: 'a' }))).toBe('p-a');
    expect(rowKey(entry({ nickname: 'ref', isBaseline: true }))).toBe('baseline:s-ref');
  });
});
