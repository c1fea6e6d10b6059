/**
 * `npm run cli -- score <model-file> <task> [--level L] [--dataset NAME] [--secret S]`
 * Validates the model file exactly as the server does (lib/ml/model-format.ts), rebuilds the model and
 * scores it on the task's hidden split — instance.hiddenSplit({ secret, publicFraction: 0.5 }) — with
 * the task's own metric. Prints one JSON line: {"metric","value","public","private"}, where value is
 * over the whole hidden set.
 */
import { readFileSync } from 'node:fs';
import { commandArgs, parseArgs, stringOption } from '../args';
import '../../lib/tasks/builtin-corpora'; // server-only: registers Moby Dick (whole) for the lm task
import { isTaskId, TASK_IDS } from '../../lib/tasks/index';
import { modelFromBytes } from '../../lib/ml/model-format';
import { scoreHidden } from '../../lib/ml/score';
import { startBackend } from './train';
import { taskSource } from '../task-source';

const USAGE = 'usage: npm run cli -- score <model-file> <task> [--level L] [--dataset NAME] [--secret S] [--backend wasm|cpu]';
const OPTIONS = new Set(['level', 'dataset', 'secret', 'backend']);
/** The CLI's hidden split when no --secret is given (the server draws its own per challenge). */
export const DEFAULT_SECRET = 'unrolled-cli';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const positionals = commandArgs(parsed, 2, OPTIONS, USAGE, `tasks: ${TASK_IDS.join(', ')}`);
  if (!positionals) return 2;
  const [file, task] = positionals as [string, string];
  if (!isTaskId(task)) {
    console.error(`Unknown task "${task}"; tasks: ${TASK_IDS.join(', ')}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`Cannot read model file "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  const { instance, meta } = taskSource(task, stringOption(parsed, 'level'), stringOption(parsed, 'dataset'));
  await startBackend(stringOption(parsed, 'backend') ?? 'wasm');
  const model = modelFromBytes(bytes, { ...meta, shape: instance.shape });
  try {
    const score = scoreHidden(model, instance, { secret: stringOption(parsed, 'secret') ?? DEFAULT_SECRET, publicFraction: 0.5 });
    console.log(JSON.stringify({ metric: score.metric, value: score.value, public: score.public, private: score.private }));
  } finally {
    model.dispose();
  }
  return 0;
}
