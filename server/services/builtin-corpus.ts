/** The built-in language-model corpora, by level (server side: hidden tail included). */
import '../../lib/tasks/builtin-corpora';
import { builtInCorpus as load } from '../../lib/tasks/lm/builtin-registry';
import type { CorpusDataset } from '../../lib/tasks/index';
import { UserError } from '../../lib/protocol/errors';

export function builtInCorpus(level: string): CorpusDataset {
  try {
    return load(level);
  } catch {
    throw new UserError('not-found', `No built-in corpus "${level}".`);
  }
}
