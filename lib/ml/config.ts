/**
 * The model config a student picks (and a submission carries): a strict zod schema, the defaults for
 * each task head, and the parameter shapes that a config implies for a task — the one source the
 * builder, the parameter count (quiz, limits) and the model-format validator all read.
 *
 * Plain data only: a config is JSON, travels to the Web Worker, the server and into model files.
 */
import { z } from 'zod';
import type { HeadKind, TaskShape } from '../tasks/types';

export const CELLS = ['rnn', 'lstm', 'gru'] as const;
export type CellKind = (typeof CELLS)[number];
export const OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

/** Limits of the schema (the challenge may allow less; the server checks that separately). */
export const CONFIG_LIMITS = {
  layers: [1, 3],
  hidden: [2, 512],
  embeddingDim: [2, 512],
  batchSize: [1, 1024],
  chunkLen: [2, 1000],
  learningRate: [1e-6, 10],
  clipNorm: [0, 1000],
} as const;

const intIn = (name: string, [lo, hi]: readonly [number, number]) =>
  z.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(lo, `${name} must be at least ${lo}`).max(hi, `${name} must be at most ${hi}`);

export const EmbeddingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('one-hot') }),
  z.strictObject({ kind: z.literal('learned'), dim: intIn('embedding.dim', CONFIG_LIMITS.embeddingDim) }),
]);
export type EmbeddingConfig = z.infer<typeof EmbeddingSchema>;

const fields = {
  cell: z.enum(CELLS),
  /** Vanilla RNN non-linearity; gated cells always use sigmoid gates and tanh (must stay 'tanh'). */
  activation: z.enum(['tanh', 'relu']),
  layers: intIn('layers', CONFIG_LIMITS.layers),
  hidden: intIn('hidden', CONFIG_LIMITS.hidden),
  embedding: EmbeddingSchema,
  optimizer: z.enum(OPTIMIZERS),
  learningRate: z.number().min(CONFIG_LIMITS.learningRate[0], 'learningRate must be at least 1e-6').max(CONFIG_LIMITS.learningRate[1], 'learningRate must be at most 10'),
  /** Global-norm gradient clipping threshold; 0 turns clipping off. */
  clipNorm: z.number().min(0, 'clipNorm must be 0 (off) or positive').max(CONFIG_LIMITS.clipNorm[1], 'clipNorm must be at most 1000'),
  batchSize: intIn('batchSize', CONFIG_LIMITS.batchSize),
  /** Streamed tasks (echo, lm) only: chunk length T of truncated BPTT. */
  chunkLen: intIn('chunkLen', CONFIG_LIMITS.chunkLen).optional(),
  /** Seed of the weight initialisation (same seed → same initial weights, browser and Node). */
  seed: intIn('seed', [0, 2 ** 31 - 1]),
};

export const ModelConfigSchema = z.strictObject(fields).superRefine((c, ctx) => {
  if (c.cell !== 'rnn' && c.activation !== 'tanh') {
    ctx.addIssue({ code: 'custom', path: ['activation'], message: `activation "${c.activation}" is only for the vanilla rnn cell; ${c.cell} uses sigmoid gates and tanh` });
  }
});
export type ModelConfig = z.infer<typeof ModelConfigSchema>;

/** What a student or the CLI may leave out: any subset, still strict about unknown keys. */
export const ModelConfigInputSchema = z.strictObject(fields).partial();
export type ModelConfigInput = z.infer<typeof ModelConfigInputSchema>;

/** An error a person can act on: one line per problem, each naming the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : 'config';
      if (i.code === 'unrecognized_keys') return `${where}: unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      return i.message.startsWith(where) ? i.message : `${where}: ${i.message}`;
    })
    .join('; ');
}

/**
 * Sensible starting points per head. Classify follows the practicum's setup scaled up so an LSTM
 * solves temporal-order `normal` in minutes; tag follows char-rnn (RMSprop 2e-3, clip 5) at browser
 * size; decoders use a learned embedding because their vocabularies are larger.
 */
export function defaultConfig(head: HeadKind): ModelConfig {
  const base = { cell: 'lstm', activation: 'tanh', layers: 1, clipNorm: 5, batchSize: 32, seed: 1 } as const;
  switch (head) {
    case 'classify':
      return { ...base, hidden: 32, embedding: { kind: 'one-hot' }, optimizer: 'adam', learningRate: 0.01 };
    case 'tag':
      return { ...base, hidden: 128, embedding: { kind: 'one-hot' }, optimizer: 'rmsprop', learningRate: 0.002 };
    case 'encode-decode':
      return { ...base, hidden: 128, embedding: { kind: 'learned', dim: 32 }, optimizer: 'adam', learningRate: 0.005 };
    case 'vec-decode':
      return { ...base, hidden: 64, embedding: { kind: 'learned', dim: 16 }, optimizer: 'adam', learningRate: 0.005 };
  }
}

/** Checks that a valid config fits a task (fields that only make sense for some heads). */
export function configProblems(config: ModelConfig, shape: TaskShape): string[] {
  const problems: string[] = [];
  if (config.chunkLen !== undefined && !shape.streamed) problems.push('chunkLen: only streamed tasks (echo, lm) are cut into chunks; leave it out for this task');
  if (shape.head === 'vec-decode' && shape.featureDim === undefined) problems.push('task shape: vec-decode needs featureDim');
  return problems;
}

/**
 * Parses a full config (a submission's) strictly and checks it against the task.
 * Throws ConfigError listing every problem.
 */
export function parseModelConfig(input: unknown, shape: TaskShape): ModelConfig {
  const parsed = ModelConfigSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(`Model config is invalid: ${describeIssues(parsed.error)}`);
  const problems = configProblems(parsed.data, shape);
  if (problems.length) throw new ConfigError(`Model config does not fit this task: ${problems.join('; ')}`);
  return parsed.data;
}

/** Fills what the student left out with the head's defaults, then validates like parseModelConfig. */
export function resolveModelConfig(input: unknown, shape: TaskShape): ModelConfig {
  const partial = ModelConfigInputSchema.safeParse(input ?? {});
  if (!partial.success) throw new ConfigError(`Model config is invalid: ${describeIssues(partial.error)}`);
  const defaults = defaultConfig(shape.head);
  const merged: Record<string, unknown> = { ...defaults, ...partial.data };
  if (shape.streamed && merged.chunkLen === undefined) merged.chunkLen = Math.max(2, Math.min(CONFIG_LIMITS.chunkLen[1], shape.inLen));
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return parseModelConfig(merged, shape);
}

/** Gate blocks per cell: the recurrent matrices are [H, gates·H]. */
export function gatesOf(cell: CellKind): number {
  return cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
}

/** States carried per layer: lstm has (h, c), the others h. */
export function statesOf(cell: CellKind): number {
  return cell === 'lstm' ? 2 : 1;
}

export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
}

/** Names of one recurrent stack's parameters (prefix '' for the encoder/main stack, 'dec_' for decoders). */
export function stackParamSpecs(config: ModelConfig, prefix: string, inputDim: number): ParamSpec[] {
  const gh = gatesOf(config.cell) * config.hidden;
  const specs: ParamSpec[] = [];
  for (let l = 0; l < config.layers; l++) {
    const name = `${prefix}${config.cell}_${l}`;
    specs.push({ name: `${name}/kernel`, shape: [l === 0 ? inputDim : config.hidden, gh] });
    specs.push({ name: `${name}/recurrent`, shape: [config.hidden, gh] });
    specs.push({ name: `${name}/bias`, shape: [gh] });
  }
  return specs;
}

/**
 * Every parameter the model for (config, shape) has, in a fixed order (the order of the weights in a
 * model file). Gate order inside kernels follows tf.layers: lstm [i, f, g, o], gru [z, r, h].
 */
export function parameterSpecs(config: ModelConfig, shape: TaskShape): ParamSpec[] {
  const learned = config.embedding.kind === 'learned' ? config.embedding.dim : 0;
  const specs: ParamSpec[] = [];
  const decoder = shape.head === 'encode-decode' || shape.head === 'vec-decode';
  if (shape.head !== 'vec-decode') {
    if (learned) specs.push({ name: 'embed/in', shape: [shape.inputVocab, learned] });
    specs.push(...stackParamSpecs(config, '', learned || shape.inputVocab));
  } else {
    const stateSize = config.layers * statesOf(config.cell) * config.hidden;
    specs.push({ name: 'init/kernel', shape: [shape.featureDim ?? 0, stateSize] }, { name: 'init/bias', shape: [stateSize] });
  }
  if (decoder) {
    if (learned) specs.push({ name: 'embed/out', shape: [shape.outputVocab, learned] });
    specs.push(...stackParamSpecs(config, 'dec_', learned || shape.outputVocab));
  }
  specs.push({ name: 'out/kernel', shape: [config.hidden, shape.outputVocab] }, { name: 'out/bias', shape: [shape.outputVocab] });
  return specs;
}

/** Number of trainable scalars (the quiz and the challenge's size limit read this). */
export function parameterCount(config: ModelConfig, shape: TaskShape): number {
  return parameterSpecs(config, shape).reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
}
