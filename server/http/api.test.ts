/** The REST API over real HTTP: a server on a free port of 127.0.0.1 with an in-memory database. */
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCode } from '../../lib/protocol/codes';
import { LOGIN_FAILURES_PER_WINDOW, MAX_JSON_BODY_BYTES } from '../../lib/protocol/limits';
import type { AppContext } from '../app-context';
import { createUnrolledServer, type UnrolledServer } from '../create-server';
import { readEnv } from '../env';

const PASSWORD = 'correct horse battery';

let server: UnrolledServer;
let ctx: AppContext;
let port: number;
let adaCookie: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * One HTTP request. `body` is sent as given (string or chunks); a string gets a content-length, chunks
 * go out with chunked transfer encoding (no declared length).
 */
function send(method: string, path: string, opts: { headers?: OutgoingHttpHeaders; body?: string | string[] } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = { ...opts.headers };
    if (typeof opts.body === 'string') headers['content-length'] = Buffer.byteLength(opts.body);
    // A connection per request: a refused body may be left unread, so a kept-alive socket is not reusable.
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON (the page handler's 404)
        }
        resolve({ status: res.statusCode!, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    if (Array.isArray(opts.body)) for (const chunk of opts.body) req.write(chunk);
    else if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const json = (method: string, path: string, body: unknown, headers: OutgoingHttpHeaders = {}) =>
  send(method, path, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const cookieOf = (reply: Reply) => String([reply.headers['set-cookie']].flat()[0] ?? '').split(';')[0]!;

beforeAll(async () => {
  const env = readEnv({ DATA_DIR: ':memory:', PORT: '3000', NODE_ENV: 'test', PUBLIC_URL: 'http://class.example:3000' } as NodeJS.ProcessEnv, false);
  server = createUnrolledServer(env, (_req, res) => void res.writeHead(404).end('no pages in tests'), 'test-version');
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  ctx = server.ctx;
  port = (server.http.address() as AddressInfo).port;
});

afterAll(async () => {
  await server.close();
});

describe('before setup', () => {
  it('GET /api/health answers 200 with the version and a reachable database', async () => {
    const reply = await send('GET', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, version: 'test-version', database: 'reachable' });
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
  });

  it('GET /api/auth/state says setup is needed', async () => {
    expect((await send('GET', '/api/auth/state')).body).toEqual({ instructor: null, needsSetup: true });
  });

  it('POST /api/auth/setup with a bad link is refused with 410 and creates nothing', async () => {
    const reply = await json('POST', '/api/auth/setup', { token: 'A'.repeat(43), name: 'Ada', password: PASSWORD });
    expect(reply.status).toBe(410);
    expect(reply.body.error.code).toBe('bad-token');
    expect(ctx.accounts.needsSetup()).toBe(true);
  });

  it('POST /api/auth/setup creates the first instructor and sets an HttpOnly login cookie', async () => {
    const reply = await json('POST', '/api/auth/setup', { token: ctx.accounts.issueSetupToken(), name: ' Ada ', password: PASSWORD });
    expect(reply.status).toBe(200);
    expect(reply.body.instructor).toMatchObject({ name: 'Ada' });
    expect(String(reply.headers['set-cookie'])).toMatch(/^unrolled_login=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    adaCookie = cookieOf(reply);
    expect((await send('GET', '/api/auth/state', { headers: { cookie: adaCookie } })).body).toMatchObject({ instructor: { name: 'Ada' }, needsSetup: false });
  });
});

describe('class sessions', () => {
  it.each([
    ['no cookie', {}],
    ['a forged cookie', { cookie: `unrolled_login=${'A'.repeat(43)}` }],
    ['a malformed cookie', { cookie: 'unrolled_login=%E0%A4%A' }],
  ])('GET /api/sessions with %s is 401', async (_label, headers) => {
    const reply = await send('GET', '/api/sessions', { headers });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toMatchObject({ code: 'not-signed-in', message: expect.stringMatching(/sign in/i) });
  });

  it('POST /api/sessions without a cookie is 401 and creates nothing', async () => {
    const reply = await json('POST', '/api/sessions', { name: 'Sneaky' });
    expect(reply.status).toBe(401);
    expect(ctx.db.$client.prepare("select count(*) from class_sessions where name = 'Sneaky'").pluck().get()).toBe(0);
  });

  it('creates a session with a valid code, lists it with its participant count, and serves its public info', async () => {
    const created = await json('POST', '/api/sessions', { name: ' RNN lecture ' }, { cookie: adaCookie });
    expect(created.status).toBe(201);
    const { code } = created.body.session;
    expect(isValidCode(code)).toBe(true);
    ctx.rooms.join(code, 'Kim');
    ctx.rooms.join(code, 'Lee');
    const listed = await send('GET', '/api/sessions', { headers: { cookie: adaCookie } });
    expect(listed.status).toBe(200);
    expect(listed.body.sessions).toEqual([expect.objectContaining({ code, name: 'RNN lecture', endedAt: null, participants: 2 })]);
    expect((await send('GET', `/api/rooms/${code.toLowerCase()}`)).body).toEqual({ code, name: 'RNN lecture', endedAt: null });
    expect((await send('GET', `/api/rooms/${code}/join-link`)).body).toEqual({ url: `http://class.example:3000/join/${code}` });
    const qr = await send('GET', `/api/rooms/${code}/qr.svg`);
    expect([qr.status, qr.headers['content-type']]).toEqual([200, 'image/svg+xml']);
  });

  it.each([['ZZZZZZ'], ['not-a-code'], ['%E0%A4%A'], ['A'.repeat(200)]])('GET /api/rooms/%s is 404', async (code) => {
    const reply = await send('GET', `/api/rooms/${code}`);
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('unknown-room');
  });
});

describe('request bodies', () => {
  it('bad JSON is 400 with a message that says so', async () => {
    const reply = await send('POST', '/api/auth/login', { headers: { 'content-type': 'application/json' }, body: '{"name": "Ada",' });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toEqual({ code: 'invalid-payload', message: 'The request body is not valid JSON.' });
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], [undefined]])('content-type %s is 415', async (type) => {
    const reply = await send('POST', '/api/auth/login', { headers: type ? { 'content-type': type } : {}, body: JSON.stringify({ name: 'Ada', password: PASSWORD }) });
    expect(reply.status).toBe(415);
    expect(reply.body.error.message).toMatch(/Content-Type: application\/json/);
  });

  it('a body over the limit is 413 (declared length)', async () => {
    const reply = await json('POST', '/api/auth/login', { name: 'Ada', password: 'x'.repeat(MAX_JSON_BODY_BYTES) });
    expect(reply.status).toBe(413);
    expect(reply.body.error.message).toMatch(new RegExp(`over ${MAX_JSON_BODY_BYTES} bytes`));
  });

  it('a declared length over the limit is 413 at once, before any body arrives', async () => {
    const reply = await send('POST', '/api/auth/login', { headers: { 'content-type': 'application/json', 'content-length': 10 * MAX_JSON_BODY_BYTES } });
    expect(reply.status).toBe(413);
  });

  it('a body over the limit is 413 (chunked, no declared length)', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const reply = await send('POST', '/api/auth/login', { headers: { 'content-type': 'application/json' }, body: ['{"name":"', ...Array(5).fill(chunk), '"}'] });
    expect(reply.status).toBe(413);
  });

  it.each([
    ['an extra key', { token: 'A'.repeat(43), name: 'Eve', password: PASSWORD, admin: true }, /Unrecognized key/],
    ['a short password', { token: 'A'.repeat(43), name: 'Eve', password: 'short' }, /^password: A password has at least 10 characters\.$/],
    ['no token', { name: 'Eve', password: PASSWORD }, /^token: /],
    ['an array', [], /expected object/],
  ])('a body with %s is 400 naming the problem', async (_label, body, message) => {
    const reply = await json('POST', '/api/auth/accept-invite', body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'invalid-payload', message: expect.stringMatching(message) });
  });

  it.each([
    ['another site', 'http://evil.example', 403],
    ['an opaque origin', 'null', 403],
    ['a malformed origin', 'not a url', 403],
    ['this server', 'same', 200],
  ])('a POST from %s (Origin %j) is answered %i', async (_label, origin, status) => {
    const headers = { origin: origin === 'same' ? `http://127.0.0.1:${port}` : origin, cookie: adaCookie };
    const reply = await json('POST', '/api/invites', {}, headers);
    expect(reply.status).toBe(status);
    if (status === 403) expect(reply.body.error.code).toBe('forbidden');
  });

  it('unknown routes are 404 and wrong methods 405', async () => {
    expect((await send('GET', '/api/nope')).status).toBe(404);
    expect((await send('DELETE', '/api/sessions')).status).toBe(405);
    expect((await send('GET', '/not-api')).body).toBe('no pages in tests');
  });
});

describe('sign-in', () => {
  it('refuses a wrong password with 401', async () => {
    const reply = await json('POST', '/api/auth/login', { name: 'Ada', password: 'wrong password' });
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('wrong-password');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('signs in case-insensitively, and logout ends that login only', async () => {
    const login = await json('POST', '/api/auth/login', { name: 'ADA', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = cookieOf(login);
    expect((await send('GET', '/api/sessions', { headers: { cookie } })).status).toBe(200);
    const out = await send('POST', '/api/auth/logout', { headers: { cookie } });
    expect(String(out.headers['set-cookie'])).toMatch(/^unrolled_login=; .*Max-Age=0/);
    expect((await send('GET', '/api/sessions', { headers: { cookie } })).status).toBe(401);
    expect((await send('GET', '/api/sessions', { headers: { cookie: adaCookie } })).status).toBe(200);
  });

  it('invitations work once', async () => {
    const invite = await json('POST', '/api/invites', {}, { cookie: adaCookie });
    const token = new URL(invite.body.url).searchParams.get('token');
    expect(invite.body.url).toMatch(/^http:\/\/class\.example:3000\/invite\?token=/);
    const first = await json('POST', '/api/auth/accept-invite', { token, name: 'Bob', password: PASSWORD });
    expect(first.status).toBe(200);
    const second = await json('POST', '/api/auth/accept-invite', { token, name: 'Carol', password: PASSWORD });
    expect([second.status, second.body.error.code]).toEqual([410, 'bad-token']);
  });

  it(`locks sign-in with 429 after ${LOGIN_FAILURES_PER_WINDOW} failures`, async () => {
    // Earlier tests in this file already failed once from this address; count from a fresh name.
    const replies = [];
    for (let i = 0; i <= LOGIN_FAILURES_PER_WINDOW; i++) replies.push((await json('POST', '/api/auth/login', { name: 'Bob', password: 'wrong password' })).status);
    expect(replies.at(-1)).toBe(429);
    expect(replies[0]).toBe(401);
    const locked = await json('POST', '/api/auth/login', { name: 'Bob', password: PASSWORD });
    expect([locked.status, locked.body.error.code]).toEqual([429, 'too-many-attempts']);
  });
});
