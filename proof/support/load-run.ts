/**
 * One load-test run at one class size, on a fresh server process started with METRICS=1: idle
 * window, join storm, a steady phase (progress at 1/s from everyone, a fraction submitting a real model,
 * one live quiz question), then the figures. Client threads: ./load-worker.ts.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { percentile } from '../../bench/line';
import type { MetricsReply } from '../../server/http/routes/metrics';
import { CLIENT_EVENTS } from '../../lib/protocol/events';
import { ask, connected, openSocket, seededRandom, sleep } from './clients';
import type { LoadCommand, LoadReply, LoadWorkerInit } from './load-worker';
import { freePort, ServerProcess } from './server-process';
import { readSubmissions } from './submissions-db';

export interface LoadOptions {
  students: number;
  threads: number;
  submitFraction: number;
  steadyMs: number;
  models: Uint8Array[];
  seed: number;
  note: (s: string) => void;
  /** Write a CPU profile of the server process into this folder (--cpu-prof DIR). */
  cpuProfDir?: string;
  /** Leave the live quiz round out (--no-quiz), to tell its cost from the rest. */
  noQuiz?: boolean;
}

export interface LoadResult {
  students: number;
  joined: number;
  joinFailures: Record<string, number>;
  steadyFailures: Record<string, number>;
  joinP50Ms: number;
  joinP99Ms: number;
  stormMs: number;
  idle: MetricsReply;
  storm: MetricsReply;
  steady: MetricsReply;
  /** Leaderboard deliveries: ms from the submission's scoredAt (database) to a client receiving the board. */
  broadcastMs: number[];
  /** Per broadcast: ms until the last client had it ("every client received"). */
  broadcastLastMs: number[];
  /** Student boards broadcast (the top rows changed), and submissions scored. */
  broadcasts: number;
  scorings: number;
  /** Own-row deliveries (`challenge:my-row`): ms from the scoring that moved the row to the student receiving it. */
  rowMs: number[];
  /** Boards that only refreshed the ranked count (same rows): ms from the scoring, sent at the next flush. */
  countOnlyMs: number[];
  progressAckMs: number[];
  submitAckMs: number[];
  answerAckMs: number[];
  questionMs: number[];
  revealMs: number[];
  standingsMs: number[];
  clientLagP99Ms: number;
  clientElu: number;
  quiz: boolean;
}

const p = (xs: number[], q: number) => (xs.length ? percentile(xs, q) : NaN);

/** Reads (and by default resets) the server's metrics window; retries while the server is swamped. */
async function metrics(url: string, reset = true): Promise<MetricsReply> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/metrics${reset ? '?reset=1' : ''}`, { signal: AbortSignal.timeout(60_000) });
      if (res.status !== 200) throw new Error(`GET /api/metrics answered ${res.status}: is METRICS=1 set?`);
      return (await res.json()) as MetricsReply;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(500);
    }
  }
}

/** Sends a command to every thread and waits for each one's reply of `type`. */
function everyThread<T extends LoadReply['type']>(workers: Worker[], cmd: LoadCommand | null, type: T): Promise<Extract<LoadReply, { type: T }>[]> {
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<Extract<LoadReply, { type: T }>>((resolve, reject) => {
          const onMessage = (msg: LoadReply) => {
            if (msg.type !== type) return;
            w.off('message', onMessage);
            resolve(msg as Extract<LoadReply, { type: T }>);
          };
          w.on('message', onMessage);
          w.once('error', reject);
          if (cmd) w.postMessage(cmd);
        }),
    ),
  );
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const server = new ServerProcess(await freePort(), { METRICS: '1' }, o.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProfDir] : []);
  const workers: Worker[] = [];
  const host = { socket: null as ReturnType<typeof openSocket> | null };
  try {
    await server.start();
    const cookie = await server.setupInstructor();
    const code = await server.createSession(cookie, `Load ${o.students}`);
    // The instructor's control room watches the whole time (it gets every roster change and insight).
    host.socket = openSocket(server.url, { cookie, reconnection: false });
    await connected(host.socket);
    await ask(host.socket, 'host:watch', { code });
    const settings = { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0, maxSubmissions: 10, timeLimitMinutes: 60 };
    const challengeId = ((await ask(host.socket, 'challenge:launch', { code, settings })) as { data: { challenge: { id: string } } }).data.challenge.id;

    await metrics(server.url);
    await sleep(5000);
    const idle = await metrics(server.url);

    const random = seededRandom(o.seed);
    const submitters = new Set<number>();
    while (submitters.size < Math.round(o.students * o.submitFraction)) submitters.add(Math.floor(random() * o.students));
    const per = Math.ceil(o.students / o.threads);
    for (let t = 0; t * per < o.students; t++) {
      const first = t * per;
      const count = Math.min(per, o.students - first);
      const init: LoadWorkerInit = {
        url: server.url,
        code,
        challengeId,
        first,
        count,
        submitters: [...submitters].filter((i) => i >= first && i < first + count).map((i) => i - first),
        models: o.models,
        seed: o.seed + t + 1,
      };
      // The thread's entry is plain JS that requires the TypeScript module through tsx (loaded by
      // --import in the thread), as piscina's own entry does for the scoring pool.
      workers.push(new Worker(fileURLToPath(new URL('./load-worker-entry.cjs', import.meta.url)), { workerData: init, execArgv: ['--import', 'tsx'] }));
    }
    await everyThread(workers, null, 'ready');

    o.note(`${o.students} students: join storm (${workers.length} client threads)`);
    const stormStart = performance.now();
    const joined = await everyThread(workers, { type: 'join' }, 'joined');
    const stormMs = performance.now() - stormStart;
    const storm = await metrics(server.url);
    const joinMs = joined.flatMap((j) => j.joinMs);
    o.note(`${joinMs.length}/${o.students} joined in ${Math.round(stormMs)} ms; steady phase ${o.steadyMs / 1000} s`);

    const steadyDone = everyThread(workers, { type: 'steady', durationMs: o.steadyMs }, 'steady-done');
    // Live quiz rounds are another engineer's work in progress: used when their events exist.
    let quiz = 'quiz:start' in CLIENT_EVENTS && 'quiz:answer' in CLIENT_EVENTS && !o.noQuiz;
    if (!quiz) o.note(o.noQuiz ? 'no quiz round (--no-quiz)' : 'quiz events not in lib/protocol yet: no quiz round in this run');
    else {
      await sleep(Math.min(10_000, o.steadyMs / 4));
      // A swamped server answers late: wait a minute rather than call a started round a failure.
      const started = await ask(host.socket, 'quiz:start', { code, count: 1, timeLimitSeconds: 20, mode: 'speed' }, 60_000).catch((err: Error) => ({ ok: false, error: err.message }));
      if (!started.ok) {
        quiz = false;
        o.note(`quiz round not started: ${JSON.stringify(started.error)}`);
      }
    }
    const steadyReplies = await steadyDone;
    const steady = await metrics(server.url);

    // Let the scoring queue drain so every board is broadcast, then collect what clients received.
    const deadline = Date.now() + 60_000;
    while ([...readSubmissions(server.dataDir, challengeId).values()].some((s) => s.status === 'queued') && Date.now() < deadline) await sleep(250);
    await sleep(2000);
    const collected = await everyThread(workers, { type: 'collect' }, 'collected');
    const scoredAt = [...readSubmissions(server.dataDir, challengeId).values()]
      .filter((s) => s.status === 'scored' && s.scoredAt !== null)
      .map((s) => s.scoredAt!)
      .sort((a, b) => a - b);
    // Board k (k scored submissions on it) was sent after the k-th submission was scored: at once when
    // its top rows changed, or at the next flush (≤ 1 s) when only the ranked count did. Own rows alike.
    const delays = (pairs: number[], each: (key: number, ms: number) => void) => {
      for (let i = 0; i < pairs.length; i += 2) {
        const key = pairs[i]!;
        const sent = scoredAt[key - 1];
        if (key === 0 || sent === undefined) continue;
        each(key, pairs[i + 1]! - sent);
      }
    };
    const broadcastMs: number[] = [];
    const rowMs: number[] = [];
    const countOnlyMs: number[] = [];
    const last = new Map<number, number>();
    for (const c of collected) {
      delays(c.boards, (key, ms) => {
        broadcastMs.push(ms);
        last.set(key, Math.max(last.get(key) ?? 0, ms));
      });
      delays(c.rows, (_key, ms) => rowMs.push(ms));
      delays(c.countOnly, (_key, ms) => countOnlyMs.push(ms));
    }
    const merge = <K extends 'progressAckMs' | 'submitAckMs' | 'answerAckMs'>(k: K) => steadyReplies.flatMap((r) => r[k]);
    const mergeFailures = (rs: { failures: Record<string, number> }[]) => {
      const out: Record<string, number> = {};
      for (const r of rs) for (const [k, n] of Object.entries(r.failures)) out[k] = (out[k] ?? 0) + n;
      return out;
    };
    return {
      students: o.students,
      joined: joinMs.length,
      joinFailures: mergeFailures(joined),
      steadyFailures: mergeFailures(steadyReplies),
      joinP50Ms: p(joinMs, 50),
      joinP99Ms: p(joinMs, 99),
      stormMs,
      idle,
      storm,
      steady,
      broadcastMs,
      broadcastLastMs: [...last.values()],
      broadcasts: last.size,
      scorings: scoredAt.length,
      rowMs,
      countOnlyMs,
      progressAckMs: merge('progressAckMs'),
      submitAckMs: merge('submitAckMs'),
      answerAckMs: merge('answerAckMs'),
      questionMs: collected.flatMap((c) => c.questionMs),
      revealMs: collected.flatMap((c) => c.revealMs),
      standingsMs: collected.flatMap((c) => c.standingsMs),
      clientLagP99Ms: Math.max(...collected.map((c) => c.clientLagP99Ms)),
      clientElu: Math.max(...collected.map((c) => c.clientElu)),
      quiz,
    };
  } finally {
    host.socket?.disconnect();
    await Promise.all(workers.map((w) => w.terminate()));
    await server.stop();
    server.removeData();
  }
}

