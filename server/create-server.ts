/**
 * Builds the one http.Server: /api/* goes to the REST API, socket.io is attached to the same server,
 * everything else goes to `pageHandler` (Next.js in production and development; a 404 in tests).
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server } from 'socket.io';
import '../lib/tasks/builtin-corpora';
import { getDb, openDb } from '../db/client';
import { startCheckpointer } from '../db/checkpointer';
import { JOIN_ATTEMPTS_PER_MINUTE, MAX_MESSAGE_BYTES } from '../lib/protocol/limits';
import type { AppContext } from './app-context';
import type { Env } from './env';
import { broadcastRoster } from './handlers/room';
import { createApi } from './http/api';
import { LOGIN_COOKIE, parseCookies } from './http/io';
import { log } from './log';
import { WindowLimiter } from './rate-limit';
import { Accounts } from './services/accounts';
import { Rooms } from './services/rooms';
import { Datasets } from './services/datasets';
import { Challenges } from './services/challenges';
import { Race } from './services/race';
import { Quiz } from './services/quiz';
import { startQuiz } from './handlers/quiz';
import { ScoringPool } from './scoring/pool';
import { challengeEvents, startRaceTicker } from './handlers/challenge';
import { leaderboardFeed } from './socket/leaderboard-feed';
import { registerAllHandlers } from './handlers/index';
import type { AppServer } from './socket/context';
import { answerUnknownEvents } from './socket/register';

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface UnrolledServer {
  http: HttpServer;
  ctx: AppContext;
  close(): Promise<void>;
}

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * `upgradeHandler` takes WebSocket upgrades that are not socket.io's (Next.js hot reload in
 * development); socket.io leaves them alone (`destroyUpgrade: false`).
 */
export interface ServerOptions {
  /** WebSocket upgrades that are not socket.io's (Next.js hot reload in development). */
  upgradeHandler?: UpgradeHandler;
  /** Tests may pass a pool of their own size. */
  scoringPool?: ScoringPool;
}

export function createUnrolledServer(env: Env, pageHandler: PageHandler, version: string, options: ServerOptions = {}): UnrolledServer {
  const { upgradeHandler } = options;
  const db = env.DATA_DIR === ':memory:' ? openDb(':memory:') : env.dev ? getDb(env.DATA_DIR) : openDb(env.DATA_DIR);
  // A database file of its own (not dev's shared handle): WAL checkpoints move to a worker thread.
  const checkpointer = env.DATA_DIR !== ':memory:' && !env.dev ? startCheckpointer(db) : null;
  let api: ReturnType<typeof createApi>;
  const http = createServer((req, res) => {
    void (async () => {
      if (await api(req, res)) return;
      await pageHandler(req, res);
    })().catch((err) => {
      log.error('request failed', err);
      if (!res.headersSent) res.writeHead(500).end('Internal error');
    });
  });

  const io: AppServer = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // A dropped connection (Wi-Fi blip, laptop lid) comes back with its rooms and data within 2 minutes.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
    serveClient: false,
    destroyUpgrade: false,
  });
  http.on('upgrade', (req, socket, head) => {
    if (req.url?.startsWith('/socket.io/')) return;
    if (upgradeHandler) upgradeHandler(req, socket, head);
    else socket.destroy();
  });

  const datasets = new Datasets(db);
  const pool = options.scoringPool ?? new ScoringPool();
  const challenges = new Challenges(db, datasets, pool, env.DATA_DIR);
  const ctx: AppContext = { env, db, accounts: new Accounts(db), rooms: new Rooms(db), datasets, challenges, race: new Race(), quiz: new Quiz(db), io, startedAt: Date.now(), version };
  challenges.events = challengeEvents(ctx);
  challenges.plantedFault = env.UNROLLED_FAULT ?? null; // test only: see proof/README.md
  challenges.resume();
  startQuiz(ctx);
  const raceTicker = startRaceTicker(ctx);
  api = createApi(ctx);
  const joinLimiter = new WindowLimiter(JOIN_ATTEMPTS_PER_MINUTE, 60_000);

  io.use((socket, next) => {
    const token = parseCookies(socket.handshake.headers.cookie).get(LOGIN_COOKIE);
    socket.data.instructor = ctx.accounts.instructorForToken(token);
    socket.data.student = null;
    socket.data.watching = [];
    next();
  });

  io.on('connection', (socket) => {
    answerUnknownEvents(socket);
    registerAllHandlers(ctx, socket, joinLimiter);
    if (socket.recovered && socket.data.student) {
      // Recovered sockets skip join/rejoin: count them present again and tell the hosts.
      ctx.rooms.presence.connect(socket.data.student.sessionId, socket.data.student.participantId);
      broadcastRoster(ctx, ctx.rooms.get(socket.data.student.code));
    }
  });

  return {
    http,
    ctx,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(raceTicker);
        challenges.close();
        leaderboardFeed(ctx).close();
        ctx.quiz.close();
        io.close(() => {
          void pool
            .close()
            .then(() => checkpointer?.stop())
            .finally(() => {
              db.$client.close();
              resolve();
            });
        });
      }),
  };
}
