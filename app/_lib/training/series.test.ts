import { describe, expect, it } from 'vitest';
import { emaSeries, SeriesBuffer, smoothVector } from './series';

const point = (step: number) => ({ step, loss: 1 / step, metric: step > 5 ? 0.5 : null, examplesPerSec: 100, gradNorm: 2 });

describe('SeriesBuffer', () => {
  it('keeps every step while there is room', () => {
    const s = new SeriesBuffer(10);
    s.add([1, 2, 3].map(point));
    expect(s.columns.step).toEqual([1, 2, 3]);
    expect(s.columns.metric).toEqual([null, null, null]);
    expect(s.version).toBe(1);
  });

  it('never holds more than maxPoints and still spans the whole run', () => {
    const s = new SeriesBuffer(16);
    for (let i = 1; i <= 1000; i++) s.add([point(i)]);
    expect(s.length).toBeLessThan(16);
    expect(s.length).toBeGreaterThanOrEqual(8);
    expect(s.columns.step[0]).toBe(1);
    expect(s.columns.step.at(-1)!).toBeGreaterThan(1000 - 1000 / 8); // within one stride of the end
    const gaps = s.columns.step.slice(1).map((v, i) => v - s.columns.step[i]!);
    expect(new Set(gaps).size).toBe(1); // evenly spaced
  });

  it('round-trips through points (checkpoint history) and clears', () => {
    const s = new SeriesBuffer(100);
    s.add([1, 2, 3].map(point));
    const copy = new SeriesBuffer(100);
    copy.add(s.toPoints());
    expect(copy.columns).toEqual(s.columns);
    s.clear();
    expect(s.length).toBe(0);
  });

  it('refuses a uselessly small buffer', () => {
    expect(() => new SeriesBuffer(2)).toThrow('at least 4');
  });
});

describe('smoothVector', () => {
  it.each([
    [null, [1, 2], [1, 2]],
    [[1, 1], [2, 3], [1.5, 2]],
    [[1, 1, 1], [4, 4], [4, 4]], // another length: start over
    [[1, 1], [Number.NaN, 3], [1, 2]], // a non-finite value keeps the old one
  ])('smooths %j with %j → %j', (prev, next, expected) => {
    const out = smoothVector(prev, next, 0.5);
    out.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 10));
  });
});

describe('emaSeries', () => {
  it('smooths along the series and passes gaps through', () => {
    expect(emaSeries([10, 20, null, 20], 0.5)).toEqual([10, 15, null, 17.5]);
    expect(emaSeries([])).toEqual([]);
  });
});
