/** Instructor datasets. */
import { desc, eq, isNull, or } from 'drizzle-orm';
import type { DbOrTx as Db } from '../client';
import { datasets } from '../schema';

export type DatasetRow = typeof datasets.$inferSelect;

export function insertDataset(db: Db, row: DatasetRow): void {
  db.insert(datasets).values(row).run();
}

export function findDatasetByName(db: Db, nameKey: string): DatasetRow | undefined {
  return db.select().from(datasets).where(eq(datasets.nameKey, nameKey)).get();
}

export function findDatasetById(db: Db, id: string): DatasetRow | undefined {
  return db.select().from(datasets).where(eq(datasets.id, id)).get();
}

/** Datasets an instructor may use: their own and the operator's (CLI) ones; without file bytes. */
export function listDatasets(db: Db, ownerId: string | null) {
  return db
    .select({
      id: datasets.id,
      name: datasets.name,
      taskId: datasets.taskId,
      ownerId: datasets.ownerId,
      fileName: datasets.fileName,
      stats: datasets.stats,
      warnings: datasets.warnings,
      createdAt: datasets.createdAt,
    })
    .from(datasets)
    .where(ownerId === null ? undefined : or(eq(datasets.ownerId, ownerId), isNull(datasets.ownerId)))
    .orderBy(desc(datasets.createdAt))
    .all();
}

/** Just the name (no file bytes read). */
export function datasetName(db: Db, id: string): string | null {
  return db.select({ name: datasets.name }).from(datasets).where(eq(datasets.id, id)).get()?.name ?? null;
}
