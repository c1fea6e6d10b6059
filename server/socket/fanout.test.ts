import { describe, expect, it } from 'vitest';
import type { AppContext } from '../app-context';
import { FANOUT_SLICE, inSlices, toRoomInSlices } from './fanout';

const turn = () => new Promise((r) => setImmediate(r));

describe('fan-out in slices', () => {
  it('inSlices: the first slice at once, the rest on later turns, in order', async () => {
    const seen: number[] = [];
    inSlices(Array.from({ length: FANOUT_SLICE * 2 + 5 }, (_, i) => i), (i) => seen.push(i));
    expect(seen).toHaveLength(FANOUT_SLICE);
    await turn();
    expect(seen).toHaveLength(FANOUT_SLICE * 2);
    await turn();
    expect(seen).toEqual(Array.from({ length: FANOUT_SLICE * 2 + 5 }, (_, i) => i));
  });

  it('toRoomInSlices: every socket of the room but the excepted ones, once, a slice per turn', async () => {
    const students = Array.from({ length: FANOUT_SLICE + 10 }, (_, i) => `s${i}`);
    const rooms = new Map([
      ['room', new Set([...students, 'h1', 'h2'])],
      ['hosts', new Set(['h1', 'h2'])],
    ]);
    const slices: string[][] = [];
    const ctx = { io: { of: () => ({ adapter: { rooms } }), to: (ids: string[]) => ({ ids }) } } as unknown as AppContext;
    toRoomInSlices(ctx, 'room', 'hosts', (to) => slices.push((to as unknown as { ids: string[] }).ids));
    expect(slices).toHaveLength(1);
    await turn();
    expect(slices.map((s) => s.length)).toEqual([FANOUT_SLICE, 10]);
    expect(slices.flat().sort()).toEqual([...students].sort());
    toRoomInSlices(ctx, 'nobody-here', null, () => slices.push([]));
    expect(slices).toHaveLength(2);
  });
});
