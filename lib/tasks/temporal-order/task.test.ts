import { describe, expect, it } from 'vitest';
import { PAD_ID } from '../types';
import { hashIds, hashString, inHiddenBucket, ONE_IN_16 } from '../core/hash';
import { TEMPORAL_ORDER_LEVELS, type TemporalOrderLevelName } from './levels';
import { TEMPORAL_ORDER_SYMBOLS, temporalOrderTask } from './task';

const id = (s: string) => TEMPORAL_ORDER_SYMBOLS.indexOf(s as never) + 1;
const LEVELS = Object.keys(TEMPORAL_ORDER_LEVELS) as TemporalOrderLevelName[];

describe.each(LEVELS)('temporal-order %s', (level) => {
  const spec = TEMPORAL_ORDER_LEVELS[level];
  const task = temporalOrderTask(level);
  const batch = task.trainStream(2024, { batchSize: 4000 }).next();
  const T = batch.inLen;
  const rows = Array.from({ length: batch.batchSize }, (_, r) => Array.from(batch.inputs!.subarray(r * T, (r + 1) * T)));

  it('pads at the front to the longest length of the level', () => {
    expect(T).toBe(spec.length[1]);
    for (const row of rows) {
      const start = row.findIndex((x) => x !== PAD_ID);
      expect(row.slice(0, start).every((x) => x === PAD_ID)).toBe(true);
      expect(row[start]).toBe(id('B'));
      expect(row[T - 1]).toBe(id('E'));
      const length = T - start;
      expect(length).toBeGreaterThanOrEqual(spec.length[0]);
      expect(length).toBeLessThanOrEqual(spec.length[1]);
    }
  });

  it('places X / Y at t1 and t2 (counted from B) and labels their order', () => {
    const classes = 'QRSU';
    for (let r = 0; r < rows.length; r++) {
      const seq = rows[r]!.slice(rows[r]!.findIndex((x) => x !== PAD_ID));
      const relevant = seq.flatMap((x, pos) => (x === id('X') || x === id('Y') ? [pos] : []));
      expect(relevant).toHaveLength(2);
      const [t1, t2] = relevant as [number, number];
      expect(t1).toBeGreaterThanOrEqual(spec.t1[0]);
      expect(t1).toBeLessThanOrEqual(spec.t1[1]);
      expect(t2).toBeGreaterThanOrEqual(spec.t2[0]);
      expect(t2).toBeLessThanOrEqual(spec.t2[1]);
      const order = (seq[t1] === id('X') ? 'X' : 'Y') + (seq[t2] === id('X') ? 'X' : 'Y');
      expect(classes[batch.targets[r]!]).toBe({ XX: 'Q', XY: 'R', YX: 'S', YY: 'U' }[order]);
      expect(seq.slice(1, -1).filter((x) => x >= id('a') && x <= id('d'))).toHaveLength(seq.length - 4);
    }
  });

  it('balances the four classes within 3 points over 4000 samples', () => {
    const counts = [0, 0, 0, 0];
    for (const t of batch.targets) counts[t]!++;
    for (const c of counts) expect(Math.abs(c / batch.batchSize - 0.25)).toBeLessThan(0.03);
  });

  it('uses every distractor about equally', () => {
    const counts = new Map<number, number>();
    for (const row of rows) for (const x of row) if (x >= 1 && x <= 4) counts.set(x, (counts.get(x) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const c of counts.values()) expect(Math.abs(c / total - 0.25)).toBeLessThan(0.02);
  });
});

describe('temporal-order easy hidden bucket', () => {
  // Every easy sequence: 2 lengths × 2 t1 × 2 t2 × 4 classes × 4^(length−4) distractors = 5120.
  function allEasy(): number[][] {
    const out: number[][] = [];
    for (const length of [7, 8]) for (const t1 of [1, 2]) for (const t2 of [4, 5]) for (let cls = 0; cls < 4; cls++) {
      const free = length - 4;
      for (let d = 0; d < 4 ** free; d++) {
        const seq = [id('B')];
        for (let i = 1, k = d; i < length - 1; i++) {
          if (i === t1) seq.push(cls >> 1 ? id('Y') : id('X'));
          else if (i === t2) seq.push(cls & 1 ? id('Y') : id('X'));
          else seq.push(1 + (k % 4)), (k = Math.floor(k / 4));
        }
        out.push([...seq, id('E')]);
      }
    }
    return out;
  }

  it('holds enough distinct sequences, and a hidden split uses each at most once', () => {
    const all = allEasy();
    expect(new Set(all.map((s) => s.join())).size).toBe(5120);
    const inBucket = all.filter((s) => inHiddenBucket(hashIds(s, hashString('temporal-order')), ONE_IN_16)).length;
    expect(inBucket).toBeGreaterThan(250); // ~5120 / 16
    const split = temporalOrderTask('easy').hiddenSplit({ secret: 'k', publicFraction: 0.5, size: 10_000 });
    const n = [...split.public, ...split.private].reduce((a, b) => a + b.batchSize, 0);
    expect(n).toBeLessThanOrEqual(inBucket);
    expect(n).toBeGreaterThan(inBucket * 0.95); // the draw finds nearly all of them
  });
});
