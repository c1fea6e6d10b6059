/**
 * The challenge task library: every task, one implementation, for the browser (training) and the
 * server's scoring workers (verification). Pure TypeScript — no DOM, no Node APIs.
 *
 *   const task = getTaskInstance('temporal-order', 'hard');
 *   const stream = task.trainStream(seed, { batchSize: 32 });      // never yields a hidden sample
 *   const { public: pub, private: priv } = task.hiddenSplit({ secret, publicFraction: 0.5 });
 *
 * Importing this module loads AFINN-111 and Moby Dick (~1.2 MB); import ./info for metadata only.
 */
import type { TaskId, TaskInstance } from './types';
import { TASK_IDS } from './types';
import { TASKS } from './info';
import { captionTask } from './caption/task';
import { echoTask } from './echo/task';
import { executeTask } from './execute/task';
import { mobyDick } from './lm/corpus';
import { lmTask } from './lm/task';
import { importedSentimentTask } from './sentiment/imported';
import { sentimentTask } from './sentiment/task';
import { temporalOrderTask } from './temporal-order/task';
import { translateTask } from './translate/task';
import type { ParsedDataset } from './datasets/types';
import type { CaptionLevelName } from './caption/levels';
import type { EchoLevelName } from './echo/levels';
import type { ExecuteLevelName } from './execute/levels';
import type { SentimentLevelName } from './sentiment/levels';
import type { TemporalOrderLevelName } from './temporal-order/levels';
import type { TranslateLevelName } from './translate/levels';

export * from './types';
export { TASKS } from './info';
export * from './datasets/index';
/** The level name of a task built from an instructor's dataset. */
export const IMPORTED_LEVEL = 'imported';

export interface TaskInstanceOptions {
  /** sentiment or lm: build the task from this instructor dataset instead of the built-in data. */
  readonly dataset?: ParsedDataset;
}

export function isTaskId(id: string): id is TaskId {
  return (TASK_IDS as readonly string[]).includes(id);
}

/**
 * One task at one level (default: TASKS[id].defaultLevel), or on an instructor dataset.
 * Throws a readable Error for an unknown task or level, or a dataset of the wrong kind.
 */
export function getTaskInstance(taskId: TaskId, level?: string, options: TaskInstanceOptions = {}): TaskInstance {
  if (!isTaskId(taskId)) throw new Error(`Unknown task "${taskId}"; tasks: ${TASK_IDS.join(', ')}`);
  const info = TASKS[taskId];
  const { dataset } = options;
  if (dataset) {
    if (dataset.kind !== taskId) {
      throw new Error(`A ${dataset.kind === 'lm' ? 'text corpus' : 'sentiment'} dataset cannot be used for ${taskId}${taskId === 'sentiment' || taskId === 'lm' ? '' : ' (only sentiment and lm take datasets)'}.`);
    }
    if (level !== undefined && level !== IMPORTED_LEVEL) {
      throw new Error(`With a dataset the level is "${IMPORTED_LEVEL}", not "${level}".`);
    }
    return dataset.kind === 'lm' ? lmTask(dataset, IMPORTED_LEVEL) : importedSentimentTask(dataset);
  }
  const name = level ?? info.defaultLevel;
  if (!info.levels.includes(name)) throw new Error(`Unknown level "${name}" for ${taskId}; levels: ${info.levels.join(', ')}`);
  switch (taskId) {
    case 'temporal-order':
      return temporalOrderTask(name as TemporalOrderLevelName);
    case 'sentiment':
      return sentimentTask(name as SentimentLevelName);
    case 'execute':
      return executeTask(name as ExecuteLevelName);
    case 'translate':
      return translateTask(name as TranslateLevelName);
    case 'echo':
      return echoTask(name as EchoLevelName);
    case 'lm':
      return lmTask(mobyDick(), name);
    case 'caption':
      return captionTask(name as CaptionLevelName);
  }
}
