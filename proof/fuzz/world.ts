/**
 * The world the fuzzers attack: a real server (in this process, so its crashes, unhandled
 * rejections, memory and database are observable directly), three instructors, a class session
 * with a running challenge, an ended quiz round and joined students, someone else's session to
 * name, and pools of sockets per role. Every write is counted by SQLite (`total_changes()` on the
 * server's one connection), so a refused request that wrote anything is caught at once.
 */
import { createHash } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { challengeSettingsSchema } from '../../lib/protocol/challenge';
import { quizRoundSettingsSchema } from '../../lib/protocol/quiz';
import { SOCKET_EVENT_BURST, SOCKET_EVENTS_PER_SECOND } from '../../lib/protocol/limits';
import { ScoringPool } from '../../server/scoring/pool';
import type { ClassSessionRow } from '../../server/services/rooms';
import { startLiveServer, type LiveServer } from '../../server/testing/live-server';
import { modelFile } from '../../server/testing/model-file';
import { EXAMPLE_QUESTION, type EventTarget, type RouteTarget } from '../access-table';

export type Role = 'anonymous' | 'student' | 'owner' | 'other-instructor';
export const ROLES: readonly Role[] = ['anonymous', 'student', 'owner', 'other-instructor'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Each new connection gets a loopback address of its own, so per-address join limits stay per socket. */
let nextAddress = 10;
const newAddress = () => `127.0.${Math.floor(nextAddress / 250) + 1}.${(nextAddress++ % 250) + 2}`;

export async function connectFrom(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
    ...({ localAddress: newAddress() } as object), // passed through to the WebSocket (not in the client's types)
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A socket with a client-side copy of the server's token bucket, so fuzz traffic is validated, not rate-limited. */
export interface PacedSocket {
  socket: Socket;
  role: Role;
  tokens: number;
  last: number;
}

const PACED_RATE = SOCKET_EVENTS_PER_SECOND * 0.8;

export interface World {
  live: LiveServer;
  url: string;
  ownerCookie: string;
  otherCookie: string;
  /** The session under fire (the owner's) and someone else's (Carol's), both with a challenge and a round. */
  fuzz: EventTarget & { room: ClassSessionRow };
  foreign: EventTarget & { room: ClassSessionRow };
  route: RouteTarget;
  /** Well-formed values that name someone else's things (for "plausible" mutations). */
  plausible: unknown[];
  model: Uint8Array;
  changes(): number;
  snapshot(): Map<string, string>;
  /** Waits for scoring to finish and ends quiz rounds a fuzz payload opened (their timers would write later). */
  settle(): Promise<void>;
  /** A socket of `role` with a token to spend (waits for one). */
  take(role: Role): Promise<PacedSocket>;
  /** Replaces a socket that was closed, or changed role (an accepted join). A new student joins: a write of ours. */
  replace(paced: PacedSocket): Promise<void>;
  /** How many sockets were replaced so far (the runner takes a new baseline after ours). */
  replacements: number;
  /** Whether this instructor owns a session (id or code), question or submission named `value`. */
  owns(who: 'owner' | 'other-instructor', value: string): boolean;
  close(): Promise<void>;
}

export async function startWorld(socketsPerRole = 6): Promise<World> {
  const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  const { ctx } = live.server;
  const owner = ctx.accounts.instructorForToken(live.hostCookie.split('=')[1])!;
  const bob = await ctx.accounts.acceptInvite(ctx.accounts.invite(owner), 'Bob Other', 'another long password');
  const carol = await ctx.accounts.acceptInvite(ctx.accounts.invite(owner), 'Carol Third', 'a third long password');
  const model = await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 4 });

  const ownerQuestion = ctx.quiz.bank.create(owner.id, { ...EXAMPLE_QUESTION, id: 'fuzz-owner-question' });
  const builtIn = ctx.quiz.bank.summaries(carol.instructor.id).find((q) => !q.own)!.id;

  /** A session with a running challenge, an ended round and a participant without a socket. */
  const session = async (who: { id: string; name: string }, name: string, questionId: string) => {
    const room = ctx.rooms.create(who, name);
    const settings = challengeSettingsSchema.parse({ taskId: 'temporal-order', level: 'easy', timeLimitMinutes: 240, maxSubmissions: 2, cooldownSeconds: 3600, maxParameters: 5000 });
    const challenge = ctx.challenges.launch(room, settings, who.id);
    const round = ctx.quiz.rounds.start(room, who.id, quizRoundSettingsSchema.parse({ questionIds: [questionId], timeLimitSeconds: 300 }));
    ctx.quiz.rounds.end(room, round.id);
    const victim = ctx.rooms.join(room.code, 'Victim');
    const { submissionId } = ctx.challenges.submit(challenge, victim.participant.id, model, null);
    return { room, code: room.code, challengeId: challenge.id, roundId: round.id, participantId: victim.participant.id, token: victim.token, model, questionId, submissionId };
  };
  const fuzz = await session(owner, 'Fuzz room', ownerQuestion.id);
  const foreign = await session(carol.instructor, 'Foreign room', builtIn);
  const ended = ctx.rooms.create(owner, 'Ended room');
  ctx.rooms.end(ended);
  const shared = await fetch(`${live.url}/api/history/sessions/${ended.id}/share`, { method: 'POST', headers: { cookie: live.hostCookie } });
  const shareToken = ((await shared.json()) as { url: string }).url.split('/').pop()!;

  const client = ctx.db.$client;
  const queued = () => client.prepare("select count(*) from submissions where status = 'queued'").pluck().get() as number;
  const tables = client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[];

  const pools = new Map<Role, PacedSocket[]>(ROLES.map((r) => [r, []]));
  let studentCount = 0;
  const open = async (role: Role): Promise<PacedSocket> => {
    const cookie = role === 'owner' ? live.hostCookie : role === 'other-instructor' ? `unrolled_login=${bob.loginToken}` : undefined;
    const socket = await connectFrom(live.url, cookie);
    if (role === 'student') {
      const reply = await socket.timeout(10_000).emitWithAck('room:join', { code: fuzz.code, nickname: `Fuzz ${++studentCount}` });
      if (!reply.ok) throw new Error(`A fuzz student could not join: ${JSON.stringify(reply)}`);
    }
    return { socket, role, tokens: SOCKET_EVENT_BURST, last: Date.now() };
  };
  for (const role of ROLES) for (let i = 0; i < socketsPerRole; i++) pools.get(role)!.push(await open(role));

  const world: World = {
    live,
    url: live.url,
    ownerCookie: live.hostCookie,
    otherCookie: `unrolled_login=${bob.loginToken}`,
    fuzz,
    foreign,
    model,
    route: {
      code: fuzz.code,
      sessionId: fuzz.room.id,
      endedSessionId: ended.id,
      endedCode: ended.code,
      challengeId: fuzz.challengeId,
      submissionId: fuzz.submissionId,
      questionId: ownerQuestion.id,
      shareToken,
      studentToken: fuzz.token,
    },
    plausible: [foreign.code, foreign.challengeId, foreign.roundId, foreign.participantId, foreign.token, foreign.submissionId, foreign.room.id, 'ZZZZZZ', 'zzzzzz'],
    changes: () => client.prepare('select total_changes()').pluck().get() as number,
    snapshot: () =>
      new Map(
        tables.map((t) => {
          const hash = createHash('sha256');
          for (const row of client.prepare(`select * from "${t}" order by rowid`).all()) hash.update(JSON.stringify(row, (_k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('base64') : v)));
          return [t, hash.digest('hex')];
        }),
      ),
    settle: async () => {
      for (let i = 0; i < 1200 && queued() > 0; i++) await sleep(25);
      if (queued() > 0) throw new Error('Scoring did not finish within 30 s');
      for (const target of [fuzz, foreign]) {
        const room = ctx.rooms.get(target.code);
        const round = ctx.quiz.rounds.latest(room);
        if (round && round.phase !== 'ended') ctx.quiz.rounds.end(room, round.id);
      }
    },
    take: async (role) => {
      for (;;) {
        const now = Date.now();
        // A socket the server closed (an accepted removal, a message over the limit) is replaced first.
        for (const p of pools.get(role)!) if (!p.socket.connected) await world.replace(p);
        for (const p of pools.get(role)!) {
          p.tokens = Math.min(SOCKET_EVENT_BURST - 5, p.tokens + ((now - p.last) / 1000) * PACED_RATE);
          p.last = now;
          if (p.tokens >= 1) {
            p.tokens -= 1;
            return p;
          }
        }
        await sleep(5);
      }
    },
    replacements: 0,
    owns: (who, value) => {
      const id = who === 'owner' ? owner.id : bob.instructor.id;
      const hit = (sql: string, ...args: string[]) => client.prepare(sql).get(...args) !== undefined;
      return (
        hit('select 1 from class_sessions where (id = ? or code = ?) and instructor_id = ?', value, value.toUpperCase(), id) ||
        hit('select 1 from quiz_questions where question_id = ? and instructor_id = ?', value, id) ||
        hit('select 1 from submissions s join challenges c on c.id = s.challenge_id join class_sessions cs on cs.id = c.session_id where s.id = ? and cs.instructor_id = ?', value, id)
      );
    },
    replace: async (paced) => {
      world.replacements++;
      paced.socket.disconnect();
      const pool = pools.get(paced.role)!;
      pool.splice(pool.indexOf(paced), 1, await open(paced.role));
    },
    close: async () => {
      for (const pool of pools.values()) for (const p of pool) p.socket.disconnect();
      await live.close();
    },
  };
  await world.settle();
  return world;
}

/** Counts the server process's uncaught exceptions and unhandled rejections while it runs. */
export function crashCounter() {
  const seen = { uncaughtException: 0, unhandledRejection: 0, first: [] as string[] };
  const onException = (err: unknown) => (seen.uncaughtException++, seen.first.length < 5 && seen.first.push(String((err as Error)?.stack ?? err)));
  const onRejection = (err: unknown) => (seen.unhandledRejection++, seen.first.length < 5 && seen.first.push(String((err as Error)?.stack ?? err)));
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return {
    seen,
    dispose: () => {
      process.off('uncaughtException', onException);
      process.off('unhandledRejection', onRejection);
    },
  };
}
