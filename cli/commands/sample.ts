/**
 * `npm run cli -- sample <task> [--level L] [--n N] [--seed S]` → one JSON line per sample,
 * {"input": …, "target": …} as readable text: exactly the first N rows training would see with
 * that seed. `sample <task> --list-levels` → the task's levels, comma-separated.
 */
import { commandArgs, intOption, parseArgs, stringOption } from '../args';
import '../../lib/tasks/builtin-corpora'; // server-only: registers Moby Dick (whole) for the lm task
import { getTaskInstance, isTaskId, TASK_IDS, TASKS } from '../../lib/tasks/index';
import { MAX_BATCH_SIZE } from '../../lib/tasks/core/options';

const USAGE = 'usage: npm run cli -- sample <task> [--level L] [--n N] [--seed S] | sample <task> --list-levels';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['list-levels']);
  const positionals = commandArgs(parsed, 1, new Set(['level', 'n', 'seed', 'list-levels']), USAGE, `tasks: ${TASK_IDS.join(', ')}`);
  if (!positionals) return 2;
  const [task] = positionals as [string];
  if (!isTaskId(task)) {
    console.error(`Unknown task "${task}"; tasks: ${TASK_IDS.join(', ')}`);
    return 2;
  }
  if (parsed.options.has('list-levels')) {
    console.log(TASKS[task].levels.join(','));
    return 0;
  }
  const n = intOption(parsed, 'n', 1, MAX_BATCH_SIZE) ?? 5;
  const seed = intOption(parsed, 'seed', 0, Number.MAX_SAFE_INTEGER) ?? 1;
  const instance = getTaskInstance(task, stringOption(parsed, 'level'));
  for (const sample of instance.sampleText(seed, n)) console.log(JSON.stringify({ input: sample.input, target: sample.target }));
  return 0;
}
