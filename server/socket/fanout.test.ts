import { describe, expect, it } from 'vitest';
import { FANOUT_SLICE, inSlices } from './fanout';

const turn = () => new Promise((r) => setImmediate(r));
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('fan-out in slices', () => {
  it('a quick fan-out goes out in one turn', () => {
    const seen: number[] = [];
    inSlices(Array.from({ length: FANOUT_SLICE * 5 }, (_, i) => i), (i) => seen.push(i));
    expect(seen).toHaveLength(FANOUT_SLICE * 5);
  });

  it('a slow one yields after the turn’s budget and keeps the order, also with the next fan-out', async () => {
    const seen: string[] = [];
    inSlices([0, 1, 2, 3, 4, 5], (i) => (busy(4), seen.push(`a${i}`)), 2);
    const first = seen.length;
    expect(first).toBeGreaterThanOrEqual(2);
    expect(first).toBeLessThan(6); // 24 ms > the turn's budget: the rest waits
    inSlices([0, 1], (i) => seen.push(`b${i}`)); // asked for later: goes out after the first
    expect(seen).toHaveLength(first);
    for (let t = 0; t < 10 && seen.length < 8; t++) await turn();
    expect(seen).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'b0', 'b1']);
  });
});
