/**
 * The authorization matrix: every socket event and every REST route, tried by everyone who must be
 * refused — each refusal has an authorization code and a message, changes nothing, and shows none of
 * the owner's private data. Who may do what is one table, proof/access-table.ts (EVENT_ROWS keyed by
 * CLIENT_EVENTS, ROUTE_ROWS keyed by the API's route table); the rows here are derived from it, so an
 * event or route added without a row there fails this file.
 *
 * Sockets: host-only events from students (of this session and of another), anonymous sockets and
 * another instructor; student events from everyone who is not that session's student; joins from
 * sockets already bound to someone; rejoins with forged, foreign and removed tokens; and, by people
 * allowed to act, payloads naming another session's challenge, round, participant or question.
 * REST: every route from an anonymous visitor, another instructor and a student of another session.
 * (The owner's own happy paths are tested beside each module.)
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_EVENTS, type ClientEventName } from '../lib/protocol/events';
import type { ErrorCode } from '../lib/protocol/errors';
import { EVENT_ROWS, ROUTE_ROWS, routeKey, type EventTarget, type RouteTarget } from '../proof/access-table';
import { buildAuthzFixture, type AuthzFixture } from '../proof/authz-fixture';
import { createApi } from './http/api';
import { ask } from './testing/live-server';

let fx: AuthzFixture;
beforeAll(async () => {
  fx = await buildAuthzFixture();
}, 60_000);
afterAll(async () => {
  await fx?.close();
});

/** Refusals for who the caller is, or for naming what is not theirs — never for a bad payload or state. */
const AUTHZ_CODES: ErrorCode[] = ['not-signed-in', 'forbidden', 'unknown-participant', 'participant-removed', 'bad-token', 'not-found', 'no-challenge', 'no-quiz-round', 'unknown-room'];

/** Every row of every table, to compare before and after an attempt. */
function snapshot(): Map<string, Set<string>> {
  const db = fx.live.server.ctx.db.$client;
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, new Set(db.prepare(`select * from "${t}"`).all().map((r) => JSON.stringify(r)))]));
}
/** Tables where a row was added, changed or removed, other than rows `mayTouch` allows. */
function changedTables(before: Map<string, Set<string>>, after: Map<string, Set<string>>, mayTouch: (row: Record<string, unknown>) => boolean = () => false): string[] {
  const touched = (from: Set<string>, to: Set<string>) => [...from].filter((r) => !to.has(r) && !mayTouch(JSON.parse(r)));
  return [...before].filter(([t, rows]) => touched(rows, after.get(t)!).length + touched(after.get(t)!, rows).length > 0).map(([t]) => t);
}

/** Rows of the other instructor's own (their login, questions, datasets, invitations, sessions and their events). */
function othersOwn(row: Record<string, unknown>): boolean {
  const otherId = fx.live.server.ctx.accounts.instructorForToken(fx.otherCookie.split('=')[1])?.id ?? fx.otherId;
  if ([row.instructor_id, row.owner_id, row.created_by].includes(otherId)) return true;
  const session = typeof row.session_id === 'string' ? fx.live.server.ctx.rooms.byId(row.session_id) : undefined;
  return session?.instructorId === otherId;
}

type Who = 'anonymous' | 'student of this session' | 'student of another session' | 'another instructor' | 'the owner';
const socketOf = (who: Who): Socket =>
  ({ anonymous: fx.sockets.anonymous, 'student of this session': fx.sockets.kim, 'student of another session': fx.sockets.zed, 'another instructor': fx.sockets.other, 'the owner': fx.sockets.owner })[who];

interface EventRow {
  event: ClientEventName;
  who: Who;
  naming: string;
  target: (fx: AuthzFixture) => EventTarget;
}

/** Who is refused, per access kind, naming session A (the owner's). */
const INTRUDERS = {
  owner: ['anonymous', 'student of this session', 'student of another session', 'another instructor'],
  'student-or-owner': ['anonymous', 'student of another session', 'another instructor'],
  student: ['anonymous', 'student of another session', 'another instructor', 'the owner'],
  anyone: ['student of this session', 'student of another session'], // already bound to a participant
  'token-holder': [],
} satisfies Record<string, Who[]>;

// Two targets that differ only in ids: an example that changes with them names an id.
const probeTarget = (id: string): EventTarget => ({ code: 'AAAAAA', challengeId: id, roundId: id, participantId: id, token: 'T'.repeat(43), model: new Uint8Array(1), questionId: id });
const namesIds = (event: ClientEventName) => JSON.stringify(EVENT_ROWS[event].example(probeTarget('x'))) !== JSON.stringify(EVENT_ROWS[event].example(probeTarget('y')));
const foreignIds = (fx: AuthzFixture, own: EventTarget): EventTarget => ({ ...own, challengeId: fx.b.challengeId, roundId: fx.b.roundId, participantId: fx.b.participantId, questionId: fx.b.questionId });

const EVENT_MATRIX: EventRow[] = (Object.keys(CLIENT_EVENTS) as ClientEventName[]).flatMap((event) => {
  if (!EVENT_ROWS[event]) return []; // no row yet: the completeness test below names the event
  const { access } = EVENT_ROWS[event];
  const rows: EventRow[] = INTRUDERS[access].map((who: Who) => ({ event, who, naming: 'session A', target: (f) => f.a }));
  if (access === 'token-holder') {
    rows.push(
      { event, who: 'anonymous', naming: 'a forged token', target: (f) => ({ ...f.a, token: 'F'.repeat(43) }) },
      { event, who: 'anonymous', naming: 'a removed student’s token', target: (f) => ({ ...f.a, token: f.removedToken }) },
      { event, who: 'student of another session', naming: 'a token of session A', target: (f) => f.a },
    );
  }
  // Allowed here, but naming another session's things: the owner from an empty session of theirs
  // (so no state of their own gets in the way), a student from their own session.
  if (namesIds(event) && access !== 'anyone' && access !== 'token-holder') {
    const owner = access !== 'student';
    rows.push({ event, who: owner ? 'the owner' : 'student of this session', naming: 'session B’s ids', target: (f) => foreignIds(f, owner ? f.c : f.a) });
  }
  return rows;
});

describe('socket events', () => {
  it('every event has a row in EVENT_ROWS and at least one refused attempt here', () => {
    expect(Object.keys(EVENT_ROWS).sort()).toEqual(Object.keys(CLIENT_EVENTS).sort());
    for (const event of Object.keys(CLIENT_EVENTS)) expect(EVENT_MATRIX.some((r) => r.event === event), event).toBe(true);
  });

  it.each(EVENT_MATRIX.map((r) => [`${r.event} from ${r.who}, naming ${r.naming}`, r] as const))('refuses %s', async (_label, { event, who, target }) => {
    const before = snapshot();
    const reply = await ask(socketOf(who), event, EVENT_ROWS[event].example(target(fx)));
    expect(reply.ok, JSON.stringify(reply)).toBe(false);
    expect(AUTHZ_CODES).toContain(reply.error.code);
    expect(reply.error.message.length).toBeGreaterThan(10);
    expect(changedTables(before, snapshot())).toEqual([]);
  });

  it('subscribed no one to session A: a change there reaches only its owner and its students', async () => {
    const heard = new Map<string, string[]>();
    for (const who of ['anonymous', 'student of another session', 'another instructor'] as const) socketOf(who).onAny((e: string) => heard.set(who, [...(heard.get(who) ?? []), e]));
    const kimHeard = new Promise((resolve) => fx.sockets.kim.once('challenge:updated', resolve));
    expect((await ask(fx.sockets.owner, 'challenge:control', { code: fx.a.code, challengeId: fx.a.challengeId, action: 'extend', minutes: 1 })).ok).toBe(true);
    await kimHeard;
    await new Promise((r) => setTimeout(r, 100));
    expect([...heard]).toEqual([]);
  });
});

type Caller = 'anonymous' | 'another instructor' | 'a student of another session';
const CALLERS: Caller[] = ['anonymous', 'another instructor', 'a student of another session'];
const ROUTES = () => createApi(fx.live.server.ctx).routes;

/** What a caller who is not the owner knows: the owner's public codes and ids, never a secret (forged ones instead). */
const forged = (t: RouteTarget): RouteTarget => ({ ...t, shareToken: 'S'.repeat(43), studentToken: 'P'.repeat(43) });

describe('REST routes', () => {
  it('every route of the API has a row in ROUTE_ROWS, and every row a route', () => {
    const keys = ROUTES().map(routeKey);
    expect(keys.filter((k) => !ROUTE_ROWS[k])).toEqual([]);
    expect(Object.keys(ROUTE_ROWS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  // Sign-out last: it ends the other instructor's own login.
  const rows = Object.keys(ROUTE_ROWS).sort((x, y) => Number(x.includes('logout')) - Number(y.includes('logout')));
  const label = (key: string) => key.replace(/\\\//g, '/').replace(/ \^/, ' ').replace(/\$$/, '');
  it.each(rows.flatMap((key) => CALLERS.map((caller) => [`${label(key)} from ${caller}`, key, caller] as const)))('%s: refused or own data only, nothing of the owner shown or changed', async (_label, key, caller) => {
    const row = ROUTE_ROWS[key]!;
    const target = forged(fx.route);
    const method = key.split(' ')[0]!;
    const headers: Record<string, string> = {};
    if (caller === 'another instructor') headers.cookie = fx.otherCookie;
    if (caller === 'a student of another session') headers.authorization = `Bearer ${fx.b.token}`;
    let body: string | undefined;
    if (row.body.kind !== 'none') {
      body = row.body.kind === 'json' ? JSON.stringify(row.body.example(target)) : row.body.example(target);
      headers['content-type'] = row.body.kind === 'json' ? 'application/json' : 'text/plain';
    }
    const before = snapshot();
    const res = await fetch(`${fx.live.url}${row.path(target)}`, { method, headers, body });
    const text = await res.text();
    for (const secret of fx.secrets) expect(text, `shows ${secret}`).not.toContain(secret);

    const ownDataOnly = row.access === 'instructor' && caller === 'another instructor';
    if (row.access === 'public' || row.access === 'secret' || ownDataOnly) {
      expect(res.status).toBeLessThan(500);
      expect(changedTables(before, snapshot(), caller === 'another instructor' ? othersOwn : undefined)).toEqual([]);
    } else {
      expect(res.status, text).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const { error } = JSON.parse(text);
      expect(AUTHZ_CODES).toContain(error.code);
      expect(changedTables(before, snapshot())).toEqual([]);
    }
  });

  it('the owner is still signed in and owns everything after all those attempts', async () => {
    const res = await fetch(`${fx.live.url}/api/history/sessions/${fx.route.sessionId}`, { headers: { cookie: fx.live.hostCookie } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { students: unknown[] }).students).toHaveLength(3);
  });
});
