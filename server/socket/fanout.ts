/**
 * Personal messages to many students without holding the event loop: they go out in slices, and once
 * a turn of the event loop has spent its budget, the rest waits for the next turn. On an idle server
 * 2,000 students' own rows still go out in one turn.
 */
import { performance } from 'node:perf_hooks';
import type { AppContext } from '../app-context';
import { log } from '../log';
import { channel } from './context';

/** Sockets (or students) served between two looks at the clock. */
export const FANOUT_SLICE = 100;
/** Time one turn of the event loop may spend on a fan-out before the rest waits for the next turn. */
export const FANOUT_TURN_BUDGET_MS = 15;

export type Target = ReturnType<AppContext['io']['to']>;

/** Fan-outs not finished yet, oldest first: a later one waits for those before it, so order holds. */
const queue: Array<(deadline: number) => boolean> = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  const deadline = performance.now() + FANOUT_TURN_BUDGET_MS;
  while (queue.length > 0) {
    let done = true;
    try {
      done = queue[0]!(deadline);
    } catch (err) {
      log.error('a fan-out failed; the ones after it go on', err); // one bad send must not stall the rest
    }
    if (!done) break;
    queue.shift();
  }
  if (queue.length > 0 && !scheduled) {
    scheduled = true;
    setImmediate(pump);
  }
}

/**
 * Calls `each` for every item in order, `perSlice` between looks at the clock; once a turn has used
 * its budget, the rest goes on at the next turn of the event loop. Fan-outs run one after another in
 * the order they were asked for, so every socket gets their messages in that order.
 */
export function inSlices<T>(items: readonly T[], each: (item: T) => void, perSlice = FANOUT_SLICE): void {
  let i = 0;
  queue.push((deadline) => {
    while (i < items.length) {
      const end = Math.min(items.length, i + perSlice);
      for (; i < end; i++) each(items[i]!);
      if (i < items.length && performance.now() >= deadline) return false;
    }
    return true;
  });
  if (queue.length === 1 && !scheduled) pump();
}

/**
 * Calls `send` for each student connected to the session now, with the channel of their sockets.
 * Students who connect meanwhile ask for the state anyway.
 */
export function toEachStudent(ctx: AppContext, sessionId: string, send: (participantId: string, to: Target) => void): void {
  inSlices(ctx.rooms.presence.connectedIn(sessionId), (id) => send(id, ctx.io.to(channel.participant(id))));
}
