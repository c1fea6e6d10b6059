/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever commit
 * pushes the WAL past 1,000 pages, on the committing connection: the server's, on its event loop,
 * copying pages into the database file and syncing it. Under load (2,000 students, hundreds of model
 * files stored) those commits stalled the loop for hundreds of ms. The server's connection turns the
 * automatic checkpoint off and a worker thread with its own connection checkpoints every second.
 * Durability is unchanged: every commit is synced to the WAL before it returns (synchronous=FULL), and
 * SQLite replays the WAL after a crash; closing the server's connection (the last) checkpoints the rest.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from './client';

export const CHECKPOINT_INTERVAL_MS = 1000;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(db: Db, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const file = db.$client.name;
  db.$client.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file, intervalMs } });
  worker.unref();
  worker.on('error', () => {
    // Without the worker, fall back to SQLite's own checkpoints: the WAL must not grow without bound.
    if (db.$client.open) db.$client.pragma('wal_autocheckpoint = 1000');
  });
  return {
    stop: async () => {
      const stopped = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 2000))]);
      await worker.terminate();
    },
  };
}
