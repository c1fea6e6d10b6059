/**
 * Messages between the student's page and the training Web Worker (train.worker.ts). Plain data
 * only (structured clone); model bytes travel as a transferred ArrayBuffer. The page never runs
 * tfjs: it sends commands and draws what comes back.
 */
import type { ModelConfig } from '@/lib/ml/config';
import type { ParsedDataset } from '@/lib/tasks/datasets/types';
import type { TaskId } from '@/lib/tasks/types';

/** Which tfjs backend the student asked for; the worker falls back to wasm when webgl cannot start. */
export type BackendChoice = 'wasm' | 'webgl';

/** Everything the worker needs to build the task and the trainer. */
export interface RunSpec {
  /** IndexedDB key of this run's checkpoint: `${code}:${challengeId}`. */
  readonly checkpointKey: string;
  readonly taskId: TaskId;
  /** The challenge's level ('imported' for an instructor dataset). */
  readonly level: string;
  /** The train-only copy (withoutHiddenPart) for lm and imported sentiment; null for generated tasks. */
  readonly dataset: ParsedDataset | null;
  /** The model file header's task reference: the dataset's name for imported data, else the level. */
  readonly modelMeta: { readonly taskId: TaskId; readonly level?: string; readonly dataset?: string };
  readonly config: ModelConfig;
  /** execute only: the training curriculum (baseline, naive, mix, combined). */
  readonly curriculum?: string;
}

export type WorkerCommand =
  /** Builds the trainer (from the checkpoint when `resume`) and starts stepping. */
  | { readonly type: 'start'; readonly run: RunSpec; readonly backend: BackendChoice; readonly resume: boolean }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** Saves a checkpoint, then frees the model. */
  | { readonly type: 'stop' }
  /** Validation metric now + the model file bytes of the current weights (for a submission). */
  | { readonly type: 'export'; readonly requestId: number };

/** One training step as the charts need it. */
export interface ProgressPoint {
  readonly step: number;
  /** Mean cross-entropy of the step's batch, nats per target. */
  readonly loss: number;
  /** Latest validation metric (fraction 0..1 or bits/char), null before the first evaluation. */
  readonly metric: number | null;
  readonly examplesPerSec: number;
  /** Global gradient norm before clipping. */
  readonly gradNorm: number;
}

/** The newest step in full (sent with each progress message). */
export interface LatestProgress extends ProgressPoint {
  readonly stepMs: number;
  readonly clipped: boolean;
  readonly skipped: boolean;
  /** ‖∂L/∂h_t‖ for t = 0..T−1 of the top layer. */
  readonly gradNormPerStep: readonly number[];
}

/** Activations of one example over time (lib/ml ProbeTrace) plus what was read at each step. */
export interface ProbeView {
  readonly step: number;
  /** Token shown under each time step ('' for padding). */
  readonly labels: readonly string[];
  /** [T][H] */
  readonly hidden: readonly (readonly number[])[];
  /** lstm: i, f, g, o, c; gru: z, r, candidate; rnn: none — each [T][H]. */
  readonly gates: Readonly<Record<string, readonly (readonly number[])[]>>;
}

export interface BackendInfo {
  /** tfjs backend actually in use: 'wasm' or 'webgl' (or 'cpu' as a last resort). */
  readonly name: string;
  /** wasm threads (1 without cross-origin isolation), null for other backends. */
  readonly threads: number | null;
  /** The student asked for webgl but it could not start here. */
  readonly fellBack: boolean;
}

export type RunState = 'running' | 'paused' | 'stopped';

export type WorkerEvent =
  | { readonly type: 'backend'; readonly backend: BackendInfo }
  /** Training began at `step` (0, or the checkpoint's step); `history` restores the charts. */
  | { readonly type: 'started'; readonly step: number; readonly parameters: number; readonly history: readonly ProgressPoint[] }
  /** About every PROGRESS_INTERVAL_MS while running: the steps since the last message. */
  | { readonly type: 'progress'; readonly points: readonly ProgressPoint[]; readonly latest: LatestProgress }
  | { readonly type: 'probe'; readonly probe: ProbeView }
  | { readonly type: 'checkpoint'; readonly step: number; readonly savedAt: number }
  | { readonly type: 'state'; readonly state: RunState }
  | { readonly type: 'exported'; readonly requestId: number; readonly bytes: Uint8Array; readonly metric: number | null; readonly step: number }
  /** `requestId` is set when an export failed. The page words it (train.json `errors.<code>`). */
  | { readonly type: 'error'; readonly code: WorkerErrorCode; readonly detail?: string; readonly requestId?: number };

/** What went wrong in the worker; `detail` carries the underlying (English) message when there is one. */
export const WORKER_ERROR_CODES = ['start-failed', 'no-checkpoint', 'checkpoint-mismatch', 'step-failed', 'probe-failed', 'save-failed', 'no-model', 'export-failed', 'worker-crashed'] as const;
export type WorkerErrorCode = (typeof WORKER_ERROR_CODES)[number];

/** How often the worker reports progress while running (steady, whatever the step time). */
export const PROGRESS_INTERVAL_MS = 250;
/** How often it sends a probe trace (hidden state and gates over time). */
export const PROBE_INTERVAL_MS = 2000;
