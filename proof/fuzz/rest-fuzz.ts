/**
 * REST fuzzing: every route of the API's route table (a route without a row in ROUTE_ROWS fails the
 * run), by an anonymous visitor, the owner, another instructor and a student (Bearer token), with
 * broken and hostile bodies (JSON or raw), hostile path segments and query strings, odd headers.
 *
 * Each request must end in: a 4xx JSON error with a clear message and no write; or a 2xx for a
 * request that its row allows from that caller (and, for JSON bodies, that its schema accepts).
 * A 5xx, a non-JSON error or a hang is a violation.
 */
import fc from 'fast-check';
import { request } from 'node:http';
import { createApi } from '../../server/http/api';
import { ROUTE_ROWS, routeKey, type RouteAccess, type RouteRow } from '../access-table';
import { clearError, type Tally } from './tally';
import { describe, hostileValue, mutated } from './values';
import type { World } from './world';

export type Caller = 'anonymous' | 'owner' | 'other-instructor' | 'student';
const CALLERS: readonly Caller[] = ['anonymous', 'owner', 'other-instructor', 'student'];

export interface RestCase {
  key: string;
  caller: Caller;
  /** A replacement for one captured path segment (already URL-safe), or null. */
  segment: string | null;
  query: string | null;
  body: { type: string | null; data: string | Uint8Array; declaredLength?: number };
  header: 'none' | 'cross-origin' | 'bad-cookie' | 'bad-bearer' | 'huge-cookie';
}

/** The routes of a live server's API, each with its row (throws for a route without one). */
const routeCache = new WeakMap<World, ReturnType<typeof listRoutes>>();
export function routesOf(world: World) {
  if (!routeCache.has(world)) routeCache.set(world, listRoutes(world));
  return routeCache.get(world)!;
}

function listRoutes(world: World): Array<{ key: string; method: string; pattern: RegExp; row: RouteRow }> {
  return createApi(world.live.server.ctx).routes.map((r) => {
    const key = routeKey(r);
    const row = ROUTE_ROWS[key];
    if (!row) throw new Error(`No row in proof/access-table.ts ROUTE_ROWS for ${key}: say who may call it.`);
    return { key, ...r, row };
  });
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
const printable = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').slice(0, 2000);

const segmentArb = (world: World) =>
  fc.oneof(
    fc.constantFrom('%E0%A4%A', '%', '%zz', '%00', '%2F..%2F', '..', '.', 'A'.repeat(5000), '%C0%AE%C0%AE', '__proto__', 'constructor', 'ZZZZZZ'),
    fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
    fc.constantFrom(...world.plausible.map(String)).map(encodeURIComponent),
  );

function bodyArb(world: World, row: RouteRow): fc.Arbitrary<RestCase['body']> {
  const hostile = hostileValue(world.plausible);
  const asJson = (v: unknown) => ({ type: 'application/json', data: JSON.stringify(v) ?? 'null' });
  const anyBody = fc.oneof(
    hostile.map(asJson),
    fc.constantFrom('{', '{"a":', '[1,2', 'nul', '', '\u0000', '{"name":"a","name":"b"}', '{"__proto__":{"isAdmin":true}}', '[]'.repeat(50_000), '['.repeat(100_000)).map((data) => ({ type: 'application/json', data })),
    fc.uint8Array({ maxLength: 200 }).map((data) => ({ type: 'application/json', data })),
    fc.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', null).map((type) => ({ type, data: '{"name":"x"}' })),
    fc.constantFrom(70_000, 5_000_000).map((n) => ({ type: 'application/json', data: `{"name":"${'x'.repeat(n)}"}` })),
    fc.constantFrom(30_000_000, 2 ** 40).map((n) => ({ type: 'application/json', data: '', declaredLength: n })),
  );
  switch (row.body.kind) {
    case 'json':
      return fc.oneof({ weight: 3, arbitrary: mutated(row.body.example(world.route), hostile).map(asJson) }, { weight: 2, arbitrary: anyBody });
    case 'raw': {
      const example = row.body.example(world.route);
      const damaged = fc.tuple(fc.nat({ max: example.length }), fc.string({ unit: 'binary', maxLength: 20 })).map(([at, s]) => example.slice(0, at) + s + example.slice(at + s.length));
      return fc.oneof(
        { weight: 2, arbitrary: damaged.map((data) => ({ type: 'application/octet-stream', data })) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4000 }).map((data) => ({ type: 'application/octet-stream', data })) },
        { weight: 2, arbitrary: anyBody },
      );
    }
    case 'none':
      return anyBody;
  }
}

export function restCases(world: World): fc.Arbitrary<RestCase> {
  const routes = routesOf(world);
  // Routes that read a body get more cases; every route gets some (path, query, header, ignored body).
  const perRoute = routes.map(({ key, row }) =>
    fc.record({
      key: fc.constant(key),
      caller: fc.constantFrom(...CALLERS),
      segment: fc.option(segmentArb(world), { freq: 3 }),
      query: fc.option(fc.tuple(fc.constantFrom('task', 'name', 'fileName', 'reset'), segmentArb(world)).map(([k, v]) => `${k}=${v}`), { freq: 4 }),
      body: bodyArb(world, row),
      header: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'cross-origin', 'bad-cookie', 'bad-bearer', 'huge-cookie'),
    }),
  );
  const weighted = routes.map(({ row }, i) => ({ weight: row.body.kind === 'none' ? 1 : 4, arbitrary: perRoute[i]! }));
  return fc.oneof(...weighted) as fc.Arbitrary<RestCase>;
}

interface Reply {
  status: number;
  type: string;
  text: string;
}

function send(world: World, method: string, path: string, headers: Record<string, string | number>, body: RestCase['body']): Promise<Reply | { error: string }> {
  const port = Number(new URL(world.url).port);
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false, localAddress: '127.0.0.254', timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ error: e.message }));
    if (body.declaredLength === undefined) req.end(body.data);
    else req.end(); // a declared length with no body: the server must answer before waiting for it
  });
}

function mayAccept(caller: Caller, access: RouteAccess): boolean {
  switch (access) {
    case 'public':
    case 'secret':
      return true;
    case 'instructor':
      return caller === 'owner' || caller === 'other-instructor';
    case 'owner':
      return caller === 'owner';
    case 'participant-or-owner':
    case 'submitter-or-owner':
      return caller === 'owner' || caller === 'student';
    case 'participant':
      return caller === 'student';
  }
}

export async function runRestCase(world: World, c: RestCase, tally: Tally): Promise<string | null> {
  const route = routesOf(world).find((r) => r.key === c.key)!;
  // Logout ignores its body and would sign the world's instructors out: fuzz it signed out only.
  const caller = route.key.includes('logout') ? 'anonymous' : c.caller;
  let path = route.row.path(world.route);
  const captured = route.pattern.exec(path.split('?')[0]!)?.slice(1) ?? [];
  if (c.segment !== null && captured.length) path = path.replace(captured[0]!, () => c.segment!);
  if (c.query !== null) path += (path.includes('?') ? '&' : '?') + c.query;
  const headers: Record<string, string | number> = {};
  if (c.body.type) headers['content-type'] = c.body.type;
  // Always a length: Node sends a GET's or DELETE's body without one, which is malformed HTTP.
  headers['content-length'] = c.body.declaredLength ?? Buffer.byteLength(c.body.data);
  if (caller === 'owner') headers.cookie = world.ownerCookie;
  if (caller === 'other-instructor') headers.cookie = world.otherCookie;
  if (caller === 'student') headers.authorization = `Bearer ${world.route.studentToken}`;
  if (c.header === 'cross-origin') headers.origin = 'http://evil.example';
  if (c.header === 'bad-cookie') headers.cookie = 'unrolled_login=%E0%A4%A; unrolled_login=';
  if (c.header === 'huge-cookie') headers.cookie = `unrolled_login=${'A'.repeat(8000)}`;
  if (c.header === 'bad-bearer') headers.authorization = `Bearer ${printable(c.segment ?? 'A'.repeat(44))}`;

  // A replaced segment may name something of the caller's own that an earlier accepted request made.
  const decoded = c.segment === null ? null : safeDecode(c.segment);
  const ownsSegment = decoded !== null && (caller === 'owner' || caller === 'other-instructor') && world.owns(caller, decoded);
  const what = `${caller} ${route.method} ${path.slice(0, 120)} [${c.header}] ${describe(typeof c.body.data === 'string' ? c.body.data : `<${c.body.data.length} bytes>`)}`;
  tally.sent++;
  tally.count(tally.perTarget, route.key.replace(/\\\//g, '/').replace(/^(\w+) \^/, '$1 ').replace(/\$$/, ''));
  const before = world.changes();
  const reply = await send(world, route.method, path, headers, c.body);
  const wrote = () => world.changes() !== before;

  if ('error' in reply) {
    const size = c.body.declaredLength ?? (typeof c.body.data === 'string' ? Buffer.byteLength(c.body.data) : c.body.data.length);
    // A server that answers without reading a large body closes the connection with the body unread
    // (TCP then resets it): the client may lose the answer. For a route that reads no body, the answer
    // may have been a success (which may write); anything else with a reset is a failure.
    if (size > 64 * 1024 && /ECONNRESET|EPIPE|aborted|socket hang up/.test(reply.error)) {
      tally.outcome('connection reset (large body left unread)');
      if (!wrote()) return null;
      if (route.row.body.kind === 'none' && mayAccept(caller, route.row.access) && (c.segment === null || ownsSegment)) {
        tally.accepted.push(`${caller} ${route.method} ${path.slice(0, 60)} (reset after)`);
        await world.settle();
        return null;
      }
      return tally.violation(`reset, yet wrote: ${what}`);
    }
    return tally.violation(`no reply (${reply.error}): ${what}`);
  }
  if (reply.status >= 400 && reply.status < 500) {
    let error: unknown = null;
    try {
      error = (JSON.parse(reply.text) as { error?: unknown }).error;
    } catch {
      return tally.violation(`a ${reply.status} that is not JSON (${reply.type}): ${reply.text.slice(0, 100)} for ${what}`);
    }
    const unclear = clearError(error);
    tally.count(tally.errorCodes, `${reply.status} ${(error as { code?: string })?.code}`);
    tally.outcome('refused: clear error');
    if (unclear) return tally.violation(`${unclear} (${reply.status}): ${reply.text.slice(0, 200)} for ${what}`);
    return wrote() ? tally.violation(`refused (${reply.status}), yet changed the database: ${what}`) : null;
  }
  if (reply.status < 200 || reply.status >= 300) return tally.violation(`status ${reply.status}: ${reply.text.slice(0, 200)} for ${what}`);

  tally.outcome('accepted');
  const { row } = route;
  if (!mayAccept(caller, row.access)) return tally.violation(`accepted from ${caller}, which ROUTE_ROWS does not allow (${row.access}): ${what}`);
  if (c.segment !== null && captured.length && row.access !== 'public' && !ownsSegment) return tally.violation(`accepted a made-up or foreign path segment: ${what}`);
  if (row.body.kind === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof c.body.data === 'string' ? c.body.data : Buffer.from(c.body.data).toString('utf8'));
    } catch {
      return tally.violation(`accepted a body that is not JSON: ${what}`);
    }
    if (!row.body.schema.safeParse(parsed).success) return tally.violation(`accepted a body its schema refuses: ${what}`);
  }
  tally.accepted.push(`${caller} ${route.method} ${path.slice(0, 60)}`);
  await world.settle();
  return null;
}
