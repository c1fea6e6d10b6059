/**
 * The challenge task library: every task, one implementation, for the browser (training) and the
 * server's scoring workers (verification). Pure TypeScript — no DOM, no Node APIs.
 *
 *   const task = getTaskInstance('temporal-order', 'hard');
 *   const stream = task.trainStream(seed, { batchSize: 32 });      // never yields a hidden sample
 *   const { public: pub, private: priv } = task.hiddenSplit({ secret, publicFraction: 0.5 });
 *
 * Importing this module loads AFINN-111 (a public word list); import ./info for metadata only.
 * Built-in corpora (Moby Dick, with its hidden tail) are NOT loaded: Node processes import
 * ./builtin-corpora once to register them; a browser passes the train-only copy it fetched:
 *
 *   getTaskInstance('lm', 'moby-dick', { dataset: trainOnlyCopy });   // same shapes as the server's
 */
import type { TaskId, TaskInstance } from './types';
import { TASK_IDS } from './types';
import { TASKS } from './info';
import { captionTask } from './caption/task';
import { echoTask } from './echo/task';
import { executeTask } from './execute/task';
import { builtInCorpus } from './lm/builtin-registry';
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
export { registerBuiltInCorpus } from './lm/builtin-registry';
/** The level name of a task built from an instructor's dataset. */
export const IMPORTED_LEVEL = 'imported';

export interface TaskInstanceOptions {
  /**
   * sentiment or lm: build the task from this instructor dataset (level 'imported') instead of the
   * built-in data. lm at a built-in level ('moby-dick'): that corpus itself, or — in a browser — its
   * train-only copy (withoutHiddenPart), which builds the same vocabulary, shapes and train streams.
   */
  readonly dataset?: ParsedDataset;
}

export function isTaskId(id: string): id is TaskId {
  return (TASK_IDS as readonly string[]).includes(id);
}

/**
 * One task at one level (default: TASKS[id].defaultLevel), or on an instructor dataset.
 * Throws a readable Error for an unknown task or level, a dataset of the wrong kind, or a built-in
 * corpus that this process has not registered and was not given.
 */
export function getTaskInstance(taskId: TaskId, level?: string, options: TaskInstanceOptions = {}): TaskInstance {
  if (!isTaskId(taskId)) throw new Error(`Unknown task "${taskId}"; tasks: ${TASK_IDS.join(', ')}`);
  const info = TASKS[taskId];
  const { dataset } = options;
  if (dataset) {
    if (dataset.kind !== taskId) {
      throw new Error(`A ${dataset.kind === 'lm' ? 'text corpus' : 'sentiment'} dataset cannot be used for ${taskId}${taskId === 'sentiment' || taskId === 'lm' ? '' : ' (only sentiment and lm take datasets)'}.`);
    }
    if (dataset.kind === 'lm' && level !== undefined && level !== IMPORTED_LEVEL && info.levels.includes(level)) {
      return lmTask(dataset, level); // a built-in corpus's copy: the header's level stays the built-in name
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
      return lmTask(builtInCorpus(name), name);
    case 'caption':
      return captionTask(name as CaptionLevelName);
  }
}
