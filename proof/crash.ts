/**
 * `npm run test:crash` — the crash suite of issue 8. A live challenge (temporal-order easy, no
 * cooldown) with 50 simulated students submitting real model files; the server, a separate process,
 * is SIGKILLed 20 times at random moments and started again on the same port and data folder.
 *
 * Goals (exit 1 when one is missed):
 * - acknowledged submissions lost: 0 — every acked submission id is in the SQLite file afterwards
 *   (read directly, read-only) and ends up scored;
 * - every client rejoins after every restart, p99 < 5 s from the server answering /api/health 200
 *   to the client's `room:rejoin` ack;
 * - the room's challenge and leaderboard after each restart equal those just before the kill
 *   (rule in ./support/boards.ts).
 *
 * `-- --planted-fault` runs it against UNROLLED_FAULT=ack-before-store (acks first, stores a second
 * later) with 20 students and 5 kills, and succeeds only if the suite reports lost acks.
 * Other flags: --students N, --kills N, --seed N.
 */
import '../lib/tasks/builtin-corpora';
import { percentile } from '../bench/line';
import { modelFile } from '../server/testing/model-file';
import { compareRosters, compareStates, type ChallengeState } from './support/boards';
import { args, askAsHost, emitLine, round3, runSuite, seededRandom, sleep } from './support/clients';
import type { Roster } from '../lib/protocol/events';
import { CrashStudent } from './support/crash-student';
import { ensureBuild, freePort, ServerProcess } from './support/server-process';
import { auditAcks, readSubmissions, type StoredSubmission } from './support/submissions-db';

const cli = args();
const planted = cli.has('planted-fault');
const STUDENTS = cli.int('students', planted ? 20 : 50);
const KILLS = cli.int('kills', planted ? 5 : 20);
const SEED = cli.int('seed', Date.now() % 1_000_000);
const REJOIN_TIMEOUT_MS = 30_000;
const random = seededRandom(SEED);
const note = (s: string) => process.stderr.write(`[crash] ${s}\n`);

interface Snapshot {
  state: ChallengeState;
  roster: Roster;
}

interface KillRecord {
  killAt: number;
  healthyAt: number;
  before: Snapshot;
  after: Snapshot;
  rejoinMs: number[];
  /** Of rejoinMs: health 200 → socket connected (reconnection backoff), and connected → rejoin ack (server). */
  connectMs: number[];
  ackMs: number[];
  missing: number;
}

async function main(): Promise<number> {
  ensureBuild();
  note(`seed ${SEED}; ${STUDENTS} students, ${KILLS} kills${planted ? ', planted fault ack-before-store' : ''}`);
  const models = await Promise.all([
    modelFile('temporal-order', 'easy', { cell: 'rnn', hidden: 8 }),
    modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 8 }),
    modelFile('temporal-order', 'easy', { cell: 'gru', hidden: 8 }),
    modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 16 }),
  ]);
  const server = new ServerProcess(await freePort(), planted ? { UNROLLED_FAULT: 'ack-before-store' } : {});
  process.once('exit', () => server.killNow());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
  const students: CrashStudent[] = [];
  try {
    await server.start();
    const cookie = await server.setupInstructor();
    const code = await server.createSession(cookie, 'Crash suite');
    const host = (event: string, payload: unknown) => askAsHost(server.url, cookie, event, payload);
    // The room as the instructor's page sees it: roster (host:watch) and challenge + leaderboard.
    const snapshot = async (): Promise<Snapshot> => {
      const { roster } = (await host('host:watch', { code })) as { roster: Roster };
      return { roster, state: (await host('challenge:state', { code })) as ChallengeState };
    };
    const settings = { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0, maxSubmissions: 100, timeLimitMinutes: 60 };
    const challengeId = ((await host('challenge:launch', { code, settings })) as { challenge: { id: string } }).challenge.id;
    for (let i = 0; i < STUDENTS; i++) {
      students.push(new CrashStudent({ url: server.url, code, challengeId, nickname: `crash-${i}`, models, random, gapMs: [1000, 4000] }));
    }
    await Promise.all(students.map((s) => s.ready()));
    note(`${STUDENTS} students joined (server pid ${server.pid}, data ${server.dataDir})`);
    for (const s of students) s.startSubmitting();

    const kills: KillRecord[] = [];
    let healthyAt = Date.now();
    for (let k = 1; k <= KILLS; k++) {
      // A random moment: sometimes while re-queued submissions are still being scored after the last
      // restart, always with submissions in flight.
      const upFor = 1000 + random() * 7000;
      await sleep(Math.max(0, healthyAt + upFor - Date.now()));
      const before = await snapshot();
      const killAt = Date.now();
      await server.kill();
      ({ healthyAt } = await server.start());
      const after = await snapshot();
      const rejoinMs: number[] = [];
      const deadline = Date.now() + REJOIN_TIMEOUT_MS;
      while (students.some((s) => s.joinedSince(killAt) === undefined) && Date.now() < deadline) await sleep(25);
      let missing = 0;
      const connectMs: number[] = [];
      const ackMs: number[] = [];
      for (const s of students) {
        const t = s.joinedSince(killAt);
        const c = s.connectedSince(killAt);
        if (t === undefined || c === undefined) missing++;
        else {
          rejoinMs.push(Math.max(0, t - healthyAt));
          connectMs.push(Math.max(0, c - healthyAt));
          ackMs.push(t - c);
        }
      }
      kills.push({ killAt, healthyAt, before, after, rejoinMs, connectMs, ackMs, missing });
      note(`kill ${k}/${KILLS}: up ${Math.round(upFor)} ms, back in ${healthyAt - killAt} ms, rejoined ${rejoinMs.length}/${STUDENTS} (slowest ${Math.max(0, ...rejoinMs)} ms, slowest ack ${Math.max(0, ...ackMs)} ms), board rows ${before.state.leaderboard?.entries.length ?? 0} → ${after.state.leaderboard?.entries.length ?? 0}`);
    }

    await sleep(3000);
    await Promise.all(students.map((s) => s.stopSubmitting()));
    const ackedIds = students.flatMap((s) => [...s.acked.keys()]);
    note(`submissions stopped: ${ackedIds.length} acknowledged; waiting for the queue to drain`);
    // Drain: every stored submission scored (the planted fault stores up to 1 s after its ack).
    const drainStart = Date.now();
    let stored = readSubmissions(server.dataDir, challengeId);
    while (Date.now() - drainStart < 90_000) {
      stored = readSubmissions(server.dataDir, challengeId);
      if (Date.now() - drainStart > 1500 && ![...stored.values()].some((r) => r.status === 'queued')) break;
      await sleep(250);
    }
    for (const s of students) s.close();
    await server.stop();
    stored = readSubmissions(server.dataDir, challengeId);
    const exitCode = report(kills, students, auditAcks(stored, ackedIds), stored, server);
    // A passing run leaves nothing behind; a failing one keeps its database and server log to look at.
    if (exitCode === 0 && !planted) server.removeData();
    return exitCode;
  } catch (err) {
    note(`failed: ${err instanceof Error ? err.message : String(err)}`);
    note(`server output:\n${server.tail()}`);
    return 2;
  } finally {
    for (const s of students) s.close();
    server.killNow();
  }
}

function report(kills: KillRecord[], students: CrashStudent[], audit: ReturnType<typeof auditAcks>, stored: Map<string, StoredSubmission>, server: ServerProcess): number {
  const mismatches = kills.map((k, i) => ({ kill: i + 1, problems: [...compareRosters(k.before.roster, k.after.roster), ...compareStates(k.before.state, k.after.state, stored)] })).filter((m) => m.problems.length > 0);
  const rejoins = kills.flatMap((k) => k.rejoinMs);
  const missing = kills.reduce((n, k) => n + k.missing, 0);
  const p50 = rejoins.length ? percentile(rejoins, 50) : NaN;
  const p99 = rejoins.length ? percentile(rejoins, 99) : NaN;
  const cold = students.map((s) => s.coldJoinMs).filter(Number.isFinite);
  const coldP99 = percentile(cold, 99);
  const restart = kills.map((k) => k.healthyAt - k.killAt);
  const unanswered = students.reduce((n, s) => n + s.unanswered, 0);
  const refused = new Map<string, number>();
  for (const s of students) for (const [c, n] of s.refused) refused.set(c, (refused.get(c) ?? 0) + n);
  const lost = audit.lost.length;
  const notScored = audit.stuck.length + audit.failed.length;

  console.log(`\nCrash suite${planted ? ' (planted fault: ack-before-store)' : ''}: ${students.length} students, ${kills.length} SIGKILLs, seed ${SEED}`);
  console.log(`  acknowledged submissions: ${audit.acked}; lost: ${lost}; stuck queued: ${audit.stuck.length}; failed: ${audit.failed.length}; scored: ${audit.scored}`);
  console.log(`  stored without an ack reaching the client (server died after storing): ${audit.storedWithoutAck}; submits unanswered: ${unanswered}; refused: ${JSON.stringify(Object.fromEntries(refused))}`);
  console.log(`  restart (SIGKILL → health 200): p50 ${percentile(restart, 50)} ms, max ${Math.max(...restart)} ms`);
  console.log(`  rejoined: ${rejoins.length}/${kills.length * students.length}; time from health 200 to rejoin: p50 ${p50} ms, p99 ${p99} ms (cold join p99 ${coldP99} ms)`);
  const connects = kills.flatMap((k) => k.connectMs);
  const acks = kills.flatMap((k) => k.ackMs);
  console.log(`    of which health 200 → connected (client backoff): p50 ${percentile(connects, 50)} / p99 ${percentile(connects, 99)} ms; connected → rejoin ack (server): p50 ${percentile(acks, 50)} / p99 ${percentile(acks, 99)} / max ${Math.max(...acks)} ms`);
  console.log(`  room state (roster, challenge, leaderboard) before/after kill equal: ${kills.length - mismatches.length}/${kills.length}`);
  for (const m of mismatches) console.log(`    kill ${m.kill}: ${m.problems.slice(0, 5).join('; ')}`);
  if (audit.lost.length) console.log(`  lost ids (first 5): ${audit.lost.slice(0, 5).join(', ')}`);
  if (audit.failedErrors.length) console.log(`  scoring errors: ${audit.failedErrors.join(' | ')}`);
  console.log(`  server log: ${server.logFile} (deleted when every goal is met)\n`);

  const name = (s: string) => `crash-${s}-${students.length}-students-${kills.length}-kills`;
  const total = Math.max(1, audit.acked);
  emitLine({ bench: name('acks-lost'), value: lost, unit: 'submissions', baseline: audit.acked, ratio: round3((audit.acked - lost) / total), baselineIs: 'acknowledged submissions (all at risk); ratio = fraction kept', goal: '0', met: lost === 0, plantedFault: planted });
  emitLine({ bench: name('acks-not-scored'), value: notScored, unit: 'submissions', baseline: audit.acked, ratio: round3((audit.acked - notScored) / total), baselineIs: 'acknowledged submissions; ratio = fraction scored', goal: '0', met: notScored === 0 });
  emitLine({ bench: name('clients-not-rejoined'), value: missing, unit: 'rejoins', baseline: kills.length * students.length, ratio: round3(rejoins.length / Math.max(1, kills.length * students.length)), baselineIs: 'rejoins expected (students × kills); ratio = fraction rejoined', goal: '0', met: missing === 0 });
  emitLine({ bench: name('rejoin-after-health-p99'), value: p99, unit: 'ms', baseline: coldP99, ratio: round3(coldP99 / p99), p50, baselineIs: 'p99 of the first cold join (socket open → join ack) in the same run', goal: '< 5000 ms', met: p99 < 5000 });
  emitLine({ bench: name('state-mismatches'), value: mismatches.length, unit: 'kills', baseline: kills.length, ratio: round3((kills.length - mismatches.length) / Math.max(1, kills.length)), baselineIs: 'kills compared; ratio = fraction equal', goal: '0', met: mismatches.length === 0 });

  const ok = lost === 0 && notScored === 0 && missing === 0 && p99 < 5000 && mismatches.length === 0;
  if (planted) {
    console.log(lost > 0 ? `Planted fault caught: ${lost} acknowledged submissions lost.` : 'Planted fault NOT caught: the suite saw no lost acks.');
    return lost > 0 ? 0 : 1;
  }
  console.log(ok ? 'All crash goals met.' : 'Crash goals MISSED (see above).');
  return ok ? 0 : 1;
}

runSuite(main);
