/**
 * Prepared statements for the hot lookups (every `challenge:progress`, quiz answer and rejoin runs
 * several): drizzle builds and SQLite prepares a query each time it is written out, which profiles of
 * the 2,000-student load test (proof/loadtest.ts) showed to be most of those handlers' cost. A query
 * prepared once per database handle, with placeholders, skips both.
 */
import type { DbOrTx } from './client';

const caches = new WeakMap<object, Map<string, unknown>>();

/** The statement `build` makes for this handle, built on first use and kept as long as the handle lives. */
export function prepared<T>(db: DbOrTx, key: string, build: (db: DbOrTx) => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) cache.set(key, (statement = build(db)));
  return statement;
}
