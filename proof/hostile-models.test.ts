/**
 * Hostile model files against a live challenge, with the server in a process of its own so its
 * memory is measured alone: every file of the corpus (proof/hostile-models.ts) is refused before
 * scoring with the message that names its problem, nothing is stored, no score is announced; 100 MB
 * sent over the socket is refused by the transport's size limit without the server ever holding it;
 * the server's memory stays bounded; and afterwards a valid model is still scored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { getTaskInstance } from '../lib/tasks/index';
import { modelFile } from '../server/testing/model-file';
import { hostileModels, type HostileModel } from './hostile-models';
import { startChildServer, type ChildServer } from './harness/server-process';

const MB = 2 ** 20;
/** Bounds on the server's resident memory: while 100 MB arrive, and after the whole corpus. */
const PEAK_GROWTH_BOUND = 64 * MB;
const TOTAL_GROWTH_BOUND = 150 * MB;

let server: ChildServer;
let host: Socket;
let student: Socket;
let code: string;
let challengeId: string;
let valid: Uint8Array;
let corpus: HostileModel[];
let rssAtStart: number;
const announced: unknown[] = [];

async function connect(cookie?: string): Promise<Socket> {
  const socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  return socket;
}

const ask = (socket: Socket, event: string, payload: unknown): Promise<any> => socket.timeout(20_000).emitWithAck(event, payload);

beforeAll(async () => {
  server = await startChildServer();
  valid = await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 4 });
  corpus = hostileModels(valid, getTaskInstance('temporal-order', 'easy').shape);
  const res = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: server.hostCookie }, body: JSON.stringify({ name: 'Hostile models' }) });
  code = ((await res.json()) as { session: { code: string } }).session.code;
  host = await connect(server.hostCookie);
  const settings = { taskId: 'temporal-order', level: 'easy', maxParameters: 5000, maxSubmissions: 100, cooldownSeconds: 0 };
  const launched = await ask(host, 'challenge:launch', { code, settings });
  expect(launched.ok, JSON.stringify(launched)).toBe(true);
  challengeId = launched.data.challenge.id;
  student = await connect();
  expect((await ask(student, 'room:join', { code, nickname: 'Mallory' })).ok).toBe(true);
  student.on('challenge:scored', (p) => announced.push(p));
  rssAtStart = await server.rssBytes(true);
}, 60_000);

afterAll(async () => {
  host?.disconnect();
  student?.disconnect();
  await server?.close();
});

describe('a corpus of hostile model files', () => {
  it('has at least 30 files', () => expect(corpus.length).toBeGreaterThanOrEqual(30));

  it('refuses each before scoring, saying why, storing nothing', async () => {
    const wrong: string[] = [];
    for (const model of corpus) {
      await new Promise((r) => setTimeout(r, 60)); // under the per-socket rate (20 a second), so each file is judged
      const before = await server.count('submissions');
      const reply = await ask(student, 'challenge:submit', { code, challengeId, model: model.bytes, claimedScore: 1 });
      if (reply.ok || reply.error.code !== model.code || !model.message.test(reply.error.message)) wrong.push(`${model.name}: ${JSON.stringify(reply).slice(0, 300)}`);
      if ((await server.count('submissions')) !== before) wrong.push(`${model.name}: stored`);
    }
    expect(wrong).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(announced).toEqual([]);
  }, 60_000);
});

describe('100 MB over the socket', () => {
  it.each([
    ['as binary', () => new Uint8Array(100 * MB)],
    ['as a string', () => 'A'.repeat(100 * MB)],
  ])('%s: the connection is closed by the size limit, and the server never holds it', async (_label, make) => {
    const socket = await connect();
    expect((await ask(socket, 'room:join', { code, nickname: `Big ${_label.length}` })).ok).toBe(true);
    const before = await server.rssBytes(true);
    let peak = before;
    const sampling = setInterval(() => void server.rssBytes().then((rss) => (peak = Math.max(peak, rss))), 20);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('challenge:submit', { code, challengeId, model: make(), claimedScore: null }, () => {});
    const reason = await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open after 30 s'), 30_000))]);
    await new Promise((r) => setTimeout(r, 200));
    clearInterval(sampling);
    peak = Math.max(peak, await server.rssBytes());
    console.log(`100 MB ${_label}: ${reason}; server RSS ${Math.round(before / MB)} MB → peak ${Math.round(peak / MB)} MB`);
    expect(reason).toMatch(/transport (close|error)/);
    expect(peak - before).toBeLessThan(PEAK_GROWTH_BOUND);
    expect(await server.count('submissions')).toBe(0);
  }, 60_000);
});

describe('afterwards', () => {
  it('the server never crashed, its memory stayed bounded, and a valid model is still scored', async () => {
    expect(await server.crashes()).toEqual({ uncaughtException: 0, unhandledRejection: 0 });
    const rss = await server.rssBytes(true);
    console.log(`server RSS after ${corpus.length} hostile files and 200 MB refused: ${Math.round(rssAtStart / MB)} → ${Math.round(rss / MB)} MB`);
    expect(rss - rssAtStart).toBeLessThan(TOTAL_GROWTH_BOUND);
    const scored = new Promise<any>((resolve) => student.once('challenge:scored', resolve));
    expect((await ask(student, 'challenge:submit', { code, challengeId, model: valid, claimedScore: null })).ok).toBe(true);
    expect(await scored).toMatchObject({ status: 'scored', error: null });
    expect(await server.count('submissions')).toBe(1);
  }, 60_000);
});
