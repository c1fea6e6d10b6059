/**
 * Opens the SQLite database (better-sqlite3, WAL), applies the committed migrations and returns a
 * drizzle handle. In development the handle is cached on globalThis so hot reload does not open a
 * second connection to the same file.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens (creating if needed) the database file in `dataDir`, or an in-memory one for ':memory:'. */
export function openDb(dataDir: string): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'unrolled.sqlite');
  }
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write is on disk before we tell anyone (the cost is small at classroom rates).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

const globalForDb = globalThis as unknown as { unrolledDb?: Map<string, Db> };

/** The process-wide handle for `dataDir`, cached on globalThis (survives dev hot reload). */
export function getDb(dataDir: string): Db {
  globalForDb.unrolledDb ??= new Map();
  let db = globalForDb.unrolledDb.get(dataDir);
  if (!db) {
    db = openDb(dataDir);
    globalForDb.unrolledDb.set(dataDir, db);
  }
  return db;
}

/** A transaction handle; query functions accept either, so callers can group writes atomically. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
