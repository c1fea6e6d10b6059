/**
 * One fuzz run: start the world, send `plan.socket` socket cases, `plan.rest` REST cases and
 * `plan.frames` raw frames (fast-check, seeded: a failure names the seed and path to replay it),
 * then check that the server never crashed, that the database equals the baseline taken after the
 * last accepted request, and that no prototype was polluted. Returns the figures as text.
 */
import fc from 'fast-check';
import { closeFrameConnection, frameCases, runFrameCase } from './frame-fuzz';
import { restCases, runRestCase } from './rest-fuzz';
import { runSocketCase, socketCases } from './socket-fuzz';
import { Tally } from './tally';
import { crashCounter, startWorld, type World } from './world';

export interface FuzzPlan {
  seed: number;
  socket: number;
  rest: number;
  frames: number;
}

export interface FuzzResult {
  tallies: Tally[];
  crashes: { uncaughtException: number; unhandledRejection: number; first: string[] };
  /** Tables whose rows differ from the baseline (empty = unchanged). */
  changedTables: string[];
  prototypePolluted: boolean;
  healthy: boolean;
  seconds: number;
  rssMb: { before: number; after: number };
  report: string;
}

export async function runFuzz(plan: FuzzPlan): Promise<FuzzResult> {
  const started = Date.now();
  const crashes = crashCounter();
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
  const rssBefore = process.memoryUsage().rss;
  const world = await startWorld();
  const tallies = [new Tally('socket events'), new Tally('REST requests'), new Tally('raw socket.io frames')];
  let baseline = world.snapshot();
  let failure: unknown = null;

  /**
   * Runs one case. An accepted one moves the baseline (it was checked to be valid and allowed), and
   * so does a socket the harness replaced (a new student joining is our write, not the case's).
   */
  const step = async (tally: Tally, run: () => Promise<string | null>) => {
    const [accepted, replaced] = [tally.accepted.length, world.replacements];
    const violation = await run();
    if (tally.accepted.length !== accepted || world.replacements !== replaced) baseline = world.snapshot();
    return violation === null;
  };
  const params = (offset: number, numRuns: number) => ({ seed: plan.seed + offset, numRuns, endOnFailure: true });
  try {
    if (plan.socket) await fc.assert(fc.asyncProperty(socketCases(world), (c) => step(tallies[0]!, () => runSocketCase(world, c, tallies[0]!))), params(0, plan.socket));
    if (plan.rest) await fc.assert(fc.asyncProperty(restCases(world), (c) => step(tallies[1]!, () => runRestCase(world, c, tallies[1]!))), params(1, plan.rest));
    if (plan.frames) await fc.assert(fc.asyncProperty(frameCases(world), (c) => step(tallies[2]!, () => runFrameCase(world, c, tallies[2]!))), params(2, plan.frames));
  } catch (err) {
    failure = err;
  }
  closeFrameConnection();
  await world.settle();
  const after = world.snapshot();
  const changedTables = [...after].filter(([t, h]) => baseline.get(t) !== h).map(([t]) => t);
  const healthy = (await fetch(`${world.url}/api/health`)).status === 200;
  const rssAfter = process.memoryUsage().rss;
  await world.close();
  crashes.dispose();
  const prototypePolluted = Object.getOwnPropertyNames(Object.prototype).join() !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined;
  const result: FuzzResult = {
    tallies,
    crashes: crashes.seen,
    changedTables,
    prototypePolluted,
    healthy,
    seconds: (Date.now() - started) / 1000,
    rssMb: { before: Math.round(rssBefore / 2 ** 20), after: Math.round(rssAfter / 2 ** 20) },
    report: '',
  };
  result.report = report(plan, result, failure);
  return result;
}

function report(plan: FuzzPlan, r: FuzzResult, failure: unknown): string {
  const sent = r.tallies.reduce((n, t) => n + t.sent, 0);
  return [
    `fuzz (seed ${plan.seed}): ${sent} payloads in ${r.seconds.toFixed(1)} s`,
    ...r.tallies.map((t) => t.summary()),
    `server: ${r.crashes.uncaughtException} uncaught exceptions, ${r.crashes.unhandledRejection} unhandled rejections${r.crashes.first.length ? `\n  ${r.crashes.first.join('\n  ')}` : ''}`,
    `database: ${r.changedTables.length ? `CHANGED outside accepted requests: ${r.changedTables.join(', ')}` : 'unchanged except by accepted (valid, allowed) requests'}`,
    `prototype pollution: ${r.prototypePolluted ? 'YES' : 'none'}; health after: ${r.healthy ? '200' : 'FAILED'}; RSS ${r.rssMb.before} → ${r.rssMb.after} MB`,
    ...(failure ? [`first failure:\n${String((failure as Error).message ?? failure).slice(0, 3000)}`] : []),
  ].join('\n');
}

export type { World };
