/**
 * The WAL checkpointer's thread (see db/checkpointer.ts): its own connection to the database file,
 * copying committed WAL frames into the database every interval with a PASSIVE checkpoint, which never
 * waits for (or blocks) the server's connection. Plain JavaScript: worker threads do not inherit the
 * TypeScript loader.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, intervalMs } = workerData;
const db = new Database(file);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next tick tries again; the WAL keeps every committed frame meanwhile.
  }
}, intervalMs);

parentPort.on('message', (msg) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.postMessage('stopped');
});
