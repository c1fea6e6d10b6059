/**
 * `npm run cli -- train <task> [--level L] [--dataset NAME] [--cell rnn|lstm|gru] [--layers K]
 *   [--hidden H] [--steps N] [--lr X] [--batch B] [--optimizer O] [--clip C] [--seed S] [--out FILE]
 *   [--backend wasm|cpu]`
 * Trains headless with the browser's code (lib/ml Trainer on tfjs-wasm), prints a progress line every
 * so often, then writes a model file (lib/ml/model-format.ts) that `score` and the server accept.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commandArgs, intOption, numberOption, parseArgs, stringOption } from '../args';
import '../../lib/tasks/builtin-corpora'; // server-only: registers Moby Dick (whole) for the lm task
import { isTaskId, TASK_IDS, type TaskInstance } from '../../lib/tasks/index';
import { CELLS, OPTIMIZERS, parameterCount, resolveModelConfig, type ModelConfigInput } from '../../lib/ml/config';
import { serializeModel } from '../../lib/ml/model-format';
import { taskSource } from '../task-source';
import { Trainer } from '../../lib/ml/trainer';
import { useBackend } from '../../lib/ml/backend';

const USAGE =
  'usage: npm run cli -- train <task> [--level L] [--dataset NAME] [--cell rnn|lstm|gru] [--layers K] [--hidden H] [--steps N] [--lr X] [--batch B] [--optimizer sgd|momentum|rmsprop|adam] [--clip C] [--seed S] [--out FILE] [--backend wasm|cpu] [--curriculum baseline|naive|mix|combined (execute)]';
const OPTIONS = new Set(['level', 'dataset', 'cell', 'layers', 'hidden', 'steps', 'lr', 'batch', 'optimizer', 'clip', 'seed', 'out', 'backend', 'report-every', 'curriculum']);

/** Starts tfjs for train/score: the wasm backend with its binaries from node_modules, or cpu. */
export async function startBackend(name: string): Promise<string> {
  if (name !== 'wasm' && name !== 'cpu') throw new Error(`Option --backend must be wasm or cpu, got "${name}".`);
  if (name === 'cpu') return useBackend('cpu');
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep;
  return useBackend('wasm', { wasmPaths: dir });
}

/** Formats a metric value in its unit ('%' values are fractions). */
export function formatMetric(instance: Pick<TaskInstance, 'metric'>, v: number | null): string {
  if (v === null) return '–';
  return instance.metric.unit === '%' ? `${(100 * v).toFixed(1)}%` : `${v.toFixed(3)} ${instance.metric.unit}`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const positionals = commandArgs(parsed, 1, OPTIONS, USAGE, `tasks: ${TASK_IDS.join(', ')}`);
  if (!positionals) return 2;
  const [task] = positionals as [string];
  if (!isTaskId(task)) {
    console.error(`Unknown task "${task}"; tasks: ${TASK_IDS.join(', ')}`);
    return 2;
  }
  const cell = stringOption(parsed, 'cell');
  if (cell !== undefined && !(CELLS as readonly string[]).includes(cell)) throw new Error(`Option --cell must be one of ${CELLS.join(', ')}, got "${cell}".`);
  const optimizer = stringOption(parsed, 'optimizer');
  if (optimizer !== undefined && !(OPTIMIZERS as readonly string[]).includes(optimizer)) throw new Error(`Option --optimizer must be one of ${OPTIMIZERS.join(', ')}, got "${optimizer}".`);
  const { instance, meta } = taskSource(task, stringOption(parsed, 'level'), stringOption(parsed, 'dataset'));
  const input: Record<string, unknown> = {
    cell,
    optimizer,
    layers: intOption(parsed, 'layers', 1, 3),
    hidden: intOption(parsed, 'hidden', 2, 512),
    learningRate: numberOption(parsed, 'lr', 1e-6, 10),
    batchSize: intOption(parsed, 'batch', 1, 1024),
    clipNorm: numberOption(parsed, 'clip', 0, 1000),
    seed: intOption(parsed, 'seed', 0, 2 ** 31 - 1),
  };
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  const config = resolveModelConfig(input as ModelConfigInput, instance.shape);
  const steps = intOption(parsed, 'steps', 1, 10_000_000) ?? 2000;
  const every = intOption(parsed, 'report-every', 1, 1_000_000) ?? Math.max(1, Math.min(100, Math.round(steps / 20)));
  const out = stringOption(parsed, 'out') ?? `${task}-${instance.level}-${config.cell}.unrl`;
  const backend = await startBackend(stringOption(parsed, 'backend') ?? 'wasm');

  console.log(
    `training ${config.cell} ${config.layers}×${config.hidden} (${parameterCount(config, instance.shape)} parameters) on ${task} ${instance.level}: ` +
      `${steps} steps, batch ${config.batchSize}, ${config.optimizer} lr ${config.learningRate}, clip ${config.clipNorm || 'off'}, tfjs-${backend}`,
  );
  const curriculum = stringOption(parsed, 'curriculum');
  const trainer = new Trainer({ config, task: instance, evalEvery: every, validationBatches: 8, gradPerStep: false, ...(curriculum ? { curriculum } : {}) });
  const t0 = performance.now();
  let lossSum = 0;
  let lossN = 0;
  for (let s = 1; s <= steps; s++) {
    const p = trainer.step();
    lossSum += p.loss;
    lossN++;
    if (s % every === 0 || s === steps) {
      const elapsed = (performance.now() - t0) / 1000;
      console.log(
        `step ${String(s).padStart(String(steps).length)}/${steps}  loss ${(lossSum / lossN).toFixed(4)}  val ${p.metricName} ${formatMetric(instance, p.metric)}  ` +
          `|g| ${p.gradNorm.toFixed(2)}${p.clipped ? ' (clipped)' : ''}  ${p.stepMs.toFixed(1)} ms/step  ${Math.round(p.examplesPerSec)} ex/s  ${elapsed.toFixed(0)} s`,
      );
      lossSum = 0;
      lossN = 0;
    }
  }
  const final = trainer.evaluate();
  const bytes = serializeModel(meta, config, instance.shape, trainer.getWeights());
  trainer.dispose();
  writeFileSync(out, bytes);
  console.log(`validation ${instance.metric.name} ${formatMetric(instance, final)} after ${steps} steps (${((performance.now() - t0) / 1000).toFixed(0)} s); wrote ${out} (${bytes.length} bytes)`);
  return 0;
}
