/**
 * The one way to handle a client event: validate the payload against its schema, rate-limit the
 * socket, run the handler, and answer through the ack — data, or an error a person can act on. A bad
 * payload never reaches a handler, so it changes nothing.
 */
import type { z } from 'zod';
import { CLIENT_EVENTS, type ClientEventName, type ClientReply } from '../../lib/protocol/events';
import { describeZodError, UserError, type Ack, type ProtocolError } from '../../lib/protocol/errors';
import { SOCKET_EVENT_BURST, SOCKET_EVENTS_PER_SECOND } from '../../lib/protocol/limits';
import { TokenBucket } from '../rate-limit';
import type { AppSocket } from './context';
import { log } from '../log';

export type Handler<E extends ClientEventName> = (
  payload: z.output<(typeof CLIENT_EVENTS)[E]['payload']>,
  socket: AppSocket,
) => ClientReply<E> | Promise<ClientReply<E>>;

type LooseAck = (reply: Ack<unknown>) => void;
type LooseSocket = { on(event: string, listener: (...args: unknown[]) => void): void };

const buckets = new WeakMap<AppSocket, TokenBucket>();

function bucketFor(socket: AppSocket): TokenBucket {
  let bucket = buckets.get(socket);
  if (!bucket) {
    bucket = new TokenBucket(SOCKET_EVENTS_PER_SECOND, SOCKET_EVENT_BURST);
    buckets.set(socket, bucket);
  }
  return bucket;
}

function fail(ack: LooseAck, error: ProtocolError): void {
  ack({ ok: false, error });
}

export function handle<E extends ClientEventName>(socket: AppSocket, event: E, handler: Handler<E>): void {
  const schema = CLIENT_EVENTS[event].payload;
  (socket as unknown as LooseSocket).on(event, async (...args: unknown[]) => {
    const ack = args[args.length - 1];
    // Every client event is acknowledged; one sent without a callback is dropped (no one to answer).
    if (typeof ack !== 'function') return;
    const reply = ack as LooseAck;
    if (!bucketFor(socket).take()) {
      return fail(reply, { code: 'rate-limited', message: 'Too many messages: slow down and try again in a moment.' });
    }
    const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      return fail(reply, { code: 'invalid-payload', message: `Invalid ${event}: ${describeZodError(parsed.error)}` });
    }
    try {
      const data = await handler(parsed.data as never, socket);
      reply({ ok: true, data });
    } catch (err) {
      if (err instanceof UserError) return fail(reply, err.toJSON());
      log.error(`handler ${event} failed`, err);
      fail(reply, { code: 'internal', message: 'Something went wrong on the server; nothing was changed. Try again.' });
    }
  });
}

/** Answers events nobody registered, so a client learns it sent something the server does not know. */
export function answerUnknownEvents(socket: AppSocket): void {
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && Object.hasOwn(CLIENT_EVENTS, event)) return;
    const ack = args[args.length - 1];
    if (typeof ack === 'function') {
      fail(ack as LooseAck, { code: 'invalid-payload', message: `Unknown event ${JSON.stringify(String(event).slice(0, 40))}.` });
    }
  });
}
