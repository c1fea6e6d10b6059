/**
 * The contract between challenge tasks (lib/tasks) and models (lib/ml).
 *
 * Every task produces batches of plain typed arrays; no tfjs, no DOM, no Node APIs here, so the same
 * code runs in the student's browser (training) and in the server's scoring workers (verification).
 * Shapes are row-major and given as [dim0, dim1, ...] in the comments.
 */

export const TASK_IDS = ['temporal-order', 'sentiment', 'execute', 'translate', 'echo', 'lm', 'caption'] as const;
export type TaskId = (typeof TASK_IDS)[number];

/**
 * How a model reads and writes for a task (which head lib/ml builds):
 * - `classify` (seq2vec): token sequence [B, T] → one class per example [B].
 * - `tag` (seq2seq, one output per input step; echo, lm): tokens [B, T] → tokens [B, T]. Streamed:
 *   consecutive batches continue the same B streams, so the hidden state is carried across them.
 * - `encode-decode` (seq2vec2seq; translate, execute): tokens [B, Tin] → decoder tokens [B, Tout].
 * - `vec-decode` (vec2seq; caption): features [B, D] → decoder tokens [B, Tout].
 */
export type HeadKind = 'classify' | 'tag' | 'encode-decode' | 'vec-decode';

/** The lecture diagram a task illustrates. */
export type Diagram = 'seq2vec' | 'seq2seq' | 'seq2vec2seq' | 'vec2seq';

/** Reserved ids in every vocabulary: 0 pads; in output vocabularies of decoders 1 is GO/EOS. */
export const PAD_ID = 0;
export const EOS_ID = 1;

export interface Vocabulary {
  /** tokens[id] is the text of token id; tokens[0] is the padding token (shown as ''). */
  readonly tokens: readonly string[];
  readonly size: number;
  encode(text: string): number[];
  decode(ids: ArrayLike<number>): string;
}

export interface Batch {
  readonly batchSize: number;
  /** Input length T (tokens per row, after front padding for `classify`); 0 for `vec-decode`. */
  readonly inLen: number;
  /** Output length: 1 for `classify`, T for `tag`, max decoder steps (EOS included) for decoders. */
  readonly outLen: number;
  /** Token ids, [batchSize, inLen]; PAD_ID where a row is padded. Absent for `vec-decode`. */
  readonly inputs?: Int32Array;
  /** `vec-decode` only: feature vectors, [batchSize, featureDim]. */
  readonly features?: Float32Array;
  /**
   * Targets: `classify` → class ids [batchSize]; `tag` → next-token/echo ids [batchSize, inLen];
   * decoders → output ids [batchSize, outLen], each row the answer followed by EOS_ID, then PAD_ID.
   * The decoder's teacher-forced input is the target shifted right by one with EOS_ID as GO.
   */
  readonly targets: Int32Array;
  /** [batchSize, outLen]: 1 where a target counts for loss and metric, 0 on padding. */
  readonly targetMask: Float32Array;
}

/** What a model returns for a batch, for the task to score. */
export type Prediction =
  /** `classify`: logits [batchSize, numClasses]; `tag`: logits [batchSize, inLen, vocab]. */
  | { readonly kind: 'logits'; readonly data: Float32Array; readonly shape: readonly number[] }
  /** decoders: greedy-decoded ids [batchSize, outLen] (after EOS anything may follow; it is ignored). */
  | { readonly kind: 'tokens'; readonly ids: Int32Array; readonly shape: readonly [number, number] };

export interface MetricSpec {
  /** e.g. 'accuracy', 'exact-match', 'per-step-accuracy', 'bits-per-char'. */
  readonly name: string;
  readonly higherIsBetter: boolean;
  /** Unit shown after the value: '%' (values are fractions 0..1 shown as percent) or 'bits/char'. */
  readonly unit: '%' | 'bits/char';
}

/**
 * Adds up a metric over many batches. `value()` is the metric so far (e.g. accuracy as a fraction 0..1
 * or bits/char); `extra()` holds secondary figures (token accuracy, per-char accuracy).
 */
export interface MetricAccumulator {
  add(batch: Batch, prediction: Prediction): void;
  value(): number;
  extra(): Record<string, number>;
}

/** A text form a person can read, for the CLI `sample` command and the task card. */
export interface TextSample {
  readonly input: string;
  readonly target: string;
}

export interface TrainStreamOptions {
  readonly batchSize: number;
  /** Chunk length T for streamed tasks (echo, lm); ignored elsewhere. */
  readonly chunkLen?: number;
  /** execute only: 'baseline' | 'naive' | 'mix' | 'combined'. */
  readonly curriculum?: string;
}

/** An endless seeded stream of training batches that never yields a hidden sample. */
export interface BatchStream {
  next(): Batch;
}

export interface HiddenSplit {
  /** Ranked live. */
  readonly public: readonly Batch[];
  /** Revealed when the instructor ends the challenge. */
  readonly private: readonly Batch[];
}

export interface HiddenSplitOptions {
  /** A secret drawn by the server for this challenge (generated tasks) — never sent to a browser. */
  readonly secret: string;
  /** Fraction of the hidden examples that are public, 0..1 (e.g. 0.5). */
  readonly publicFraction: number;
  /** Total hidden examples (or characters for lm); tasks have sensible defaults. */
  readonly size?: number;
}

/** The facts a model builder needs for one task at one level (or dataset). */
export interface TaskShape {
  readonly head: HeadKind;
  /** Input vocabulary size (token ids 0..inputVocab-1); 0 for `vec-decode`. */
  readonly inputVocab: number;
  /** Classes for `classify`, output vocabulary size otherwise (EOS/PAD included for decoders). */
  readonly outputVocab: number;
  /** `vec-decode` only: feature vector length. */
  readonly featureDim?: number;
  /** Longest input length (T) for fixed-length tasks, the default chunk length for streamed ones. */
  readonly inLen: number;
  /** Longest output (EOS included) for decoders; 1 for classify; inLen for tag. */
  readonly outLen: number;
  /** Streamed tasks carry the hidden state across consecutive batches (truncated BPTT). */
  readonly streamed: boolean;
}

/** One task at one level (or one imported dataset), ready to train and score. */
export interface TaskInstance {
  readonly taskId: TaskId;
  readonly level: string;
  readonly shape: TaskShape;
  readonly inputVocab?: Vocabulary;
  readonly outputVocab: Vocabulary;
  readonly metric: MetricSpec;
  /** The trivial predictor's score (majority class, uniform bits/char) — "better than chance". */
  readonly chanceScore: number;
  trainStream(seed: number, options: TrainStreamOptions): BatchStream;
  hiddenSplit(options: HiddenSplitOptions): HiddenSplit;
  newAccumulator(): MetricAccumulator;
  sampleText(seed: number, n: number): TextSample[];
  /** Readable text of one batch row (for the task card and for showing a model's answers). */
  describeRow(batch: Batch, row: number): TextSample;
}

export interface TaskInfo {
  readonly id: TaskId;
  readonly diagram: Diagram;
  readonly head: HeadKind;
  readonly levels: readonly string[];
  readonly defaultLevel: string;
  /** Lecture video link at the matching section, e.g. https://youtu.be/5KSGNomPJTE?t=1383 */
  readonly videoUrl: string;
}
