/**
 * A scoring worker (piscina): rebuilds the submitted model from its validated file and scores it on
 * the challenge's hidden split with the task's own metric — the same lib/ml + lib/tasks code the
 * browser trains with. Hidden splits are drawn once per challenge and kept (they depend only on the
 * challenge's secret), datasets are read from the database read-only.
 */
import '../../lib/tasks/builtin-corpora';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { useBackend } from '../../lib/ml/backend';
import { modelFromBytes } from '../../lib/ml/model-format';
import { scoreHidden } from '../../lib/ml/score';
import { getTaskInstance, type TaskInstance, type HiddenSplit } from '../../lib/tasks/index';
import { parseDatasetFile } from '../services/datasets';
import type { ScoreJob, ScoreOutcome } from './job';

const require = createRequire(import.meta.url);
const ready = useBackend('wasm', {
  wasmPaths: path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep,
});

/** Per challenge: the task instance with its hidden split drawn once (bounded: a few challenges). */
const tasks = new Map<string, TaskInstance>();

function taskFor(job: ScoreJob): TaskInstance {
  let task = tasks.get(job.challengeId);
  if (task) return task;
  let instance: TaskInstance;
  if (job.datasetId) {
    const db = new Database(path.join(job.dataDir, 'unrolled.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('select task_id as taskId, file_name as fileName, bytes from datasets where id = ?').get(job.datasetId) as
        | { taskId: 'sentiment' | 'lm'; fileName: string; bytes: Buffer }
        | undefined;
      if (!row) throw new Error('The challenge dataset no longer exists.');
      instance = getTaskInstance(job.taskId, undefined, { dataset: parseDatasetFile(row.taskId, row.bytes, row.fileName) });
    } finally {
      db.close();
    }
  } else {
    instance = getTaskInstance(job.taskId, job.level);
  }
  let split: HiddenSplit | null = null;
  const options = { secret: job.secret, publicFraction: job.publicFraction };
  task = Object.assign(Object.create(instance) as TaskInstance, {
    hiddenSplit: () => (split ??= instance.hiddenSplit(options)),
  });
  if (tasks.size >= 8) tasks.delete(tasks.keys().next().value!);
  tasks.set(job.challengeId, task);
  return task;
}

export default async function score(job: ScoreJob): Promise<ScoreOutcome> {
  await ready;
  const task = taskFor(job);
  const model = modelFromBytes(
    job.model,
    { taskId: job.taskId, ...(job.datasetName ? { dataset: job.datasetName } : { level: job.level }), shape: task.shape },
    { maxParameters: job.maxParameters, maxBytes: job.model.byteLength },
  );
  try {
    const result = scoreHidden(model, task, { secret: job.secret, publicFraction: job.publicFraction });
    if (!Number.isFinite(result.public) || !Number.isFinite(result.private)) throw new Error('The model produced a score that is not a number.');
    return { public: result.public, private: result.private, value: result.value };
  } finally {
    model.dispose();
  }
}
