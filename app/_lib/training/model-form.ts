/**
 * The student's model form as pure logic: a draft (what the inputs hold, numbers as typed text), its
 * defaults for a task under a challenge's limits, and the check that turns it into a ModelConfig or
 * into problems a person can fix ("412,000 parameters; this challenge allows at most 100,000").
 * Problems are message keys with parameters (train.json `form.problem.*`), never English strings.
 */
import { CELLS, CONFIG_LIMITS, ConfigError, defaultConfig, parameterCount, resolveModelConfig, type CellKind, type ModelConfig, type OptimizerKind } from '@/lib/ml/config';
import type { TaskShape } from '@/lib/tasks/types';

export interface ModelDraft {
  readonly cell: CellKind;
  readonly activation: 'tanh' | 'relu';
  readonly layers: string;
  readonly hidden: string;
  readonly embedding: 'one-hot' | 'learned';
  readonly embeddingDim: string;
  readonly optimizer: OptimizerKind;
  readonly learningRate: string;
  readonly clipNorm: string;
  readonly batchSize: string;
  /** Streamed tasks only; '' elsewhere. */
  readonly chunkLen: string;
  readonly seed: string;
}

/** What the challenge allows (its settings). */
export interface ModelLimits {
  readonly allowedCells: readonly CellKind[];
  readonly maxParameters: number;
}

export const PROBLEM_KEYS = ['notNumber', 'notWhole', 'range', 'cellNotAllowed', 'tooManyParameters', 'invalid'] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

export interface FormProblem {
  /** The draft field to mark, or 'model' for the whole model. */
  readonly field: keyof ModelDraft | 'model';
  readonly key: ProblemKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface DraftCheck {
  /** Set when there are no problems. */
  readonly config: ModelConfig | null;
  /** The parameter count whenever the fields parse (also when it is over the limit). */
  readonly parameters: number | null;
  readonly problems: readonly FormProblem[];
}

export const SEED_RANGE = [0, 2 ** 31 - 1] as const;

export function draftFromConfig(c: ModelConfig): ModelDraft {
  return {
    cell: c.cell,
    activation: c.activation,
    layers: String(c.layers),
    hidden: String(c.hidden),
    embedding: c.embedding.kind,
    embeddingDim: String(c.embedding.kind === 'learned' ? c.embedding.dim : 16),
    optimizer: c.optimizer,
    learningRate: String(c.learningRate),
    clipNorm: String(c.clipNorm),
    batchSize: String(c.batchSize),
    chunkLen: c.chunkLen !== undefined ? String(c.chunkLen) : '',
    seed: String(c.seed),
  };
}

/**
 * lib/ml's defaults for the task's head, made to fit the challenge: the first allowed cell when the
 * default (lstm) is not allowed, and the hidden size halved until the model fits maxParameters.
 */
export function initialDraft(shape: TaskShape, limits: ModelLimits): ModelDraft {
  const base = defaultConfig(shape.head);
  const cell = limits.allowedCells.includes(base.cell) ? base.cell : (CELLS.find((c) => limits.allowedCells.includes(c)) ?? base.cell);
  let config: ModelConfig = { ...base, cell, ...(shape.streamed ? { chunkLen: Math.min(CONFIG_LIMITS.chunkLen[1], Math.max(2, shape.inLen)) } : {}) };
  while (config.hidden > CONFIG_LIMITS.hidden[0] && parameterCount(config, shape) > limits.maxParameters) {
    config = { ...config, hidden: Math.max(CONFIG_LIMITS.hidden[0], Math.floor(config.hidden / 2)) };
  }
  return draftFromConfig(config);
}

type NumberField = 'layers' | 'hidden' | 'embeddingDim' | 'learningRate' | 'clipNorm' | 'batchSize' | 'chunkLen' | 'seed';

function readNumber(draft: ModelDraft, field: NumberField, [min, max]: readonly [number, number], whole: boolean, problems: FormProblem[]): number | null {
  const text = draft[field].trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    problems.push({ field, key: 'notNumber' });
    return null;
  }
  if (whole && !Number.isInteger(value)) {
    problems.push({ field, key: 'notWhole' });
    return null;
  }
  if (value < min || value > max) {
    problems.push({ field, key: 'range', params: { min, max } });
    return null;
  }
  return value;
}

/** Checks a draft against the schema's ranges, the task and the challenge's limits. */
export function checkDraft(draft: ModelDraft, shape: TaskShape, limits: ModelLimits): DraftCheck {
  const problems: FormProblem[] = [];
  const layers = readNumber(draft, 'layers', CONFIG_LIMITS.layers, true, problems);
  const hidden = readNumber(draft, 'hidden', CONFIG_LIMITS.hidden, true, problems);
  const dim = draft.embedding === 'learned' ? readNumber(draft, 'embeddingDim', CONFIG_LIMITS.embeddingDim, true, problems) : 0;
  const learningRate = readNumber(draft, 'learningRate', CONFIG_LIMITS.learningRate, false, problems);
  const clipNorm = readNumber(draft, 'clipNorm', CONFIG_LIMITS.clipNorm, false, problems);
  const batchSize = readNumber(draft, 'batchSize', CONFIG_LIMITS.batchSize, true, problems);
  const chunkLen = shape.streamed ? readNumber(draft, 'chunkLen', CONFIG_LIMITS.chunkLen, true, problems) : undefined;
  const seed = readNumber(draft, 'seed', SEED_RANGE, true, problems);
  if (!limits.allowedCells.includes(draft.cell)) {
    problems.push({ field: 'cell', key: 'cellNotAllowed', params: { cell: draft.cell.toUpperCase(), allowed: limits.allowedCells.map((c) => c.toUpperCase()).join(', ') } });
  }
  if (problems.some((p) => p.key !== 'cellNotAllowed')) return { config: null, parameters: null, problems };
  let config: ModelConfig;
  try {
    config = resolveModelConfig(
      {
        cell: draft.cell,
        activation: draft.cell === 'rnn' ? draft.activation : 'tanh',
        layers: layers!,
        hidden: hidden!,
        embedding: draft.embedding === 'learned' ? { kind: 'learned', dim: dim! } : { kind: 'one-hot' },
        optimizer: draft.optimizer,
        learningRate: learningRate!,
        clipNorm: clipNorm!,
        batchSize: batchSize!,
        ...(chunkLen !== undefined && chunkLen !== null ? { chunkLen } : {}),
        seed: seed!,
      },
      shape,
    );
  } catch (e) {
    // The checks above mirror the schema, so this is a task/config combination they do not know.
    problems.push({ field: 'model', key: 'invalid', params: { message: e instanceof ConfigError ? e.message : String(e) } });
    return { config: null, parameters: null, problems };
  }
  const parameters = parameterCount(config, shape);
  if (parameters > limits.maxParameters) problems.push({ field: 'model', key: 'tooManyParameters', params: { count: parameters, max: limits.maxParameters } });
  return { config: problems.length ? null : config, parameters, problems };
}
