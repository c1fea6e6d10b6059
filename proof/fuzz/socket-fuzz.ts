/**
 * Socket fuzzing: every CLIENT_EVENTS key (and some unknown names), sent by anonymous, student,
 * owner and other-instructor sockets, with valid examples broken one part at a time and with wholly
 * hostile payloads; without an ack callback, with no payload, with extra arguments.
 *
 * Each case must end in one of: an error ack with a clear message and no write to the database; an
 * accepted ack for a payload that the schema accepts from someone EVENT_ROWS allows (then the world
 * settles and becomes the new baseline); a closed connection for a message over the size limit; or,
 * without an ack, nothing at all (checked by a probe on the same socket).
 */
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { Decoder, Encoder, PacketType } from 'socket.io-parser';
import { CLIENT_EVENTS, type ClientEventName } from '../../lib/protocol/events';
import { MAX_MESSAGE_BYTES } from '../../lib/protocol/limits';
import { EVENT_ROWS, type EventAccess } from '../access-table';
import { clearError, type Tally } from './tally';
import { approxBytes, describe, hostileValue, mutated } from './values';
import { ROLES, type Role, type World } from './world';

export interface SocketCase {
  role: Role;
  event: string;
  payload: unknown;
  mode: 'ack' | 'no-ack' | 'no-payload' | 'extra-args';
  extra: unknown[];
}

const UNKNOWN_EVENTS = ['room:delete', 'host:become-admin', 'challenge:score', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'e'.repeat(500), '', ' room:join'];

export function socketCases(world: World): fc.Arbitrary<SocketCase> {
  const hostile = hostileValue(world.plausible);
  const events = Object.keys(CLIENT_EVENTS) as ClientEventName[];
  const calls = (role: Role) =>
    fc.oneof(
      ...events.map((event) => {
        // An event without a row (the authorization matrix fails for it) is fuzzed with hostile payloads only.
        if (!EVENT_ROWS[event]) return fc.record({ event: fc.constant<string>(event), payload: hostile });
        const example = EVENT_ROWS[event].example(world.fuzz);
        return fc.record({
          event: fc.constant<string>(event),
          payload: fc.oneof(
            { weight: 7, arbitrary: mutated(example, hostile, world.model) },
            { weight: 2, arbitrary: hostile },
            // The valid example itself, so authorization and state checks are reached too. Not from
            // the owner, who may do all of it: ending the session under fire would end the run's point.
            { weight: role === 'owner' ? 0 : 1, arbitrary: fc.constant(example) },
          ),
        });
      }),
      fc.record({ event: fc.constantFrom(...UNKNOWN_EVENTS), payload: hostile }),
    );
  return fc.record({
    role: fc.constantFrom(...ROLES),
    mode: fc.oneof(
      { weight: 16, arbitrary: fc.constant('ack' as const) },
      { weight: 1, arbitrary: fc.constant('no-ack' as const) },
      { weight: 1, arbitrary: fc.constant('no-payload' as const) },
      { weight: 2, arbitrary: fc.constant('extra-args' as const) },
    ),
    extra: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  }).chain(({ role, mode, extra }) => calls(role).map((call) => ({ role, ...call, mode, extra })));
}

type Outcome = { kind: 'reply'; reply: any } | { kind: 'closed'; reason: string } | { kind: 'timeout' };

function emitAck(socket: Socket, event: string, args: unknown[], ms = 20_000): Promise<Outcome> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: Outcome) => {
      if (done) return;
      done = true;
      socket.off('disconnect', onDisconnect);
      resolve(o);
    };
    const onDisconnect = (reason: string) => finish({ kind: 'closed', reason });
    socket.once('disconnect', onDisconnect);
    socket.timeout(ms).emit(event, ...args, (err: Error | null, reply: unknown) => finish(err ? { kind: 'timeout' } : { kind: 'reply', reply }));
  });
}

/**
 * The arguments as the server receives them: encoded and decoded by socket.io's own parser. It is not
 * always what was passed to emit — e.g. a member named "__proto__" in a message that carries binary is
 * dropped by the client's encoder (it becomes a prototype of the copy it sends).
 */
export function onTheWire(event: string, args: unknown[]): unknown[] {
  let decoded: unknown[] = [];
  const decoder = new Decoder();
  decoder.on('decoded', (packet: { data?: unknown[] }) => void (decoded = packet.data ?? []));
  for (const part of new Encoder().encode({ type: PacketType.EVENT, nsp: '/', data: [event, ...args], id: 1 })) decoder.add(part);
  decoder.destroy();
  return decoded.slice(1);
}

/** Who may ever get an accepted reply for an event with this access, given what the world's payloads name. */
function mayAccept(role: Role, access: EventAccess): boolean {
  switch (role) {
    case 'anonymous':
    case 'other-instructor': // it owns no session that the payloads name
      return access === 'anyone' || access === 'token-holder';
    case 'student':
      return access !== 'owner';
    case 'owner':
      return access !== 'student';
  }
}

/** Runs one case; returns a violation (text) or null. */
export async function runSocketCase(world: World, c: SocketCase, tally: Tally): Promise<string | null> {
  const paced = await world.take(c.role);
  const what = `${c.role} ${c.event} (${c.mode}) ${describe(c.payload)}`;
  tally.sent++;
  tally.count(tally.perTarget, Object.hasOwn(CLIENT_EVENTS, c.event) ? c.event : '(unknown event)');
  const before = world.changes();
  const args = c.mode === 'no-payload' ? [] : c.mode === 'extra-args' ? [c.payload, ...c.extra] : [c.payload];
  const wrote = () => world.changes() !== before;

  if (c.mode === 'no-ack') {
    paced.socket.emit(c.event, ...args);
    // The server handles a socket's messages in order: the probe's answer comes after the case was handled.
    const probe = await emitAck(paced.socket, 'fuzz:probe', [{}]);
    if (probe.kind === 'closed' && approxBytes(args) > MAX_MESSAGE_BYTES) {
      tally.outcome('closed: over the size limit');
      const violation = wrote() ? tally.violation(`closed, yet wrote: ${what}`) : null;
      await world.replace(paced);
      return violation;
    }
    tally.outcome('dropped: no ack callback');
    if (probe.kind !== 'reply' || probe.reply?.error?.code !== 'invalid-payload') return tally.violation(`the socket stopped answering after ${what}`);
    return wrote() ? tally.violation(`changed the database without an ack: ${what}`) : null;
  }

  let outcome: Outcome;
  try {
    outcome = await emitAck(paced.socket, c.event, args);
  } catch (err) {
    // socket.io-client itself refuses some names (reserved events): nothing reached the server.
    tally.outcome('not sent: refused by the client library');
    return null;
  }
  if (outcome.kind === 'timeout') return tally.violation(`no answer within 20 s: ${what}`);
  if (outcome.kind === 'closed') {
    tally.outcome('closed: over the size limit');
    const violation =
      approxBytes(args) <= MAX_MESSAGE_BYTES
        ? tally.violation(`connection closed (${outcome.reason}) for a message under the size limit: ${what}`)
        : wrote()
          ? tally.violation(`closed, yet wrote: ${what}`)
          : null;
    await world.replace(paced);
    return violation;
  }
  const reply = outcome.reply;
  if (reply?.ok === false) {
    const unclear = clearError(reply.error);
    tally.count(tally.errorCodes, String(reply.error?.code));
    tally.outcome(reply.error?.code === 'rate-limited' ? 'refused: rate-limited' : 'refused: clear error');
    if (unclear) return tally.violation(`${unclear}: ${JSON.stringify(reply.error).slice(0, 200)} for ${what}`);
    return wrote() ? tally.violation(`refused (${reply.error.code}), yet changed the database: ${what}`) : null;
  }
  if (reply?.ok !== true) return tally.violation(`a reply that is not an Ack: ${describe(reply)} for ${what}`);

  // Accepted: it must be a valid payload from someone allowed to send it.
  tally.outcome('accepted');
  const known = Object.hasOwn(CLIENT_EVENTS, c.event) ? (c.event as ClientEventName) : null;
  if (!known) return tally.violation(`an unknown event was accepted: ${what}`);
  if (c.mode === 'no-payload' || !CLIENT_EVENTS[known].payload.safeParse(onTheWire(c.event, args)[0]).success) return tally.violation(`accepted a payload its schema refuses: ${what}`);
  if (!EVENT_ROWS[known] || !mayAccept(c.role, EVENT_ROWS[known].access)) return tally.violation(`accepted from a ${c.role} socket, which EVENT_ROWS does not allow: ${what}`);
  tally.accepted.push(`${c.role} ${c.event}`);
  await world.settle();
  // A join makes the socket someone else; keep each pool's role what its name says.
  if ((known === 'room:join' || known === 'room:rejoin') && c.role !== 'student') await world.replace(paced);
  return null;
}
