/**
 * Live challenge figures (issue 5):
 * - `score-<task>-default`: submissions scored per second by the scoring pool (piscina, one worker per
 *   core) for each task's default model; baseline = the same jobs scored one after another on one
 *   worker, in the same run.
 * - `score-burst-200`: seconds to score a burst of 200 temporal-order submissions through the real
 *   server path (validate, store, queue, score, store); goal < 60 s. Baseline = the same burst scored
 *   by a one-worker pool.
 * - `leaderboard-broadcast-200-clients`: ms from "submission scored" to each of 200 connected clients
 *   receiving the new leaderboard (p50 and p99); baseline = the same payload sent with one emit per
 *   socket instead of one room broadcast.
 */
import '../../lib/tasks/builtin-corpora';
import { availableParallelism } from 'node:os';
import { getTaskInstance, TASKS, TASK_IDS, type TaskId } from '../../lib/tasks/index';
import { ScoringPool } from '../../server/scoring/pool';
import type { ScoreJob } from '../../server/scoring/job';
import { ask, connect, createRoom, joinStudent, startLiveServer, type TestSocket } from '../../server/testing/live-server';
import { modelFile } from '../../server/testing/model-file';
import { percentile, type BenchLine } from '../line';
import { channel } from '../../server/socket/context';

async function throughput(pool: ScoringPool, jobs: ScoreJob[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(jobs.map((j) => pool.score(j)));
  return jobs.length / ((performance.now() - t0) / 1000);
}

async function scoringPerTask(emit: (l: BenchLine) => void): Promise<void> {
  const threads = Math.max(1, availableParallelism());
  const pool = new ScoringPool(threads);
  const single = new ScoringPool(1);
  for (const taskId of TASK_IDS as readonly TaskId[]) {
    const level = TASKS[taskId].defaultLevel;
    const model = await modelFile(taskId, level);
    const jobs = (n: number): ScoreJob[] =>
      Array.from({ length: n }, () => ({ challengeId: `bench-${taskId}`, taskId, level, datasetId: null, datasetName: null, dataDir: '.', secret: 'bench', publicFraction: 0.5, maxParameters: 1_000_000, model }));
    await throughput(pool, jobs(threads)); // warm-up: workers load tfjs and draw the hidden split
    await throughput(single, jobs(1));
    const n = 4 * threads;
    const value = await throughput(pool, jobs(n));
    const baseline = await throughput(single, jobs(n));
    const shape = getTaskInstance(taskId, level).shape;
    emit({ bench: `score-${taskId}-default`, value: round(value), unit: 'submissions/s', baseline: round(baseline), ratio: round(value / baseline), threads, level, inLen: shape.inLen, baselineIs: 'same jobs on a one-worker pool' });
  }
  await Promise.all([pool.close(), single.close()]);
}

async function burst(threads: number, n: number): Promise<number> {
  const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(threads) });
  try {
    const code = await createRoom(live);
    const host = await connect(live.url, live.hostCookie);
    await ask(host, 'host:watch', { code });
    const launch = await ask(host, 'challenge:launch', {
      code,
      settings: { taskId: 'temporal-order', level: 'easy', maxSubmissions: 100, cooldownSeconds: 0 },
    });
    const challengeId = launch.data.challenge.id as string;
    const model = await modelFile('temporal-order', 'easy');
    const students = await Promise.all(Array.from({ length: 20 }, (_, i) => joinStudent(live, code, `s${i}`)));
    let scored = 0;
    const done = new Promise<void>((resolve) => {
      for (const s of students) s.socket.on('challenge:scored', () => ++scored === n && resolve());
    });
    const t0 = performance.now();
    await Promise.all(Array.from({ length: n }, (_, i) => ask(students[i % students.length]!.socket, 'challenge:submit', { code, challengeId, model, claimedScore: null })));
    await done;
    const seconds = (performance.now() - t0) / 1000;
    for (const s of students) s.socket.disconnect();
    host.disconnect();
    return seconds;
  } finally {
    await live.close();
  }
}

async function broadcast(emit: (l: BenchLine) => void): Promise<void> {
  const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  const sockets: TestSocket[] = [];
  try {
    const code = await createRoom(live);
    for (let i = 0; i < 200; i += 20) sockets.push(...(await Promise.all(Array.from({ length: 20 }, (_, j) => joinStudent(live, code, `c${i + j}`)))).map((s) => s.socket));
    const room = live.server.ctx.rooms.get(code);
    const board = { challengeId: 'x', revealed: false, total: 30, scored: 60, entries: Array.from({ length: 30 }, (_, i) => ({ rank: i + 1, participantId: `p${i}`, nickname: `student ${i}`, isBaseline: false, submissionId: `s${i}`, score: 1 - i / 100, privateScore: null, privateRank: null, cell: 'lstm' as const, layers: 1, hidden: 32, parameters: 4000, submissions: 2, submittedAt: Date.now() })) };
    const measure = async (send: () => void) => {
      const latencies: number[] = [];
      for (let round = 0; round < 20; round++) {
        const t0 = performance.now();
        await new Promise<void>((resolve) => {
          let left = sockets.length;
          for (const s of sockets) s.once('challenge:leaderboard', () => {
            latencies.push(performance.now() - t0);
            if (--left === 0) resolve();
          });
          send();
        });
      }
      return latencies;
    };
    const io = live.server.ctx.io;
    const viaRoom = await measure(() => io.to(channel.room(room.id)).emit('challenge:leaderboard', board));
    const perSocket = await measure(() => {
      for (const s of io.sockets.sockets.values()) s.emit('challenge:leaderboard', board);
    });
    for (const p of [50, 99]) {
      const value = percentile(viaRoom, p);
      const baseline = percentile(perSocket, p);
      emit({ bench: `leaderboard-broadcast-200-clients-p${p}`, value: round(value), unit: 'ms', baseline: round(baseline), ratio: round(baseline / value), baselineIs: 'one emit per socket instead of one room broadcast', goal: p === 99 ? '< 250 ms' : undefined });
    }
  } finally {
    for (const s of sockets) s.disconnect();
    await live.close();
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function run(emit: (l: BenchLine) => void): Promise<void> {
  await scoringPerTask(emit);
  const threads = Math.max(1, availableParallelism());
  const value = await burst(threads, 200);
  const baseline = await burst(1, 200);
  emit({ bench: 'score-burst-200', value: round(value), unit: 's', baseline: round(baseline), ratio: round(baseline / value), threads, goal: '< 60 s', baselineIs: 'same burst on a one-worker pool' });
  await broadcast(emit);
}
