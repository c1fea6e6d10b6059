import { describe, expect, it } from 'vitest';
import { beatsChance, compareScores, formatScoreNumber, formatTick } from './score-format';

describe('formatScoreNumber', () => {
  it.each([
    [0.875, '%', '87.5'],
    [1, '%', '100.0'],
    [0, '%', '0.0'],
    [0.25049, '%', '25.0'],
    [2.1349, 'bits/char', '2.13'],
    [6.3, 'bits/char', '6.30'],
    [null, '%', '—'],
    [Number.POSITIVE_INFINITY, 'bits/char', '—'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatScoreNumber(value, unit)).toBe(text);
  });
});

describe('comparing scores', () => {
  it('higher is better for accuracy', () => {
    expect(compareScores(0.9, 0.8, true)).toBeLessThan(0);
    expect(beatsChance(0.3, 0.25, true)).toBe(true);
    expect(beatsChance(0.25, 0.25, true)).toBe(false);
  });
  it('lower is better for bits/char', () => {
    expect(compareScores(2.1, 3.4, false)).toBeLessThan(0);
    expect(beatsChance(2.1, 6.3, false)).toBe(true);
    expect(beatsChance(6.5, 6.3, false)).toBe(false);
  });
});

describe('formatTick', () => {
  it.each([
    [0.8, '%', '80'],
    [0.25, '%', '25'],
    [2.5, 'bits/char', '2.5'],
    [6.2999999, 'bits/char', '6.3'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatTick(value, unit)).toBe(text);
  });
});
