/**
 * The task a CLI command trains or scores on: a built-in level, or an instructor dataset from the
 * server's database (DATA_DIR, default ./data) named with --dataset. `meta` is what the model file's
 * header records, exactly as the server expects it for that challenge.
 */
import '../lib/tasks/builtin-corpora';
import { openDb } from '../db/client';
import { getTaskInstance, type TaskId, type TaskInstance } from '../lib/tasks/index';
import { Datasets } from '../server/services/datasets';

export interface TaskSource {
  instance: TaskInstance;
  meta: { taskId: TaskId; level?: string; dataset?: string };
}

export function taskSource(taskId: TaskId, level: string | undefined, datasetName: string | undefined): TaskSource {
  if (datasetName === undefined) {
    const instance = getTaskInstance(taskId, level);
    return { instance, meta: { taskId, level: instance.level } };
  }
  if (level !== undefined) throw new Error('Give either --level or --dataset, not both.');
  const db = openDb(process.env.DATA_DIR || './data');
  try {
    const datasets = new Datasets(db);
    const row = datasets.byName(datasetName);
    if (row.taskId !== taskId) throw new Error(`Dataset "${row.name}" is for ${row.taskId}, not ${taskId}.`);
    return { instance: getTaskInstance(taskId, undefined, { dataset: datasets.parsed(row.id) }), meta: { taskId, dataset: row.name } };
  } finally {
    db.$client.close();
  }
}
