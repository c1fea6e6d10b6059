import { describe, expect, it } from 'vitest';
import { extent, linearScale, log2Scale, niceTicks } from './chart-scale';

describe('niceTicks', () => {
  it.each([
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 100, 4, [0, 50, 100]],
    [1.3, 6.4, 5, [2, 4, 6]],
    [1.3, 6.4, 6, [2, 3, 4, 5, 6]],
    [0, 1000, 5, [0, 200, 400, 600, 800, 1000]],
    [5, 5, 5, [5]],
    [1, 0, 2, [0, 0.5, 1]],
  ])('[%s, %s] ~%s ticks', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });
  it('gives nothing for infinite bounds', () => {
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([]);
  });
});

describe('scales', () => {
  it('maps linearly, with y flipped when the range runs downwards', () => {
    const y = linearScale(0, 1, 100, 0);
    expect(y(0)).toBe(100);
    expect(y(0.25)).toBe(75);
    expect(linearScale(2, 2, 0, 10)(2)).toBe(5);
  });
  it('maps hidden sizes on base 2 with power-of-two ticks', () => {
    const x = log2Scale(8, 128, 0, 400);
    expect(x(8)).toBe(0);
    expect(x(32)).toBe(200);
    expect(x(128)).toBe(400);
    expect(x.ticks).toEqual([8, 16, 32, 64, 128]);
  });
  it('pads extents and widens a single value', () => {
    expect(extent([0, 10], 0.1)).toEqual([-1, 11]);
    expect(extent([2])).toEqual([1.8, 2.2]);
    expect(extent([])).toEqual([0, 1]);
  });
});
