/**
 * Instructor datasets: parse and validate with lib/tasks (errors a person can act on), store the
 * original file, and rebuild the parsed dataset when a challenge or a scoring worker needs it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import * as q from '../../db/queries/datasets';
import { UserError } from '../../lib/protocol/errors';
import { DatasetError, MAX_DATASET_BYTES, parseCorpus, parseSentimentDataset, type ParsedDataset } from '../../lib/tasks/datasets/index';

export type DatasetTask = 'sentiment' | 'lm';
export type DatasetSummary = ReturnType<typeof q.listDatasets>[number];

export function isDatasetTask(task: string): task is DatasetTask {
  return task === 'sentiment' || task === 'lm';
}

/** Parses a file for a task; a DatasetError's message names the line and the fix. */
export function parseDatasetFile(task: DatasetTask, bytes: Uint8Array, fileName: string): ParsedDataset {
  if (bytes.length > MAX_DATASET_BYTES) {
    throw new UserError('invalid-payload', `The file is ${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${MAX_DATASET_BYTES / 1e6} MB.`);
  }
  try {
    return task === 'sentiment' ? parseSentimentDataset(bytes, fileName) : parseCorpus(bytes);
  } catch (err) {
    if (err instanceof DatasetError) throw new UserError('invalid-payload', err.message);
    throw err;
  }
}

export class Datasets {
  private readonly cache = new Map<string, ParsedDataset>();

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  import(task: DatasetTask, name: string, fileName: string, bytes: Uint8Array, ownerId: string | null): DatasetSummary {
    const cleanName = name.normalize('NFC').trim();
    if (cleanName.length < 1 || cleanName.length > 60 || /\p{Cc}/u.test(cleanName)) {
      throw new UserError('invalid-payload', 'A dataset name has 1 to 60 characters and no control characters.');
    }
    const nameKey = cleanName.toLocaleLowerCase('en-US');
    if (q.findDatasetByName(this.db, nameKey)) throw new UserError('name-taken', `A dataset named "${cleanName}" exists: pick another name.`, { name: cleanName });
    const parsed = parseDatasetFile(task, bytes, fileName);
    const row: q.DatasetRow = {
      id: randomUUID(),
      name: cleanName,
      nameKey,
      taskId: task,
      ownerId,
      fileName: fileName.slice(0, 200),
      bytes: Buffer.from(bytes),
      stats: { ...parsed.stats },
      warnings: [...parsed.warnings],
      createdAt: this.now(),
    };
    q.insertDataset(this.db, row);
    this.cache.set(row.id, parsed);
    const { bytes: _omit, nameKey: _key, ...summary } = row;
    return summary;
  }

  list(ownerId: string | null): DatasetSummary[] {
    return q.listDatasets(this.db, ownerId);
  }

  byName(name: string): q.DatasetRow {
    const row = q.findDatasetByName(this.db, name.normalize('NFC').trim().toLocaleLowerCase('en-US'));
    if (!row) throw new UserError('not-found', `No dataset named "${name}". List them with: npm run cli -- dataset list`);
    return row;
  }

  /** A dataset an instructor may use (their own or the operator's), or a clear error. */
  visible(id: string, instructorId: string): q.DatasetRow {
    const row = q.findDatasetById(this.db, id);
    if (!row || (row.ownerId !== null && row.ownerId !== instructorId)) throw new UserError('not-found', 'That dataset does not exist (or is not yours).');
    return row;
  }

  nameOf(id: string): string | null {
    return q.datasetName(this.db, id);
  }

  /** The parsed dataset (hidden part included: server use only), cached per process. */
  parsed(id: string): ParsedDataset {
    let parsed = this.cache.get(id);
    if (!parsed) {
      const row = q.findDatasetById(this.db, id);
      if (!row) throw new UserError('not-found', 'That dataset no longer exists.');
      parsed = parseDatasetFile(row.taskId, row.bytes, row.fileName);
      this.cache.set(id, parsed);
    }
    return parsed;
  }
}
