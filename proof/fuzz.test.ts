/**
 * `npm run test:fuzz`: 10,000 hostile payloads — 6,500 socket events (every CLIENT_EVENTS key, from
 * anonymous, student, owner and other-instructor sockets), 2,500 REST requests (every route of the
 * route table) and 1,000 raw socket.io frames — against one live server. What each must end in is
 * said in proof/fuzz/*.ts; the figures are printed. FUZZ_SEED picks another seed (default 2026).
 */
import { expect, it } from 'vitest';
import { CLIENT_EVENTS } from '../lib/protocol/events';
import { runFuzz } from './fuzz/run';

it('10,000 hostile payloads: each refused clearly or valid and allowed; no crash, no stray write', async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 2026);
  const result = await runFuzz({ seed, socket: 6_500, rest: 2_500, frames: 1_000 });
  console.log(result.report);
  for (const t of result.tallies) expect(t.violations, t.summary()).toEqual([]);
  expect(result.tallies.reduce((n, t) => n + t.sent, 0)).toBe(10_000);
  // Every event was tried, by name (events added later are picked up from CLIENT_EVENTS).
  for (const event of Object.keys(CLIENT_EVENTS)) expect(result.tallies[0]!.perTarget.get(event) ?? 0, event).toBeGreaterThan(100);
  expect(result.crashes).toMatchObject({ uncaughtException: 0, unhandledRejection: 0 });
  expect(result.changedTables).toEqual([]);
  expect(result.prototypePolluted).toBe(false);
  expect(result.healthy).toBe(true);
  expect(result.seconds).toBeLessThan(300);
});
