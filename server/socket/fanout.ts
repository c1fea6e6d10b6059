/**
 * Personal messages to many students, a slice per turn of the event loop: 2,000 students' own
 * payloads sent in one go would block everything else for tens of ms.
 */
import type { AppContext } from '../app-context';
import { channel } from './context';

/** Students served per turn of the event loop. */
export const FANOUT_SLICE = 250;

export type Target = ReturnType<AppContext['io']['to']>;

/** Calls `each` for every item, the first slice at once and the rest on later turns of the event loop. */
export function inSlices<T>(items: readonly T[], each: (item: T) => void): void {
  const run = (from: number) => {
    const end = Math.min(items.length, from + FANOUT_SLICE);
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
