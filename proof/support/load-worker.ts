/**
 * One client thread of the load test (proof/loadtest.ts): a slice of the simulated students, each a
 * socket.io-client socket like the browser's. Several threads share the client work so that the
 * clients' own event loop is not what the test measures; each reports its event-loop lag so the
 * report can say whether it was.
 *
 * Times are wall-clock ms (`performance.timeOrigin + performance.now()`: sub-ms, comparable with the
 * server's Date.now() on the same machine).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { ask, openSocket, seededRandom, sleep, type ClientSocket } from './clients';

export interface LoadWorkerInit {
  url: string;
  code: string;
  challengeId: string;
  /** Global index of this thread's first student, and how many it runs. */
  first: number;
  count: number;
  /** Local indexes (0-based in this slice) of students who submit one model during the steady phase. */
  submitters: number[];
  models: Uint8Array[];
  seed: number;
}

export type LoadCommand = { type: 'join' } | { type: 'steady'; durationMs: number } | { type: 'collect' };

export type LoadReply =
  | { type: 'ready' }
  | { type: 'joined'; joinMs: number[]; failures: Record<string, number> }
  | { type: 'steady-done'; progressAckMs: number[]; submitAckMs: number[]; answerAckMs: number[]; failures: Record<string, number> }
  | {
      type: 'collected';
      /** Every leaderboard received: [key, receivedAt] pairs, key = scored submissions on that board. */
      boards: number[];
      /** Every own row received (`challenge:my-row`): [key, receivedAt] pairs, as for boards. */
      rows: number[];
      /** Boards whose rows were those of the board before (only the ranked count changed): [key, receivedAt]. */
      countOnly: number[];
      questionMs: number[];
      revealMs: number[];
      standingsMs: number[];
      clientLagP99Ms: number;
      clientLagMaxMs: number;
      /** Event-loop utilisation of this thread during the steady phase (0..1). */
      clientElu: number;
    };

const init = workerData as LoadWorkerInit;
const random = seededRandom(init.seed);
const wallNow = () => performance.timeOrigin + performance.now();
const failures: Record<string, number> = {};
const fail = (key: string) => void (failures[key] = (failures[key] ?? 0) + 1);
const post = (msg: LoadReply) => parentPort!.postMessage(msg);
const LAG_RESOLUTION_MS = 10;
const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });

interface Student {
  socket: ClientSocket;
  joined: boolean;
}
const students: Student[] = [];
const boards: number[] = [];
const rows: number[] = [];
const countOnly: number[] = [];
const questionMs: number[] = [];
const revealMs: number[] = [];
const standingsMs: number[] = [];
const answerAckMs: number[] = [];
let steadyUntil = 0;
let steadyElu = 0;

/** Listens like the student page: leaderboards, quiz questions (answered after a pause), reveals. */
function listen(s: Student): void {
  let revealSentAt = 0;
  // Students get the top rows when they change, and their own row when it changes (server/socket/leaderboard-feed.ts).
  // A board with the same rows as the one before carries only a new ranked count: the server sends those
  // at its next flush (≤ 1 s), so they are counted apart from boards whose rows changed.
  let lastRows = '';
  s.socket.on('challenge:leaderboard', (board: { scored: number; entries: unknown[] }) => {
    const at = wallNow();
    const rowsNow = JSON.stringify(board.entries);
    (rowsNow === lastRows ? countOnly : boards).push(board.scored, at);
    lastRows = rowsNow;
  });
  s.socket.on('challenge:my-row', (row: { scored: number }) => void rows.push(row.scored, wallNow()));
  s.socket.on('quiz:question', ({ round }: { round: { id: string; index: number; serverNow: number; question: { kind: string; choices?: unknown[]; items?: unknown[] } } }) => {
    questionMs.push(wallNow() - round.serverNow);
    const q = round.question;
    const answer =
      q.kind === 'single' ? { kind: 'single', choice: Math.floor(random() * (q.choices?.length ?? 1)) }
      : q.kind === 'multi' ? { kind: 'multi', choices: [0] }
      : q.kind === 'numeric' ? { kind: 'numeric', value: 1 }
      : { kind: 'ordering', order: (q.items ?? []).map((_, i) => i) };
    const delay = 1000 + random() * 5000;
    setTimeout(async () => {
      if (wallNow() > steadyUntil) return;
      const t0 = wallNow();
      try {
        const reply = await ask(s.socket, 'quiz:answer', { code: init.code, roundId: round.id, index: round.index, answer }, 30_000);
        if (reply.ok) answerAckMs.push(wallNow() - t0);
        else fail(`quiz:answer ${reply.error.code}`);
      } catch {
        fail('quiz:answer timeout');
      }
    }, delay);
  });
  s.socket.on('quiz:reveal', ({ round }: { round: { serverNow: number } }) => {
    revealSentAt = round.serverNow;
    revealMs.push(wallNow() - round.serverNow);
  });
  s.socket.on('quiz:standings', () => {
    if (revealSentAt) standingsMs.push(wallNow() - revealSentAt);
  });
}

async function join(i: number): Promise<number | null> {
  const t0 = wallNow();
  const socket = openSocket(init.url);
  const s: Student = { socket, joined: false };
  students.push(s);
  listen(s);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('connect timeout')), 60_000);
      socket.once('connect', () => (clearTimeout(timer), resolve()));
    });
    const reply = await ask(socket, 'room:join', { code: init.code, nickname: `load-${init.first + i}` }, 60_000);
    if (!reply.ok) return fail(`room:join ${reply.error.code}`), null;
    s.joined = true;
    const token = reply.data.token as string;
    // Like the student page: a dropped connection that the server cannot recover is rejoined with the token.
    socket.on('disconnect', () => fail('disconnected'));
    socket.on('connect', async () => {
      if (socket.recovered) return;
      const again = await ask(socket, 'room:rejoin', { code: init.code, token }, 60_000).catch(() => null);
      if (!again?.ok) fail('room:rejoin failed');
    });
    return wallNow() - t0;
  } catch (err) {
    fail(`room:join ${err instanceof Error ? err.message : 'error'}`);
    return null;
  }
}

async function steady(durationMs: number): Promise<void> {
  steadyUntil = wallNow() + durationMs;
  for (const k of Object.keys(failures)) delete failures[k]; // join failures were reported already
  const progressAckMs: number[] = [];
  const submitAckMs: number[] = [];
  const elu0 = performance.eventLoopUtilization();
  lag.reset();
  lag.enable();
  const { code, challengeId } = init;
  const progress = students.map(async (s) => {
    await sleep(random() * 1000); // students are not in phase with each other
    for (let step = 1; wallNow() < steadyUntil; step++) {
      const next = wallNow() + 1000;
      if (s.joined) {
        const t0 = wallNow();
        try {
          const reply = await ask(s.socket, 'challenge:progress', { code, challengeId, step: step * 10, loss: 1 / step, metric: 0.5, cell: 'lstm', hidden: 16 });
          if (reply.ok) progressAckMs.push(wallNow() - t0);
          else fail(`challenge:progress ${reply.error.code}`);
        } catch {
          fail('challenge:progress timeout');
        }
      }
      await sleep(Math.max(0, next - wallNow()));
    }
  });
  const submits = init.submitters.map(async (i) => {
    await sleep(2000 + random() * durationMs * 0.5);
    const s = students[i];
    if (!s?.joined) return;
    const t0 = wallNow();
    try {
      const reply = await ask(s.socket, 'challenge:submit', { code, challengeId, model: init.models[i % init.models.length], claimedScore: null }, 30_000);
      if (reply.ok) submitAckMs.push(wallNow() - t0);
      else fail(`challenge:submit ${reply.error.code}`);
    } catch {
      fail('challenge:submit timeout');
    }
  });
  await Promise.all([...progress, ...submits]);
  lag.disable();
  steadyElu = performance.eventLoopUtilization(elu0).utilization;
  post({ type: 'steady-done', progressAckMs, submitAckMs, answerAckMs, failures });
}

const lagMs = (ns: number) => Math.max(0, ns / 1e6 - LAG_RESOLUTION_MS);

parentPort!.on('message', (cmd: LoadCommand) => {
  if (cmd.type === 'join') {
    void Promise.all(Array.from({ length: init.count }, (_, i) => join(i))).then((times) => {
      post({ type: 'joined', joinMs: times.filter((t): t is number => t !== null), failures });
    });
  } else if (cmd.type === 'steady') {
    void steady(cmd.durationMs);
  } else {
    for (const s of students) s.socket.disconnect();
    post({
      type: 'collected',
      boards,
      rows,
      countOnly,
      questionMs,
      revealMs,
      standingsMs,
      clientLagP99Ms: lag.count ? lagMs(lag.percentile(99)) : 0,
      clientLagMaxMs: lag.count ? lagMs(lag.max) : 0,
      clientElu: steadyElu,
    });
  }
});
post({ type: 'ready' });
