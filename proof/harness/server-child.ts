/**
 * The server in a process of its own, for measurements that must not include the test's memory
 * (proof/hostile-models.test.ts): a live server (no Next.js pages) on a free port of 127.0.0.1 with
 * an in-memory database and the first instructor signed in. The parent talks to it over IPC:
 * `memory` → process.memoryUsage() (after a garbage collection if asked), `count` → rows of a table, `crashes` → uncaught exceptions and
 * unhandled rejections seen so far, `close`.
 */
import { ScoringPool } from '../../server/scoring/pool';
import { startLiveServer } from '../../server/testing/live-server';

const crashes = { uncaughtException: 0, unhandledRejection: 0 };
process.on('uncaughtException', (err) => (crashes.uncaughtException++, console.error(err)));
process.on('unhandledRejection', (err) => (crashes.unhandledRejection++, console.error(err)));

const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
const client = live.server.ctx.db.$client;
const TABLES = new Set(client.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]);

type Request = { id: number; type: 'crashes' | 'close' } | { id: number; type: 'memory'; gc?: boolean } | { id: number; type: 'count'; table: string };

process.on('message', async (msg: Request) => {
  const reply = (data: unknown) => process.send!({ id: msg.id, data });
  switch (msg.type) {
    case 'memory':
      // With --expose-gc (the parent passes it): collect first, so the figure is what is still held.
      if (msg.gc) (globalThis as { gc?: () => void }).gc?.();
      return reply(process.memoryUsage());
    case 'crashes':
      return reply(crashes);
    case 'count':
      if (!TABLES.has(msg.table)) return reply(null);
      return reply(client.prepare(`select count(*) from "${msg.table}"`).pluck().get());
    case 'close':
      await live.close();
      reply(null);
      process.exit(0);
  }
});
process.send!({ id: 0, data: { url: live.url, hostCookie: live.hostCookie } });
