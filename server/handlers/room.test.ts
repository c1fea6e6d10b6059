/**
 * Roster pushes to hosts: every change at once in a small class; folded into one push per gap in a
 * big one (a join storm of a whole lecture hall must not re-send the whole roster per join).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Roster } from '../../lib/protocol/events';
import type { ClassSessionRow } from '../services/rooms';
import { connect, startLiveServer, ask, type LiveServer, type TestSocket } from '../testing/live-server';
import { broadcastRoster } from './room';

let live: LiveServer;
let host: TestSocket;

beforeAll(async () => {
  live = await startLiveServer();
  host = await connect(live.url, live.hostCookie);
});

afterAll(async () => {
  host.disconnect();
  await live.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function watchedRoom(students: number): Promise<{ room: ClassSessionRow; pushes: Roster[] }> {
  const { ctx } = live.server;
  const instructor = ctx.accounts.instructorForToken(live.hostCookie.split('=')[1])!;
  const room = ctx.rooms.create(instructor, `Room of ${students}`);
  for (let i = 0; i < students; i++) ctx.rooms.join(room.code, `s${i}`);
  expect((await ask(host, 'host:watch', { code: room.code })).ok).toBe(true);
  const pushes: Roster[] = [];
  host.on('room:roster', (r: Roster) => r.code === room.code && pushes.push(r));
  return { room, pushes };
}

describe('broadcastRoster', () => {
  it('pushes every change of a small class at once', async () => {
    const { room, pushes } = await watchedRoom(2);
    broadcastRoster(live.server.ctx, room);
    await sleep(20);
    live.server.ctx.rooms.join(room.code, 'late');
    broadcastRoster(live.server.ctx, room);
    await sleep(50);
    expect(pushes.map((r) => r.participants.length)).toEqual([2, 3]);
  });

  it('folds changes within the gap of a big class (0.5 ms per participant) into one push of the latest roster', async () => {
    const { room, pushes } = await watchedRoom(1000);
    const { ctx } = live.server;
    broadcastRoster(ctx, room);
    for (const name of ['late1', 'late2', 'late3']) {
      ctx.rooms.join(room.code, name);
      broadcastRoster(ctx, room);
    }
    await sleep(100);
    expect(pushes.map((r) => r.participants.length)).toEqual([1000]);
    await sleep(1000); // the gap is 500 ms: one more push, then quiet
    expect(pushes.map((r) => r.participants.length)).toEqual([1000, 1003]);
  });
});
