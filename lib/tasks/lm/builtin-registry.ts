/**
 * Built-in corpora of the lm task, by level name. The registry starts empty so that importing
 * lib/tasks never loads a corpus (in a browser that would ship the hidden tail). Node processes that
 * score or sample (server, CLI, bench, tests) import lib/tasks/builtin-corpora.ts, which registers
 * the loaders; a browser passes the train-only copy it fetched as `{ dataset }` instead.
 */
import type { CorpusDataset } from '../datasets/types';

const loaders = new Map<string, () => CorpusDataset>();

/** Registers (or replaces) the loader of a built-in corpus; it runs at most when first needed. */
export function registerBuiltInCorpus(level: string, load: () => CorpusDataset): void {
  loaders.set(level, load);
}

/** The whole built-in corpus for `level`, or a clear error when this process has not registered it. */
export function builtInCorpus(level: string): CorpusDataset {
  const load = loaders.get(level);
  if (!load) {
    throw new Error(
      `The built-in corpus "${level}" is not loaded in this process. Node code imports lib/tasks/builtin-corpora first; ` +
        `a browser passes the train-only copy it fetched: getTaskInstance('lm', '${level}', { dataset }).`,
    );
  }
  return load();
}
