/**
 * `npm run cli -- dataset import <task> <file> --name NAME` and `dataset list`: the operator's
 * datasets, in the same database the server uses (DATA_DIR, default ./data), shared by every instructor.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDb } from '../../db/client';
import { UserError } from '../../lib/protocol/errors';
import { MAX_DATASET_BYTES } from '../../lib/tasks/datasets/index';
import { Datasets, isDatasetTask } from '../../server/services/datasets';
import { parseArgs, stringOption } from '../args';

const USAGE = 'usage: npm run cli -- dataset import <sentiment|lm> <file> --name NAME\n       npm run cli -- dataset list';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const [sub, task, file] = parsed.positionals;
  const dataDir = process.env.DATA_DIR || './data';
  if (sub === 'list') {
    const db = openDb(dataDir);
    for (const d of new Datasets(db).list(null)) {
      console.log(JSON.stringify({ name: d.name, task: d.taskId, file: d.fileName, stats: d.stats, createdAt: new Date(d.createdAt).toISOString() }));
    }
    db.$client.close();
    return 0;
  }
  if (sub !== 'import' || !task || !file) {
    console.error(USAGE);
    return 2;
  }
  if (!isDatasetTask(task)) {
    console.error(`Datasets are for the tasks sentiment and lm, not "${task}".\n${USAGE}`);
    return 2;
  }
  const name = stringOption(parsed, 'name');
  if (!name) {
    console.error(`Give the dataset a name with --name.\n${USAGE}`);
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`Cannot read ${file}: no such file.`);
    return 1;
  }
  if (size > MAX_DATASET_BYTES) {
    console.error(`${file} is ${(size / 1e6).toFixed(1)} MB; the limit is ${MAX_DATASET_BYTES / 1e6} MB.`);
    return 1;
  }
  const db = openDb(dataDir);
  try {
    const summary = new Datasets(db).import(task, name, path.basename(file), readFileSync(file), null);
    for (const w of summary.warnings) console.error(`warning: ${w}`);
    console.log(JSON.stringify({ imported: summary.name, task: summary.taskId, stats: summary.stats }));
    return 0;
  } catch (err) {
    if (err instanceof UserError) {
      console.error(`${file}: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    db.$client.close();
  }
}
