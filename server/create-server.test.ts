/**
 * The spine over real sockets: a server on a free port of 127.0.0.1 with an in-memory database, and
 * socket.io clients acting as students, the instructor (login cookie) and intruders.
 */
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Ack } from '../lib/protocol/errors';
import type { ClientToServerEvents, ServerEventName, ServerPayload, ServerToClientEvents } from '../lib/protocol/events';
import { MAX_MESSAGE_BYTES, SOCKET_EVENT_BURST, JOIN_ATTEMPTS_PER_MINUTE } from '../lib/protocol/limits';
import type { AppContext } from './app-context';
import { createUnrolledServer, type UnrolledServer } from './create-server';
import { readEnv } from './env';
import type { ClassSessionRow } from './services/rooms';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
/** The same socket without the compile-time event map, to send what a typed client cannot. */
type LooseClient = { timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<Ack<any>> }; emit(event: string, ...args: unknown[]): void };

const PASSWORD = 'correct horse battery';

let server: UnrolledServer;
let ctx: AppContext;
let url: string;
let adaCookie: string;
let bobCookie: string;
/** Per test: a fresh room, and a loopback address of its own so the per-address join limit starts afresh. */
let room: ClassSessionRow;
let clients: Client[];
let address = 1;

async function post(path: string, body: unknown): Promise<string> {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  expect(cookie).toMatch(/^unrolled_login=[A-Za-z0-9_-]{43}$/);
  return cookie;
}

const instructorOf = (cookie: string) => ctx.accounts.instructorForToken(cookie.split('=')[1])!;

// One server for the file (scrypt makes each sign-up cost tens of ms); each test gets its own room.
beforeAll(async () => {
  const env = readEnv({ DATA_DIR: ':memory:', PORT: '3000', NODE_ENV: 'test' } as NodeJS.ProcessEnv, false);
  server = createUnrolledServer(env, (_req, res) => void res.writeHead(404).end('no pages in tests'), 'test');
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  ctx = server.ctx;
  url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  adaCookie = await post('/api/auth/setup', { token: ctx.accounts.issueSetupToken(), name: 'Ada', password: PASSWORD });
  bobCookie = await post('/api/auth/accept-invite', { token: ctx.accounts.invite(instructorOf(adaCookie)), name: 'Bob', password: PASSWORD });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  room = ctx.rooms.create(instructorOf(adaCookie), 'RNN lecture');
  clients = [];
  address++;
});

afterEach(() => {
  for (const c of clients) c.disconnect();
});

async function connect(cookie?: string): Promise<Client> {
  const socket: Client = connectClient(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
    // Passed through to the WebSocket (not in the client's types).
    ...({ localAddress: `127.0.0.${address}` } as object),
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends an event (any name, any arguments) and returns the server's ack. */
function ask(socket: Client, event: string, ...args: unknown[]): Promise<Ack<any>> {
  return (socket as unknown as LooseClient).timeout(3000).emitWithAck(event, ...args);
}

/** The next `event` the socket receives. */
function next<E extends ServerEventName>(socket: Client, event: E, ms = 3000): Promise<ServerPayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    (socket as unknown as { once(e: string, f: (p: ServerPayload<E>) => void): void }).once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Everything the spine stores, to check that a refused event changed nothing. */
function snapshot() {
  const all = (table: string) => ctx.db.$client.prepare(`select * from ${table} order by rowid`).all();
  return { sessions: all('class_sessions'), participants: all('participants'), events: all('session_events') };
}

async function joinAs(nickname: string): Promise<{ socket: Client; participantId: string; token: string }> {
  const socket = await connect();
  const reply = await ask(socket, 'room:join', { code: room.code, nickname });
  expect(reply).toMatchObject({ ok: true });
  return { socket, participantId: reply.ok ? reply.data.participantId : '', token: reply.ok ? reply.data.token : '' };
}

describe('joining', () => {
  it('pushes the roster to the watching host on join and on disconnect', async () => {
    const host = await connect(adaCookie);
    const watched = await ask(host, 'host:watch', { code: room.code.toLowerCase() });
    expect(watched).toEqual({ ok: true, data: { room: { code: room.code, name: 'RNN lecture', endedAt: null }, roster: { code: room.code, participants: [] } } });

    const pushed = next(host, 'room:roster');
    const student = await connect();
    const joined = await ask(student, 'room:join', { code: room.code, nickname: '  Kim  ' });
    expect(joined).toMatchObject({ ok: true, data: { nickname: 'Kim', room: { code: room.code } } });
    expect(joined.ok && joined.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await pushed).participants).toMatchObject([{ nickname: 'Kim', connected: true }]);

    const afterLeave = next(host, 'room:roster');
    student.disconnect();
    expect((await afterLeave).participants).toMatchObject([{ nickname: 'Kim', connected: false }]);
  });

  it('lets a student come back with the kept token, and refuses a taken nickname', async () => {
    const kim = await joinAs('Kim');
    kim.socket.disconnect();
    const again = await connect();
    expect(await ask(again, 'room:rejoin', { code: room.code, token: kim.token })).toMatchObject({ ok: true, data: { participantId: kim.participantId, nickname: 'Kim' } });
    const other = await connect();
    expect(await ask(other, 'room:join', { code: room.code, nickname: 'KIM' })).toMatchObject({ ok: false, error: { code: 'nickname-taken' } });
  });

  it('binds a socket to one participant: it cannot rejoin or join as someone else', async () => {
    const a = await joinAs('Alice');
    const b = await joinAs('Bob');
    b.socket.disconnect();
    const before = snapshot();
    expect(await ask(a.socket, 'room:rejoin', { code: room.code, token: b.token })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask(a.socket, 'room:join', { code: room.code, nickname: 'Carol' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot()).toEqual(before);
    // Rejoining as itself is harmless and does not count the socket twice.
    expect(await ask(a.socket, 'room:rejoin', { code: room.code, token: a.token })).toMatchObject({ ok: true });
    const host = await connect(adaCookie);
    const watched = await ask(host, 'host:watch', { code: room.code });
    expect(watched.ok && watched.data.roster.participants.map((p: { nickname: string; connected: boolean }) => [p.nickname, p.connected])).toEqual([
      ['Alice', true],
      ['Bob', false],
    ]);
    const pushed = next(host, 'room:roster');
    a.socket.disconnect();
    expect((await pushed).participants.map((p) => p.connected)).toEqual([false, false]);
  });

  it(`limits join attempts per address to ${JOIN_ATTEMPTS_PER_MINUTE} a minute`, async () => {
    const socket = await connect();
    const replies = [];
    for (let i = 0; i <= JOIN_ATTEMPTS_PER_MINUTE; i++) replies.push(await ask(socket, 'room:join', { code: 'ZZZZZZ', nickname: `n${i}` }));
    expect(replies.slice(0, JOIN_ATTEMPTS_PER_MINUTE).every((r) => !r.ok && r.error.code === 'unknown-room')).toBe(true);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'too-many-attempts' } });
  });
});

describe('hosting', () => {
  it('removes a participant: they are told, disconnected, left off the roster and cannot rejoin', async () => {
    const kim = await joinAs('Kim');
    await joinAs('Lee');
    const host = await connect(adaCookie);
    await ask(host, 'host:watch', { code: room.code });
    const told = next(kim.socket, 'room:removed');
    const gone = new Promise<string>((resolve) => kim.socket.once('disconnect', resolve));
    const roster = next(host, 'room:roster');
    expect(await ask(host, 'host:remove-participant', { code: room.code, participantId: kim.participantId })).toEqual({ ok: true, data: { removed: kim.participantId } });
    expect(await told).toEqual({ code: room.code });
    expect(await gone).toBe('io server disconnect');
    expect((await roster).participants.map((p) => p.nickname)).toEqual(['Lee']);
    const back = await connect();
    expect(await ask(back, 'room:rejoin', { code: room.code, token: kim.token })).toMatchObject({ ok: false, error: { code: 'participant-removed' } });
    expect(ctx.db.$client.prepare('select type from session_events where session_id = ? order by id').pluck().all(room.id)).toEqual([
      'session-created',
      'participant-joined',
      'participant-joined',
      'participant-removed',
    ]);
  });

  it('ends the session: everyone is told and joining is refused', async () => {
    const kim = await joinAs('Kim');
    const host = await connect(adaCookie);
    await ask(host, 'host:watch', { code: room.code });
    const [studentTold, hostTold] = [next(kim.socket, 'room:ended'), next(host, 'room:ended')];
    const ended = await ask(host, 'host:end-session', { code: room.code });
    expect(ended).toMatchObject({ ok: true, data: { endedAt: expect.any(Number) } });
    expect(await studentTold).toEqual({ code: room.code, endedAt: ended.ok && ended.data.endedAt });
    expect(await hostTold).toEqual(await studentTold);
    const late = await connect();
    expect(await ask(late, 'room:join', { code: room.code, nickname: 'Late' })).toMatchObject({ ok: false, error: { code: 'room-ended' } });
    expect(await ask(late, 'room:rejoin', { code: room.code, token: kim.token })).toMatchObject({ ok: false, error: { code: 'room-ended' } });
  });
});

describe('host events from someone who is not the owner', () => {
  const HOST_EVENTS = [
    ['host:watch', () => ({ code: room.code })],
    ['host:remove-participant', (pid: string) => ({ code: room.code, participantId: pid })],
    ['host:end-session', () => ({ code: room.code })],
  ] as const;

  const INTRUDERS = [
    ['a joined student', 'not-signed-in', async () => (await joinAs('Mallory')).socket],
    ['an anonymous socket', 'not-signed-in', () => connect()],
    ['a forged login cookie', 'not-signed-in', () => connect(`unrolled_login=${'A'.repeat(43)}`)],
    ['another instructor', 'forbidden', () => connect(bobCookie)],
  ] as const;

  it.each(INTRUDERS.flatMap(([who, code, make]) => HOST_EVENTS.map(([event, payload]) => [event, who, code, make, payload] as const)))(
    '%s from %s is refused with %s and changes nothing',
    async (event, _who, code, make, payload) => {
      const kim = await joinAs('Kim');
      const intruder = await make();
      const before = snapshot();
      expect(await ask(intruder, event, payload(kim.participantId))).toMatchObject({ ok: false, error: { code } });
      expect(snapshot()).toEqual(before);
      // Not subscribed either: the next roster change is not pushed to the intruder.
      let leaked = false;
      intruder.on('room:roster', () => (leaked = true));
      const host = await connect(adaCookie);
      await ask(host, 'host:watch', { code: room.code });
      const pushed = next(host, 'room:roster');
      await joinAs('Lee');
      await pushed;
      await new Promise((r) => setTimeout(r, 50));
      expect(leaked).toBe(false);
      expect(kim.socket.connected).toBe(true);
    },
  );
});

describe('malformed messages', () => {
  // Sent by the signed-in owner, who could do each of these with a well-formed payload.
  const token = 'A'.repeat(43);
  const CASES: Array<[string, string, (code: string, pid: string) => unknown[]]> = [
    ['room:join without a nickname', 'room:join', (code) => [{ code }]],
    ['room:join with a numeric nickname', 'room:join', (code) => [{ code, nickname: 42 }]],
    ['room:join with an extra key', 'room:join', (code) => [{ code, nickname: 'Kim', admin: true }]],
    ['room:join with a 100 kB nickname', 'room:join', (code) => [{ code, nickname: 'x'.repeat(100_000) }]],
    ['room:join with a bidi override', 'room:join', (code) => [{ code, nickname: 'K\u202Eim' }]],
    ['room:join with a look-alike code', 'room:join', (code) => [{ code: code.slice(0, 5) + '0', nickname: 'Kim' }]],
    ['room:join with a string payload', 'room:join', () => ['Kim']],
    ['room:join with null', 'room:join', () => [null]],
    ['room:join with an array', 'room:join', (code) => [[code, 'Kim']]],
    ['room:join with no payload', 'room:join', () => []],
    ['room:rejoin with a short token', 'room:rejoin', (code) => [{ code, token: 'short' }]],
    ['room:rejoin with a padded token', 'room:rejoin', (code) => [{ code, token: token.slice(1) + '=' }]],
    ['host:watch with a numeric code', 'host:watch', () => [{ code: 123456 }]],
    ['host:watch with an empty object', 'host:watch', () => [{}]],
    ['host:watch with a 500 kB code', 'host:watch', () => [{ code: 'A'.repeat(500_000) }]],
    ['host:remove-participant with a bad id', 'host:remove-participant', (code) => [{ code, participantId: 'not-a-uuid' }]],
    ['host:remove-participant with an extra key', 'host:remove-participant', (code, pid) => [{ code, participantId: pid, all: true }]],
    ['host:end-session with an extra key', 'host:end-session', (code) => [{ code, now: true }]],
    ['host:end-session with a bare code', 'host:end-session', (code) => [code]],
    ['host:end-session with a number', 'host:end-session', () => [7]],
  ];

  it.each(CASES)('%s gets invalid-payload and changes nothing', async (_label, event, args) => {
    const kim = await joinAs('Kim');
    const host = await connect(adaCookie);
    const before = snapshot();
    const reply = await ask(host, event, ...args(room.code, kim.participantId));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining(`Invalid ${event}: `) } });
    expect(snapshot()).toEqual(before);
  });

  it('names the field to fix', async () => {
    const socket = await connect();
    const reply = await ask(socket, 'room:join', { code: room.code, nickname: 'x'.repeat(30) });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'Invalid room:join: nickname: A nickname has at most 24 characters.' } });
  });

  it('drops events sent without an ack callback, and keeps serving the socket', async () => {
    const host = await connect(adaCookie);
    const before = snapshot();
    (host as unknown as LooseClient).emit('room:join', { code: room.code, nickname: 'Kim' });
    (host as unknown as LooseClient).emit('host:end-session', { code: room.code });
    expect(await ask(host, 'host:watch', { code: room.code })).toMatchObject({ ok: true, data: { room: { endedAt: null } } });
    expect(snapshot()).toEqual(before);
  });

  it.each([['room:delete'], ['host:become-admin'], ['toString'], ['__proto__']])('answers the unknown event %j with an error', async (event) => {
    const socket = await connect();
    const before = snapshot();
    expect(await ask(socket, event, { code: room.code })).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringMatching(/^Unknown event/) } });
    expect(snapshot()).toEqual(before);
  });

  it(`rate-limits a socket past a burst of ${SOCKET_EVENT_BURST} events`, async () => {
    const socket = await connect();
    const sent = SOCKET_EVENT_BURST * 2;
    const replies = await Promise.all(Array.from({ length: sent }, () => ask(socket, 'host:watch', { code: 'bad' })));
    const codes = replies.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.slice(0, SOCKET_EVENT_BURST).every((c) => c === 'invalid-payload')).toBe(true);
    // A few tokens refill while the burst is in flight (20 a second); most of the rest must be refused.
    expect(codes.filter((c) => c === 'rate-limited').length).toBeGreaterThan(sent - SOCKET_EVENT_BURST - 10);
    expect(replies.find((r) => !r.ok && r.error.code === 'rate-limited')).toMatchObject({ error: { message: expect.stringMatching(/slow down/) } });
  });

  it('closes a connection that sends a message over the size limit, and keeps serving others', async () => {
    const socket = await connect();
    const before = snapshot();
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    (socket as unknown as LooseClient).emit('room:join', { code: room.code, nickname: 'x'.repeat(MAX_MESSAGE_BYTES + 1) }, () => {});
    expect(await closed).toMatch(/transport (close|error)/);
    expect(snapshot()).toEqual(before);
    await joinAs('Kim');
  });
});
