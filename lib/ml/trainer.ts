/**
 * A steppable training loop, the same in the browser's Web Worker, the CLI and the tests. Nothing in
 * or out is a tensor: progress is plain data (postMessage-able), weights travel as Float32Arrays.
 *
 * One step: next batch of the task's train stream → loss and gradients (fused scans) → global norm
 * (and ‖∂L/∂h_t‖ per step for the vanishing/exploding picture) → clip by global norm → optimizer.
 * Every `evalEvery` steps the metric is measured on a fixed local validation set drawn from a train
 * stream with another seed (never a hidden sample).
 */
import * as tf from '@tensorflow/tfjs';
import type { Batch, TaskInstance } from '../tasks/types';
import type { ModelConfig } from './config';
import { RecurrentModel, type ProbeTrace } from './model';
import { scoreBatches } from './score';
import { StateCarry } from './state-carry';

/** What the trainer needs of a task (a TaskInstance has it all). */
export type TrainableTask = Pick<TaskInstance, 'shape' | 'trainStream' | 'newAccumulator' | 'metric'>;

export interface TrainerOptions {
  /** A resolved, valid config (see resolveModelConfig). */
  readonly config: ModelConfig;
  readonly task: TrainableTask;
  /** Seed of the training stream (default config.seed); the validation stream uses seed + 1000003. */
  readonly streamSeed?: number;
  /** Validation batches drawn once (default 4). */
  readonly validationBatches?: number;
  /** Measure the validation metric every N steps (default 25; 0 = only when evaluate() is called). */
  readonly evalEvery?: number;
  /** Record ‖∂L/∂h_t‖ per step (default true; costs a few ops per step). */
  readonly gradPerStep?: boolean;
  /**
   * execute only: the training curriculum ('baseline' | 'naive' | 'mix' | 'combined'). Validation
   * always measures the target difficulty (the baseline stream), as the paper reports.
   */
  readonly curriculum?: string;
}

export interface TrainProgress {
  readonly step: number;
  /** Mean cross-entropy of this step's batch, nats per target. */
  readonly loss: number;
  /** Latest validation metric (task's unit: fraction 0..1 or bits/char) and the step it was taken at. */
  readonly metric: number | null;
  readonly metricStep: number | null;
  readonly metricName: string;
  /** Rows of the batch per second of this step's wall time. */
  readonly examplesPerSec: number;
  readonly stepMs: number;
  /** Global L2 norm of all gradients, before clipping. */
  readonly gradNorm: number;
  readonly clipped: boolean;
  /** The update was skipped because the loss or the gradient was not finite. */
  readonly skipped: boolean;
  /** ‖∂L/∂h_t‖ for t = 0..T−1 of the top recurrent layer (empty when not recorded). */
  readonly gradNormPerStep: number[];
}

export function makeOptimizer(config: ModelConfig): tf.Optimizer {
  const lr = config.learningRate;
  switch (config.optimizer) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, 0.9);
    case 'rmsprop':
      return tf.train.rmsprop(lr, 0.9);
    case 'adam':
      return tf.train.adam(lr);
  }
}

export class Trainer {
  readonly model: RecurrentModel;
  private readonly optimizer: tf.Optimizer;
  private readonly stream: ReturnType<TrainableTask['trainStream']>;
  private readonly validation: Batch[];
  private readonly carry = new StateCarry();
  private steps = 0;
  private lastMetric: number | null = null;
  private lastMetricStep: number | null = null;

  constructor(private readonly options: TrainerOptions) {
    const { config, task } = options;
    this.model = new RecurrentModel(config, task.shape);
    this.optimizer = makeOptimizer(config);
    const streamOptions = { batchSize: config.batchSize, ...(config.chunkLen ? { chunkLen: config.chunkLen } : {}) };
    const seed = options.streamSeed ?? config.seed;
    this.stream = task.trainStream(seed, options.curriculum ? { ...streamOptions, curriculum: options.curriculum } : streamOptions);
    const val = task.trainStream(seed + 1000003, streamOptions);
    this.validation = Array.from({ length: options.validationBatches ?? 4 }, () => val.next());
  }

  get stepCount(): number {
    return this.steps;
  }

  /** One optimisation step on the next training batch. */
  step(): TrainProgress {
    const batch = this.stream.next();
    const t0 = performance.now();
    let stateSq: tf.Tensor1D | null = null;
    const wantPerStep = this.options.gradPerStep ?? true;
    const vars = this.model.parameters.map((p) => p.variable);
    const { value, grads } = tf.variableGrads(
      () => this.model.loss(batch, { carry: this.carry, onStateGradSq: wantPerStep ? (sq) => (stateSq = sq) : undefined }),
      vars,
    );
    const normT = tf.tidy(() => tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g))))));
    const [gradNorm, loss] = [normT.dataSync()[0]!, value.dataSync()[0]!];
    normT.dispose();
    value.dispose();
    const clip = this.options.config.clipNorm;
    const skipped = !Number.isFinite(gradNorm) || !Number.isFinite(loss);
    const clipped = !skipped && clip > 0 && gradNorm > clip;
    if (!skipped) {
      if (clipped) {
        const scale = clip / gradNorm;
        for (const k of Object.keys(grads)) {
          const g = grads[k]!;
          grads[k] = tf.mul(g, scale);
          g.dispose();
        }
      }
      this.optimizer.applyGradients(grads);
    }
    tf.dispose(Object.values(grads));
    let gradNormPerStep: number[] = [];
    const sq = stateSq as tf.Tensor1D | null;
    if (sq) {
      gradNormPerStep = Array.from(sq.dataSync(), (v) => Math.sqrt(v));
      sq.dispose();
    }
    const stepMs = performance.now() - t0;
    this.steps++;
    const every = this.options.evalEvery ?? 25;
    if (every > 0 && (this.steps % every === 0 || this.steps === 1)) this.evaluate();
    return {
      step: this.steps,
      loss,
      metric: this.lastMetric,
      metricStep: this.lastMetricStep,
      metricName: this.options.task.metric.name,
      examplesPerSec: batch.batchSize / Math.max(stepMs / 1000, 1e-9),
      stepMs,
      gradNorm,
      clipped,
      skipped,
      gradNormPerStep,
    };
  }

  /** Validation metric now (also becomes the metric reported by later steps). */
  evaluate(): number {
    const r = scoreBatches(this.model, this.options.task, this.validation);
    this.lastMetric = r.value;
    this.lastMetricStep = this.steps;
    return r.value;
  }

  /** Hidden state, cell state (lstm) and gates over time for one validation example. */
  probe(row = 0, layer?: number): ProbeTrace {
    return this.model.probe(this.validation[0]!, row, layer);
  }

  /** Copies of the weights in model-file order (checkpoints). */
  getWeights(): Float32Array[] {
    return this.model.getWeights();
  }

  /** Restores weights (a checkpoint); the optimizer's moments start afresh, the carried state too. */
  setWeights(values: readonly Float32Array[]): void {
    this.model.setWeights(values);
    this.carry.reset();
  }

  dispose(): void {
    this.carry.dispose();
    this.optimizer.dispose();
    this.model.dispose();
  }
}
