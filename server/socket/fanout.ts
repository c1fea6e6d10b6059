/**
 * Personal messages to many students, a slice per turn of the event loop: 2,000 students' own
 * payloads sent in one go would block everything else for tens of ms.
 */
import type { AppContext } from '../app-context';
import { channel } from './context';

/** Students served per turn of the event loop. */
export const FANOUT_SLICE = 250;

export type Target = ReturnType<AppContext['io']['to']>;

/** Calls `each` for every item, `perTurn` at once and the rest as many per later turn of the event loop. */
export function inSlices<T>(items: readonly T[], each: (item: T) => void, perTurn = FANOUT_SLICE): void {
  const run = (from: number) => {
    const end = Math.min(items.length, from + perTurn);
    for (let i = from; i < end; i++) each(items[i]!);
    if (end < items.length) setImmediate(() => run(end));
  };
  run(0);
}

/**
 * Calls `send` for each student connected to the session now, with the channel of their sockets.
 * Students who connect meanwhile ask for the state anyway.
 */
export function toEachStudent(ctx: AppContext, sessionId: string, send: (participantId: string, to: Target) => void): void {
  inSlices(ctx.rooms.presence.connectedIn(sessionId), (id) => send(id, ctx.io.to(channel.participant(id))));
}

/**
 * A broadcast to a room (but those also in `except`), a slice of its sockets per turn of the event
 * loop, each slice encoded once. One emit to 2,000 sockets writes to all of them before anything else
 * runs: the load test saw such a broadcast hold the event loop for up to 0.75 s while the machine was
 * busy. Each socket still gets broadcasts in the order they were made (slices go out in turn order).
 */
export function toRoomInSlices(ctx: AppContext, room: string, except: string | null, send: (to: Target) => void): void {
  const rooms = ctx.io.of('/').adapter.rooms;
  const skip = except ? rooms.get(except) : undefined;
  const ids = [...(rooms.get(room) ?? [])].filter((id) => !skip?.has(id));
  const slices: string[][] = [];
  for (let i = 0; i < ids.length; i += FANOUT_SLICE) slices.push(ids.slice(i, i + FANOUT_SLICE));
  inSlices(slices, (slice) => send(ctx.io.to(slice)), 1);
}
