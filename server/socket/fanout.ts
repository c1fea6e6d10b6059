/**
 * Personal messages to every connected student of a class session, a slice per turn of the event
 * loop: 2,000 students' own payloads sent in one go would block everything else for tens of ms.
 */
import type { AppContext } from '../app-context';
import { channel } from './context';

/** Students served per turn of the event loop. */
export const FANOUT_SLICE = 250;

type Target = ReturnType<AppContext['io']['to']>;

/**
 * Calls `send` for each student connected to the session now (with the channel of their sockets), the
 * first slice at once and the rest on later turns. Students who connect meanwhile ask for state anyway.
 */
export function toEachStudent(ctx: AppContext, sessionId: string, send: (participantId: string, to: Target) => void): void {
  const ids = ctx.rooms.presence.connectedIn(sessionId);
  const run = (from: number) => {
    const end = Math.min(ids.length, from + FANOUT_SLICE);
    for (let i = from; i < end; i++) send(ids[i]!, ctx.io.to(channel.participant(ids[i]!)));
    if (end < ids.length) setImmediate(() => run(end));
  };
  run(0);
}
