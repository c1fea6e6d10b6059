import { describe, expect, it } from 'vitest';
import { averageByCell, mean, meansByHidden, type InsightPoint } from './insights-math';

const p = (cell: InsightPoint['cell'], hidden: number, score: number): InsightPoint => ({ cell, hidden, layers: 1, parameters: hidden * 10, score });

describe('class insights', () => {
  const points = [p('lstm', 32, 0.9), p('rnn', 32, 0.3), p('lstm', 64, 0.8), p('rnn', 32, 0.5), p('lstm', 32, 0.7)];

  it('averages per cell in rnn, lstm, gru order, leaving out cells nobody used', () => {
    const avg = averageByCell(points);
    expect(avg.map((a) => a.cell)).toEqual(['rnn', 'lstm']);
    expect(avg[0]).toMatchObject({ count: 2 });
    expect(avg[0]!.average).toBeCloseTo(0.4);
    expect(avg[1]!.average).toBeCloseTo(0.8);
  });

  it('means per hidden size, ascending', () => {
    const lines = meansByHidden(points);
    expect(lines.lstm.map((x) => x.hidden)).toEqual([32, 64]);
    expect(lines.lstm[0]!.mean).toBeCloseTo(0.8);
    expect(lines.lstm[0]!.count).toBe(2);
    expect(lines.gru).toEqual([]);
  });

  it('has no mean of nothing', () => {
    expect(mean([])).toBeNaN();
    expect(averageByCell([])).toEqual([]);
  });
});
