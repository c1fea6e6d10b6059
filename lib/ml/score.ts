/**
 * Scoring: runs a model over Batches and adds up the task's own metric (the server's verified score,
 * the CLI's `score`, the trainer's validation metric all come from here).
 * Streamed tasks: the batches of one list are consecutive chunks of the same streams, so the hidden
 * state is carried across them, starting from zeros for each list.
 */
import type { Batch, HiddenSplitOptions, MetricAccumulator, TaskInstance } from '../tasks/types';
import type { RecurrentModel } from './model';
import { StateCarry } from './state-carry';

export type ScorableTask = Pick<TaskInstance, 'shape' | 'newAccumulator' | 'metric'>;

export interface ScoreResult {
  /** The task's metric name, e.g. 'accuracy' or 'bits-per-char'. */
  readonly metric: string;
  readonly value: number;
  readonly extra: Record<string, number>;
}

/** Predicts every batch once and feeds each prediction to all accumulators. */
function accumulate(model: RecurrentModel, task: ScorableTask, batches: readonly Batch[], accs: readonly MetricAccumulator[]): void {
  const carry = new StateCarry();
  try {
    for (const batch of batches) {
      const prediction = model.predict(batch, task.shape.streamed ? carry : undefined);
      for (const acc of accs) acc.add(batch, prediction);
    }
  } finally {
    carry.dispose();
  }
}

export function scoreBatches(model: RecurrentModel, task: ScorableTask, batches: readonly Batch[]): ScoreResult {
  const acc = task.newAccumulator();
  accumulate(model, task, batches, [acc]);
  return { metric: task.metric.name, value: acc.value(), extra: acc.extra() };
}

export interface HiddenScore {
  readonly metric: string;
  /** Over the whole hidden set (public and private together). */
  readonly value: number;
  readonly public: number;
  readonly private: number;
}

/**
 * The verified score on a challenge's hidden split. `value` is the metric over both parts through one
 * accumulator (every example, or character, weighs the same); each part is also scored alone (public
 * ranks live, private is revealed at the end).
 */
export function scoreHidden(model: RecurrentModel, task: ScorableTask & Pick<TaskInstance, 'hiddenSplit'>, options: HiddenSplitOptions): HiddenScore {
  const split = task.hiddenSplit(options);
  const [all, pub, priv] = [task.newAccumulator(), task.newAccumulator(), task.newAccumulator()];
  accumulate(model, task, split.public, [all, pub]);
  accumulate(model, task, split.private, [all, priv]);
  return { metric: task.metric.name, value: all.value(), public: pub.value(), private: priv.value() };
}
