import { describe, expect, it } from 'vitest';
import { formatCompact, formatCountdown, formatMetric, isBetter, tick } from './format';

describe('formatMetric', () => {
  it.each([
    [0.875, '%', '87.5%'],
    [1, '%', '100.0%'],
    [2.13449, 'bits/char', '2.134 bits/char'],
    [null, '%', '–'],
    [Number.NaN, 'bits/char', '–'],
  ] as const)('%s in %s → %s', (value, unit, text) => {
    expect(formatMetric(value, { unit })).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [-5000, '0:00'],
    [999, '0:01'],
    [65_000, '1:05'],
    [3_725_000, '1:02:05'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('isBetter and formatCompact', () => {
  it('compares in the metric direction', () => {
    expect(isBetter(0.9, 0.8, { higherIsBetter: true })).toBe(true);
    expect(isBetter(2.1, 2.4, { higherIsBetter: false })).toBe(true);
    expect(isBetter(2.4, 2.1, { higherIsBetter: false })).toBe(false);
  });
  it('shortens big numbers', () => {
    expect(formatCompact(1234)).toBe('1.2K');
    expect(formatCompact(12)).toBe('12');
  });
});

describe('chart axis labels', () => {
  it.each([
    [0, '0'],
    [0.001, '1e-3'],
    [0.25, '0.25'],
    [12, '12'],
    [1500, '1.5k'],
    [10_000, '10k'],
    [2e7, '2e+7'],
    [null, ''],
  ])('%s → %s', (v, label) => {
    expect(tick(v)).toBe(label);
  });
});
