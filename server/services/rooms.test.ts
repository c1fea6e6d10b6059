import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { listSessionEvents } from '../../db/queries/class-sessions';
import { insertInstructor } from '../../db/queries/instructors';
import { isValidCode } from '../../lib/protocol/codes';
import type { ErrorCode } from '../../lib/protocol/errors';
import { newToken } from '../auth/tokens';
import type { Instructor } from './accounts';
import { Rooms } from './rooms';

// newJoinCode is real unless a test queues codes (to force a collision).
const queuedCodes: string[] = [];
vi.mock('../auth/tokens', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../auth/tokens')>();
  return { ...actual, newJoinCode: () => queuedCodes.shift() ?? actual.newJoinCode() };
});

function codeOf(fn: () => unknown): ErrorCode {
  try {
    fn();
  } catch (err) {
    return (err as { code: ErrorCode }).code;
  }
  throw new Error('expected an error');
}

let db: Db;
let t: number;
let rooms: Rooms;
const ada: Instructor = { id: 'instructor-ada', name: 'Ada' };
const bob: Instructor = { id: 'instructor-bob', name: 'Bob' };

beforeEach(() => {
  db = openDb(':memory:');
  t = 1_000;
  rooms = new Rooms(db, () => t++);
  queuedCodes.length = 0;
  for (const i of [ada, bob]) {
    insertInstructor(db, { ...i, nameKey: i.name.toLowerCase(), passwordHash: 'x', passwordSalt: 'x', createdAt: 0 });
  }
});

const eventTypes = (sessionId: string) => listSessionEvents(db, sessionId).map((e) => e.type);

describe('create', () => {
  it('gives valid, unique codes', () => {
    const codes = Array.from({ length: 300 }, (_, i) => rooms.create(ada, `Lecture ${i}`).code);
    for (const code of codes) expect(isValidCode(code)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('draws again when a code is taken', () => {
    queuedCodes.push('ABC234', 'ABC234', 'XYZ789');
    expect(rooms.create(ada, 'One').code).toBe('ABC234');
    expect(rooms.create(ada, 'Two').code).toBe('XYZ789');
  });

  it('gives up with a clear error when no free code turns up', () => {
    rooms.create(ada, 'One');
    const taken = rooms.list(ada)[0]!.code;
    queuedCodes.push(...Array(20).fill(taken));
    expect(() => rooms.create(ada, 'Two')).toThrow(/free join code/);
  });

  it('logs the creation and lists sessions per instructor, newest first, with participant counts', () => {
    const first = rooms.create(ada, 'First');
    const second = rooms.create(ada, 'Second');
    rooms.create(bob, 'Theirs');
    rooms.join(first.code, 'Kim');
    rooms.join(first.code, 'Lee');
    expect(eventTypes(first.id)).toEqual(['session-created', 'participant-joined', 'participant-joined']);
    expect(rooms.list(ada).map((s) => [s.name, s.participants])).toEqual([
      ['Second', 0],
      ['First', 2],
    ]);
    expect(rooms.list(ada)[0]!.id).toBe(second.id);
  });
});

describe('get / getOwned', () => {
  it('finds a room for its owner only', () => {
    const room = rooms.create(ada, 'Mine');
    expect(rooms.getOwned(room.code, ada).id).toBe(room.id);
    expect(codeOf(() => rooms.getOwned(room.code, bob))).toBe('forbidden');
    expect(codeOf(() => rooms.get('ZZZZZZ'))).toBe('unknown-room');
  });
});

describe('join', () => {
  it('adds a participant with a token and logs it', () => {
    const room = rooms.create(ada, 'RNN');
    const { participant, token } = rooms.join(room.code, 'Kim');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(participant).toMatchObject({ sessionId: room.id, nickname: 'Kim', removedAt: null });
    expect(listSessionEvents(db, room.id).at(-1)).toMatchObject({ type: 'participant-joined', participantId: participant.id, data: { nickname: 'Kim' } });
  });

  it.each([['Ada'], ['ada'], ['ADA'], [' ada '], ['Ada ']])('refuses %j once "Ada" is taken', (nickname) => {
    const room = rooms.create(ada, 'RNN');
    rooms.join(room.code, 'Ada');
    expect(codeOf(() => rooms.join(room.code, nickname))).toBe('nickname-taken');
    expect(rooms.roster(room).participants).toHaveLength(1);
  });

  it('allows the same nickname in another room', () => {
    const [a, b] = [rooms.create(ada, 'A'), rooms.create(ada, 'B')];
    rooms.join(a.code, 'Kim');
    expect(rooms.join(b.code, 'Kim').participant.nickname).toBe('Kim');
  });

  it('keeps a removed participant’s nickname taken (no coming back under the same name)', () => {
    const room = rooms.create(ada, 'RNN');
    const { participant } = rooms.join(room.code, 'Troll');
    rooms.remove(room, participant.id);
    expect(codeOf(() => rooms.join(room.code, 'troll'))).toBe('nickname-taken');
  });

  it.each([
    ['an unknown code', 'unknown-room'],
    ['an ended room', 'room-ended'],
  ])('refuses %s', (label, code) => {
    const room = rooms.create(ada, 'RNN');
    rooms.end(room);
    expect(codeOf(() => rooms.join(label === 'an ended room' ? room.code : 'ZZZZZZ', 'Kim'))).toBe(code);
    expect(rooms.roster(rooms.get(room.code)).participants).toHaveLength(0);
  });
});

describe('rejoin', () => {
  it('finds the participant a kept token stands for', () => {
    const room = rooms.create(ada, 'RNN');
    const joined = rooms.join(room.code, 'Kim');
    expect(rooms.rejoin(room.code, joined.token).participant.id).toBe(joined.participant.id);
  });

  it.each([
    ['a token from another room', 'unknown-participant'],
    ['a made-up token', 'unknown-participant'],
    ['a removed participant', 'participant-removed'],
    ['an ended room', 'room-ended'],
  ])('refuses %s with %s', (label, expected) => {
    const room = rooms.create(ada, 'RNN');
    const other = rooms.create(ada, 'Other');
    const joined = rooms.join(room.code, 'Kim');
    let code = room.code;
    let token = joined.token;
    if (label === 'a token from another room') code = other.code;
    if (label === 'a made-up token') token = newToken();
    if (label === 'a removed participant') rooms.remove(room, joined.participant.id);
    if (label === 'an ended room') rooms.end(room);
    expect(codeOf(() => rooms.rejoin(code, token))).toBe(expected);
  });
});

describe('remove, end, roster', () => {
  it('the roster lists active participants in join order, with presence', () => {
    const room = rooms.create(ada, 'RNN');
    const [kim, lee, park] = ['Kim', 'Lee', 'Park'].map((n) => rooms.join(room.code, n).participant);
    rooms.presence.connect(room.id, kim!.id);
    rooms.presence.connect(room.id, kim!.id); // two tabs
    rooms.presence.connect(room.id, park!.id);
    rooms.presence.disconnect(room.id, kim!.id);
    rooms.remove(room, lee!.id);
    const roster = rooms.roster(room);
    expect(roster.code).toBe(room.code);
    expect(roster.participants.map((p) => [p.nickname, p.connected])).toEqual([
      ['Kim', true],
      ['Park', true],
    ]);
    expect(rooms.presence.connectedIn(room.id).sort()).toEqual([kim!.id, park!.id].sort());
    rooms.presence.disconnect(room.id, kim!.id);
    expect(rooms.roster(room).participants[0]!.connected).toBe(false);
    expect(rooms.presence.connectedIn(room.id)).toEqual([park!.id]);
    expect(rooms.presence.connectedIn('another-session')).toEqual([]);
  });

  it('removes once and logs once', () => {
    const room = rooms.create(ada, 'RNN');
    const { participant } = rooms.join(room.code, 'Kim');
    rooms.remove(room, participant.id);
    rooms.remove(room, participant.id);
    expect(eventTypes(room.id)).toEqual(['session-created', 'participant-joined', 'participant-removed']);
    expect(listSessionEvents(db, room.id).at(-1)!.participantId).toBe(participant.id);
  });

  it('refuses to remove a participant of another room', () => {
    const room = rooms.create(ada, 'RNN');
    const other = rooms.create(ada, 'Other');
    const { participant } = rooms.join(other.code, 'Kim');
    expect(codeOf(() => rooms.remove(room, participant.id))).toBe('not-found');
    expect(rooms.roster(other).participants).toHaveLength(1);
  });

  it('ends once: the same time, one log entry', () => {
    const room = rooms.create(ada, 'RNN');
    const endedAt = rooms.end(room);
    const reloaded = rooms.get(room.code);
    expect(reloaded.endedAt).toBe(endedAt);
    expect(rooms.end(reloaded)).toBe(endedAt);
    expect(eventTypes(room.id)).toEqual(['session-created', 'session-ended']);
  });
});
