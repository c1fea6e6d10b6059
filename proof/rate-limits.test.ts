/**
 * Rate and size limits not already proven elsewhere (proof/SECURITY.md lists where each limit is
 * tested): sign-in guesses sent in parallel, sign-in failures per address across names, dataset and
 * question-bank uploads over their size limits, the submission limit over a live socket, and the
 * per-socket event rate for valid events (it recovers with time).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES } from '../lib/tasks/datasets/index';
import { LOGIN_FAILURES_PER_WINDOW, SOCKET_EVENT_BURST, SOCKET_EVENTS_PER_SECOND } from '../lib/protocol/limits';
import { ScoringPool } from '../server/scoring/pool';
import { ask, connect, createRoom, joinStudent, next, startLiveServer, type LiveServer } from '../server/testing/live-server';
import { modelFile } from '../server/testing/model-file';

let live: LiveServer;
let port: number;
const count = (table: string) => live.server.ctx.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;

beforeAll(async () => {
  live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  port = Number(new URL(live.url).port);
});
afterAll(async () => {
  await live?.close();
});

interface Reply {
  status: number;
  body: any;
}

/** One request from a chosen loopback address; `body` as a string, or chunks (no declared length). */
function send(method: string, path: string, opts: { from?: string; headers?: Record<string, string | number>; body?: string | Buffer[] } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers };
    if (typeof opts.body === 'string') headers['content-length'] = Buffer.byteLength(opts.body);
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false, localAddress: opts.from ?? '127.0.0.1' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
    });
    let answered = false;
    req.on('response', () => (answered = true));
    // The server may answer (413) and close while chunks are still going out: that is the point.
    req.on('error', (e) => (answered ? undefined : reject(e)));
    if (Array.isArray(opts.body)) void writeChunks(req, opts.body, () => answered);
    else req.end(opts.body);
  });
}

async function writeChunks(req: ReturnType<typeof request>, chunks: Buffer[], answered: () => boolean): Promise<void> {
  for (const chunk of chunks) {
    if (answered() || req.destroyed) return;
    if (!req.write(chunk)) await new Promise((r) => (req.once('drain', r), req.once('close', r)));
  }
  req.end();
}

const login = (name: string, password: string, from: string) =>
  send('POST', '/api/auth/login', { from, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });

describe('sign-in attempts', () => {
  it(`20 wrong passwords sent at once for one name: at most ${LOGIN_FAILURES_PER_WINDOW} are checked, the rest locked out`, async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => login('Host', `wrong password ${i}`, '127.0.1.1')));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_FAILURES_PER_WINDOW);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - LOGIN_FAILURES_PER_WINDOW);
    expect(replies.find((r) => r.status === 429)!.body.error).toMatchObject({ code: 'too-many-attempts', message: expect.stringMatching(/wait 15 minutes/) });
  });

  it(`locks an address after ${LOGIN_FAILURES_PER_WINDOW} failures across different names; other addresses are not affected`, async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_WINDOW; i++) expect((await login(`nobody ${i}`, 'wrong password', '127.0.1.2')).status).toBe(401);
    expect((await login('someone else', 'wrong password', '127.0.1.2')).status).toBe(429);
    expect((await login('someone else', 'wrong password', '127.0.1.3')).status).toBe(401);
  });

  it('a successful sign-in does not count against its address', async () => {
    const invite = live.server.ctx.accounts.invite(live.server.ctx.accounts.instructorForToken(live.hostCookie.split('=')[1])!);
    await live.server.ctx.accounts.acceptInvite(invite, 'Regular', 'a regular long password');
    for (let i = 0; i < LOGIN_FAILURES_PER_WINDOW + 2; i++) expect((await login('Regular', 'a regular long password', '127.0.1.4')).status).toBe(200);
  });
});

describe('upload sizes', () => {
  const upload = (path: string, opts: NonNullable<Parameters<typeof send>[2]>) => send('POST', path, { ...opts, headers: { cookie: live.hostCookie, 'content-type': 'text/plain', ...opts.headers } });

  it(`a dataset declared over ${MAX_DATASET_BYTES / 1e6} MB is refused with 413 before its body is read`, async () => {
    const reply = await upload('/api/datasets?task=lm&name=Huge', { headers: { 'content-length': MAX_DATASET_BYTES + 1 } });
    expect(reply).toMatchObject({ status: 413, body: { error: { code: 'invalid-payload', message: expect.stringMatching(/^The file is over the \d+ MB limit\.$/) } } });
    expect(count('datasets')).toBe(0);
  });

  it('a dataset streamed past the limit without a declared length is refused with 413, nothing stored', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const reply = await upload('/api/datasets?task=lm&name=Streamed', { body: Array.from({ length: MAX_DATASET_BYTES / chunk.length + 2 }, () => chunk) });
    expect(reply.status).toBe(413);
    expect(count('datasets')).toBe(0);
  });

  it('a question bank over 8 MB is refused with 413, nothing stored', async () => {
    const reply = await upload('/api/quiz/bank/import', { headers: { 'content-length': 8 * 1024 * 1024 + 1, 'content-type': 'application/json' } });
    expect(reply).toMatchObject({ status: 413, body: { error: { code: 'invalid-payload', message: expect.stringMatching(/over the \d+ MB limit/) } } });
    expect(count('quiz_questions')).toBe(0);
  });
});

describe('live limits', () => {
  it('refuses a submission past the challenge’s limit, saying so, and stores nothing', async () => {
    const code = await createRoom(live);
    const host = await connect(live.url, live.hostCookie);
    const settings = { taskId: 'temporal-order', level: 'easy', maxSubmissions: 1, cooldownSeconds: 0, maxParameters: 5000 };
    const challengeId = (await ask(host, 'challenge:launch', { code, settings })).data.challenge.id;
    const ada = await joinStudent(live, code, 'Ada');
    const model = await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 4 });
    const scored = next(ada.socket, 'challenge:scored');
    expect((await ask(ada.socket, 'challenge:submit', { code, challengeId, model, claimedScore: null })).ok).toBe(true);
    await scored;
    const before = count('submissions');
    const reply = await ask(ada.socket, 'challenge:submit', { code, challengeId, model, claimedScore: null });
    expect(reply).toMatchObject({ ok: false, error: { code: 'submission-limit', message: expect.stringMatching(/\d/) } });
    expect(count('submissions')).toBe(before);
    for (const s of [host, ada.socket]) s.disconnect();
  }, 60_000);

  it(`limits valid events too (${SOCKET_EVENTS_PER_SECOND}/s, bursts of ${SOCKET_EVENT_BURST}), and a socket recovers once it slows down`, async () => {
    const code = await createRoom(live);
    const ada = await joinStudent(live, code, 'Bo');
    const replies = await Promise.all(Array.from({ length: SOCKET_EVENT_BURST * 2 }, () => ask(ada.socket, 'challenge:state', { code })));
    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate-limited').length;
    expect(limited).toBeGreaterThan(SOCKET_EVENT_BURST - 10);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await ask(ada.socket, 'challenge:state', { code })).ok).toBe(true);
    ada.socket.disconnect();
  });
});
