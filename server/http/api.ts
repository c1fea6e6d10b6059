/** The REST API under /api: health, instructor accounts, class sessions, join-code QR codes. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { UserError } from '../../lib/protocol/errors';
import { codeSchema } from '../../lib/protocol/fields';
import {
  acceptInviteBodySchema,
  createSessionBodySchema,
  loginBodySchema,
  setupBodySchema,
  type AuthState,
} from '../../lib/protocol/rest';
import type { AppContext } from '../app-context';
import { log } from '../log';
import type { Instructor } from '../services/accounts';
import { LOGIN_TTL_MS } from '../services/accounts';
import { HttpError, LOGIN_COOKIE, loginCookie, parseCookies, readBytes, readJson, sendJson, statusFor } from './io';
import { isDatasetTask } from '../services/datasets';
import { MAX_DATASET_BYTES } from '../../lib/tasks/datasets/index';
import { publicBaseUrl } from './public-url';

import { ROUTE_FACTORIES } from './routes/index';
import type { Route, RouteHelpers, RouteTable } from './routes/types';

/** The host of an Origin header; null for "null" (sandboxed frames, file: pages) and anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function createApi(ctx: AppContext) {
  const secure = !!ctx.env.PUBLIC_URL?.startsWith('https:');
  const loginTokenOf = (req: IncomingMessage) => parseCookies(req.headers.cookie).get(LOGIN_COOKIE);
  const instructorOf = (req: IncomingMessage) => ctx.accounts.instructorForToken(loginTokenOf(req));
  const requireInstructor = (req: IncomingMessage): Instructor => {
    const instructor = instructorOf(req);
    if (!instructor) throw new UserError('not-signed-in', 'Sign in at /host first.');
    return instructor;
  };
  const signIn = (res: ServerResponse, result: { instructor: Instructor; loginToken: string }) =>
    sendJson(res, 200, { instructor: result.instructor }, { 'set-cookie': loginCookie(result.loginToken, LOGIN_TTL_MS / 1000, secure) });
  const parseCode = (raw: string) => {
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // A malformed %-escape is a code that does not exist, not a server error.
    }
    const parsed = codeSchema.safeParse(decoded);
    if (!parsed.success) throw new UserError('unknown-room', `No class session with code ${raw.slice(0, 12)}.`, { code: raw.slice(0, 12) });
    return parsed.data;
  };

  const helpers: RouteHelpers = { instructorOf, requireInstructor, parseCode };
  const routes: RouteTable = [
    [
      'GET',
      /^\/api\/health$/,
      (_req, res) => {
        let database = false;
        try {
          database = ctx.db.$client.prepare('select 1 as ok').get() !== undefined;
        } catch {
          database = false;
        }
        sendJson(res, database ? 200 : 503, {
          ok: database,
          version: ctx.version,
          uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 1000),
          database: database ? 'reachable' : 'unreachable',
        });
      },
    ],
    [
      'GET',
      /^\/api\/auth\/state$/,
      (req, res) => sendJson(res, 200, { instructor: instructorOf(req), needsSetup: ctx.accounts.needsSetup() } satisfies AuthState),
    ],
    [
      'POST',
      /^\/api\/auth\/setup$/,
      async (req, res) => {
        const body = await readJson(req, setupBodySchema);
        signIn(res, await ctx.accounts.completeSetup(body.token, body.name, body.password));
      },
    ],
    [
      'POST',
      /^\/api\/auth\/accept-invite$/,
      async (req, res) => {
        const body = await readJson(req, acceptInviteBodySchema);
        signIn(res, await ctx.accounts.acceptInvite(body.token, body.name, body.password));
      },
    ],
    [
      'POST',
      /^\/api\/auth\/login$/,
      async (req, res) => {
        const body = await readJson(req, loginBodySchema);
        signIn(res, await ctx.accounts.login(body.name, body.password, req.socket.remoteAddress ?? 'unknown'));
      },
    ],
    [
      'POST',
      /^\/api\/auth\/logout$/,
      (req, res) => {
        const token = loginTokenOf(req);
        if (token) ctx.accounts.logout(token);
        sendJson(res, 200, { ok: true }, { 'set-cookie': loginCookie('', 0, secure) });
      },
    ],
    [
      'POST',
      /^\/api\/invites$/,
      (req, res) => {
        const token = ctx.accounts.invite(requireInstructor(req));
        sendJson(res, 200, { url: `${publicBaseUrl(req, ctx.env.PUBLIC_URL, ctx.env.PORT)}/invite?token=${token}` });
      },
    ],
    ['GET', /^\/api\/datasets$/, (req, res) => sendJson(res, 200, { datasets: ctx.datasets.list(requireInstructor(req).id) })],
    [
      'POST',
      /^\/api\/datasets$/,
      async (req, res) => {
        const instructor = requireInstructor(req);
        const query = new URL(req.url ?? '/', 'http://x').searchParams;
        const task = query.get('task') ?? '';
        if (!isDatasetTask(task)) throw new UserError('invalid-payload', 'Choose the task the dataset is for: sentiment or lm.');
        const bytes = await readBytes(req, MAX_DATASET_BYTES);
        const dataset = ctx.datasets.import(task, query.get('name') ?? '', query.get('fileName') ?? 'upload', bytes, instructor.id);
        sendJson(res, 201, { dataset });
      },
    ],
    ['GET', /^\/api\/sessions$/, (req, res) => sendJson(res, 200, { sessions: ctx.rooms.list(requireInstructor(req)) })],
    [
      'POST',
      /^\/api\/sessions$/,
      async (req, res) => {
        const instructor = requireInstructor(req);
        const body = await readJson(req, createSessionBodySchema);
        const row = ctx.rooms.create(instructor, body.name);
        sendJson(res, 201, { session: { id: row.id, code: row.code, name: row.name, createdAt: row.createdAt, endedAt: null, participants: 0 } });
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)$/,
      (_req, res, [raw]) => {
        const room = ctx.rooms.get(parseCode(raw!));
        sendJson(res, 200, { code: room.code, name: room.name, endedAt: room.endedAt });
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)\/join-link$/,
      (req, res, [raw]) => {
        const room = ctx.rooms.get(parseCode(raw!));
        sendJson(res, 200, { url: `${publicBaseUrl(req, ctx.env.PUBLIC_URL, ctx.env.PORT)}/join/${room.code}` });
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)\/challenges\/([0-9a-f-]{36})\/train-data$/,
      (req, res, [raw, challengeId]) => {
        // A participant (Bearer token) or the owning instructor; never the hidden part.
        const room = ctx.rooms.get(parseCode(raw!));
        const bearer = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(req.headers.authorization ?? '')?.[1];
        if (bearer) {
          const { participant } = ctx.rooms.rejoin(room.code, bearer);
          ctx.rooms.assertActive(room, participant.id);
        } else ctx.rooms.getOwned(room.code, requireInstructor(req));
        const row = ctx.challenges.get(room, challengeId!);
        const data = ctx.challenges.trainData(row);
        if (!data) throw new UserError('not-found', 'This task generates its own training data in the browser.');
        sendJson(res, 200, data);
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)\/qr\.svg$/,
      async (req, res, [raw]) => {
        const room = ctx.rooms.get(parseCode(raw!));
        const url = `${publicBaseUrl(req, ctx.env.PUBLIC_URL, ctx.env.PORT)}/join/${room.code}`;
        const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
        res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store', 'cross-origin-resource-policy': 'same-origin' });
        res.end(svg);
      },
    ],
    // Domain routes (quiz, past sessions, …) live in ./routes/.
    ...ROUTE_FACTORIES.flatMap((factory) => factory(ctx, helpers)),
  ];

  /** Handles /api/* requests; returns false for anything else (Next.js takes it). */
  async function api(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) return false;
    const pathname = url.split('?')[0]!;
    const match = routes.find(([method, re]) => re.test(pathname) && method === req.method);
    try {
      if (!match) {
        const known = routes.some(([, re]) => re.test(pathname));
        // The path is the sender's (up to 16 KB): name only its start.
        const shown = pathname.length > 100 ? `${pathname.slice(0, 100)}…` : pathname;
        sendJson(res, known ? 405 : 404, { error: { code: 'not-found', message: known ? `Method ${req.method} is not allowed here.` : `No API route ${shown}.` } });
        return true;
      }
      // A cross-site form cannot send JSON without a preflight, and cookies are SameSite=Lax; also check Origin.
      if (req.method !== 'GET' && req.headers.origin && originHost(req.headers.origin) !== req.headers.host) {
        throw new HttpError(403, { code: 'forbidden', message: 'Requests from another site are refused.' });
      }
      await match[2](req, res, match[1].exec(pathname)!.slice(1));
    } catch (err) {
      if (err instanceof HttpError) sendJson(res, err.status, { error: err.error });
      else if (err instanceof UserError) sendJson(res, statusFor(err), { error: err.toJSON() });
      else {
        log.error(`API ${req.method} ${pathname} failed`, err);
        sendJson(res, 500, { error: { code: 'internal', message: 'Something went wrong on the server; nothing was changed. Try again.' } });
      }
    }
    return true;
  }
  // `routes` lists every route (method and path pattern) for tests that must cover them all
  // (server/authz-matrix.test.ts, proof/fuzz): a new route without a row there fails them.
  return Object.assign(api, { routes: routes.map(([method, pattern]) => ({ method, pattern })) });
}
