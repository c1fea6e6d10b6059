import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLIENT_EVENTS, SERVER_EVENTS, type ClientEventName, type ClientPayload } from './events';

const TOKEN = 'Ab_-'.repeat(10) + 'xyz'; // 43 base64url characters
const PID = randomUUID();

/** The spine's events (rooms and hosting), one valid payload each; challenge events are tested with ./challenge. */
type SpineEvent = 'room:join' | 'room:rejoin' | 'host:watch' | 'host:remove-participant' | 'host:end-session';
const VALID: { [E in SpineEvent]: ClientPayload<E> } = {
  'room:join': { code: 'ABC234', nickname: 'Ada' },
  'room:rejoin': { code: 'ABC234', token: TOKEN },
  'host:watch': { code: 'ABC234' },
  'host:remove-participant': { code: 'ABC234', participantId: PID },
  'host:end-session': { code: 'ABC234' },
};
const EVENTS = Object.keys(VALID) as SpineEvent[];
const ALL_EVENTS = Object.keys(CLIENT_EVENTS) as ClientEventName[];

function accepts(event: ClientEventName, payload: unknown): boolean {
  return CLIENT_EVENTS[event].payload.safeParse(payload).success;
}

describe('client event payloads', () => {
  it.each(ALL_EVENTS.flatMap((event) => [undefined, null, 'ABC234', 42, true, []].map((value) => [event, value] as const)))(
    '%s rejects the non-object %j',
    (event, value) => {
      expect(accepts(event, value)).toBe(false);
    },
  );

  it('every spine event is declared', () => {
    for (const event of EVENTS) expect(ALL_EVENTS).toContain(event);
  });

  it.each(EVENTS)('%s accepts its example', (event) => {
    expect(accepts(event, VALID[event])).toBe(true);
  });

  it.each(EVENTS)('%s normalizes a typed code', (event) => {
    const parsed = CLIENT_EVENTS[event].payload.parse({ ...VALID[event], code: 'abc-234' });
    expect(parsed.code).toBe('ABC234');
  });

  it.each(EVENTS)('%s rejects an extra key', (event) => {
    expect(accepts(event, { ...VALID[event], admin: true })).toBe(false);
  });

  it.each(EVENTS)('%s rejects a missing code', (event) => {
    const { code: _code, ...rest } = VALID[event];
    expect(accepts(event, rest)).toBe(false);
  });

  it.each(EVENTS)('%s rejects its example wrapped in an array', (event) => {
    expect(accepts(event, [VALID[event]])).toBe(false);
  });

  it.each(EVENTS.flatMap((event) => ['ABC230', 'ABCDE', 'A'.repeat(10_000), 123456].map((code) => [event, code] as const)))(
    '%s rejects the code %j',
    (event, code) => {
      expect(accepts(event, { ...VALID[event], code })).toBe(false);
    },
  );

  it.each([
    ['room:join', { code: 'ABC234', nickname: '' }],
    ['room:join', { code: 'ABC234', nickname: 'x'.repeat(25) }],
    ['room:join', { code: 'ABC234', nickname: 'x'.repeat(1_000_000) }],
    ['room:join', { code: 'ABC234', nickname: 'A\u202Eda' }],
    ['room:join', { code: 'ABC234', nickname: 42 }],
    ['room:join', { code: 'ABC234' }],
    ['room:rejoin', { code: 'ABC234', token: TOKEN.slice(1) }],
    ['room:rejoin', { code: 'ABC234', token: TOKEN + '=' }],
    ['room:rejoin', { code: 'ABC234', token: null }],
    ['room:rejoin', { code: 'ABC234' }],
    ['host:remove-participant', { code: 'ABC234', participantId: 'not-a-uuid' }],
    ['host:remove-participant', { code: 'ABC234', participantId: 7 }],
    ['host:remove-participant', { code: 'ABC234' }],
  ] as const)('%s rejects %j', (event, payload) => {
    expect(accepts(event, payload)).toBe(false);
  });

  it('room:join trims and normalizes the nickname it passes on', () => {
    expect(CLIENT_EVENTS['room:join'].payload.parse({ code: 'abc234', nickname: '  Ada   L ' })).toEqual({ code: 'ABC234', nickname: 'Ada L' });
  });
});

describe('acks and server events', () => {
  const room = { code: 'ABC234', name: 'RNN', endedAt: null };
  const roster = { code: 'ABC234', participants: [{ id: PID, nickname: 'Ada', connected: true, joinedAt: 1 }] };

  it.each([
    ['room:join', { room, participantId: PID, nickname: 'Ada', token: TOKEN }, true],
    ['room:join', { room, participantId: PID, nickname: 'Ada', token: 'short' }, false],
    ['room:join', { room, participantId: PID, nickname: 'Ada' }, false],
    ['room:rejoin', { room, participantId: PID, nickname: 'Ada' }, true],
    ['host:watch', { room, roster }, true],
    ['host:watch', { room }, false],
    ['host:remove-participant', { removed: PID }, true],
    ['host:end-session', { endedAt: 5 }, true],
    ['host:end-session', { endedAt: null }, false],
  ] as const)('%s ack %j → %s', (event, reply, ok) => {
    expect(CLIENT_EVENTS[event].ack.safeParse(reply).success).toBe(ok);
  });

  it.each([
    ['room:roster', roster, true],
    ['room:roster', { code: 'ABC234', participants: [{ id: PID, nickname: 'Ada' }] }, false],
    ['room:removed', { code: 'ABC234' }, true],
    ['room:ended', { code: 'ABC234', endedAt: 9 }, true],
    ['room:ended', { code: 'ABC234' }, false],
  ] as const)('%s %j → %s', (event, payload, ok) => {
    expect(SERVER_EVENTS[event].safeParse(payload).success).toBe(ok);
  });
});
