/**
 * IndexedDB storage of checkpoints (checkpoint.ts), usable from the page and from the Worker alike.
 * One database, one object store keyed by the run key. Every call opens and closes the database, so
 * no connection outlives a page or blocks a version upgrade.
 */
import { decodeCheckpoint, encodeCheckpoint, type Checkpoint } from './checkpoint';

const DB_NAME = 'unrolled-training';
const STORE = 'checkpoints';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('This browser cannot store checkpoints (no IndexedDB).'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened.'));
  });
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted (is the disk full?).'));
    });
  } finally {
    db.close();
  }
}

export async function saveCheckpoint(c: Checkpoint): Promise<void> {
  await run('readwrite', (s) => s.put(encodeCheckpoint(c)));
}

/** The checkpoint under `key`, null when there is none; throws CheckpointError for an unusable one. */
export async function loadCheckpoint(key: string): Promise<Checkpoint | null> {
  const raw = await run('readonly', (s) => s.get(key));
  return raw === undefined ? null : decodeCheckpoint(raw);
}

export async function deleteCheckpoint(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
