/**
 * A small seeded slice of the fuzz suite (proof/fuzz.test.ts runs 10,000 payloads with
 * `npm run test:fuzz`), in the default unit run so a regression is caught on every `npm test`.
 */
import { expect, it } from 'vitest';
import { runFuzz } from './fuzz/run';

it('300 hostile payloads (sockets, REST, raw frames): each refused clearly or valid and allowed; no crash, no stray write', async () => {
  const result = await runFuzz({ seed: 8, socket: 200, rest: 70, frames: 30 });
  console.log(result.report);
  for (const t of result.tallies) expect(t.violations, t.summary()).toEqual([]);
  expect(result.tallies.reduce((n, t) => n + t.sent, 0)).toBe(300);
  expect(result.crashes).toMatchObject({ uncaughtException: 0, unhandledRejection: 0 });
  expect(result.changedTables).toEqual([]);
  expect(result.prototypePolluted).toBe(false);
  expect(result.healthy).toBe(true);
}, 120_000);
