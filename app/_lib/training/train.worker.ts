/**
 * The training Web Worker: runs lib/ml's Trainer on tfjs (wasm by default, threaded when the page is
 * cross-origin isolated; webgl on request) so the page never freezes. Commands and events are in
 * worker-protocol.ts. Between steps the loop yields to the event loop, so pause/stop/export are
 * handled within one step. Progress goes out every PROGRESS_INTERVAL_MS, a probe every
 * PROBE_INTERVAL_MS, a checkpoint (IndexedDB) by checkpointDue and on pause/stop.
 */
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { useBackend } from '@/lib/ml/backend';
import { parameterCount, type ModelConfig } from '@/lib/ml/config';
import { serializeModel } from '@/lib/ml/model-format';
import { Trainer, type TrainProgress } from '@/lib/ml/trainer';
import { getTaskInstance } from '@/lib/tasks/index';
import type { Batch, TaskInstance } from '@/lib/tasks/types';
import { checkpointDue, checkpointMismatch } from './checkpoint';
import { loadCheckpoint, saveCheckpoint } from './checkpoint-store';
import { probeLabels } from './probe-labels';
import { SeriesBuffer } from './series';
import { installThreadGlueFix } from './wasm-thread-glue';
import {
  PROBE_INTERVAL_MS,
  PROGRESS_INTERVAL_MS,
  type BackendChoice,
  type BackendInfo,
  type LatestProgress,
  type ProgressPoint,
  type RunSpec,
  type WorkerCommand,
  type WorkerErrorCode,
  type WorkerEvent,
} from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
installThreadGlueFix(self as unknown as { Blob: typeof Blob; location: { href: string } });
const WASM_PATHS = '/tfjs-wasm/';
const BACKEND_START_MS = 30_000;

function post(event: WorkerEvent, transfer: Transferable[] = []): void {
  scope.postMessage(event, transfer);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A failure the page has words for (worker-protocol WorkerErrorCode). */
class WorkerError extends Error {
  constructor(
    readonly code: WorkerErrorCode,
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** Yields to the event loop without setTimeout's 4 ms clamp (a MessageChannel round trip). */
const tick = (() => {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => (waiting.push(resolve), channel.port2.postMessage(null)));
})();

/** A backend whose start hangs (a broken thread pool never reports back) must fail, not freeze the panel. */
function withinTime<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not start within ${ms / 1000} s.`)), ms))]);
}

async function startBackend(choice: BackendChoice): Promise<BackendInfo> {
  if (choice === 'webgl') {
    try {
      await withinTime(useBackend('webgl'), BACKEND_START_MS, 'WebGL');
      return { name: 'webgl', threads: null, fellBack: false };
    } catch {
      // No WebGL in workers here (no OffscreenCanvas, or blocked): train on wasm instead, and say so.
    }
  }
  try {
    const name = await withinTime(useBackend('wasm', { wasmPaths: WASM_PATHS }), BACKEND_START_MS, 'WebAssembly');
    return { name, threads: getThreadsCount(), fellBack: choice !== 'wasm' };
  } catch {
    return { name: await useBackend('cpu'), threads: null, fellBack: true };
  }
}

class Session {
  running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private pending: ProgressPoint[] = [];
  private latest: LatestProgress | null = null;
  private readonly history = new SeriesBuffer(1000);
  private lastPost = 0;
  private lastProbe = Number.NEGATIVE_INFINITY;
  private lastSaveStep: number;
  private lastSaveAt = Date.now();
  private saveFailed = false;
  private readonly probeBatch: Batch;

  constructor(
    readonly run: RunSpec,
    readonly task: TaskInstance,
    readonly config: ModelConfig,
    readonly trainer: Trainer,
    readonly stepOffset: number,
    history: readonly ProgressPoint[],
  ) {
    this.lastSaveStep = stepOffset;
    this.history.add(history);
    // One fixed example for the state/gate view (a train-stream row, never a hidden one).
    this.probeBatch = task.trainStream(config.seed + 99_991, { batchSize: 1, ...(config.chunkLen ? { chunkLen: config.chunkLen } : {}) }).next();
  }

  get step(): number {
    return this.stepOffset + this.trainer.stepCount;
  }

  begin(): void {
    this.running = true;
    this.loopDone = this.loop();
    post({ type: 'state', state: 'running' });
  }

  /** Stops stepping after the current step, then reports, probes and saves. */
  async halt(): Promise<void> {
    this.running = false;
    await this.loopDone;
    this.flush();
    this.probe();
    await this.save();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let p: TrainProgress;
      try {
        p = this.trainer.step();
      } catch (e) {
        this.running = false;
        post({ type: 'error', code: 'step-failed', detail: message(e) });
        post({ type: 'state', state: 'paused' });
        return;
      }
      this.record(p);
      const now = performance.now();
      if (now - this.lastPost >= PROGRESS_INTERVAL_MS) this.flush();
      if (now - this.lastProbe >= PROBE_INTERVAL_MS) this.probe();
      if (checkpointDue({ step: this.step, lastStep: this.lastSaveStep, lastAt: this.lastSaveAt, now: Date.now() })) await this.save();
      await tick();
    }
  }

  private record(p: TrainProgress): void {
    const point: ProgressPoint = { step: this.stepOffset + p.step, loss: p.loss, metric: p.metric, examplesPerSec: p.examplesPerSec, gradNorm: p.gradNorm };
    this.pending.push(point);
    this.history.add([point]);
    this.latest = { ...point, stepMs: p.stepMs, clipped: p.clipped, skipped: p.skipped, gradNormPerStep: p.gradNormPerStep };
  }

  private flush(): void {
    this.lastPost = performance.now();
    if (!this.latest || this.pending.length === 0) return;
    post({ type: 'progress', points: this.pending, latest: this.latest });
    this.pending = [];
  }

  private probe(): void {
    this.lastProbe = performance.now();
    try {
      const trace = this.trainer.model.probe(this.probeBatch, 0);
      post({ type: 'probe', probe: { step: this.step, labels: probeLabels(this.task, this.probeBatch), hidden: trace.hidden, gates: trace.gates } });
    } catch (e) {
      post({ type: 'error', code: 'probe-failed', detail: message(e) });
    }
  }

  async save(): Promise<void> {
    const step = this.step;
    this.lastSaveStep = step;
    this.lastSaveAt = Date.now();
    try {
      await saveCheckpoint({
        key: this.run.checkpointKey,
        taskId: this.run.taskId,
        level: this.run.level,
        config: this.config,
        step,
        savedAt: this.lastSaveAt,
        metric: this.latest?.metric ?? null,
        weights: this.trainer.getWeights(),
        history: this.history.toPoints(),
      });
      post({ type: 'checkpoint', step, savedAt: this.lastSaveAt });
    } catch (e) {
      if (!this.saveFailed) post({ type: 'error', code: 'save-failed', detail: message(e) });
      this.saveFailed = true; // say it once; training goes on
    }
  }

  /** Validation metric now and the model file of the current weights. */
  exportModel(): { bytes: Uint8Array; metric: number } {
    const metric = this.trainer.evaluate();
    const bytes = serializeModel(this.run.modelMeta, this.config, this.task.shape, this.trainer.getWeights());
    return { bytes, metric };
  }
}

let session: Session | null = null;
/** Commands run one at a time, in order (a start must finish before a pause applies to it). */
let queue: Promise<void> = Promise.resolve();

async function start(run: RunSpec, backend: BackendChoice, resume: boolean): Promise<void> {
  if (session) await stop();
  post({ type: 'backend', backend: await startBackend(backend) });
  const task = getTaskInstance(run.taskId, run.level, run.dataset ? { dataset: run.dataset } : {});
  const saved = resume ? await loadCheckpoint(run.checkpointKey) : null;
  if (resume && !saved) throw new WorkerError('no-checkpoint');
  const mismatch = saved && checkpointMismatch(saved, run);
  if (mismatch) throw new WorkerError('checkpoint-mismatch', mismatch);
  const config = saved?.config ?? run.config;
  const stepOffset = saved?.step ?? 0;
  // A resumed run reads another part of the (endless, train-only) stream instead of repeating it.
  const trainer = new Trainer({ config, task, streamSeed: config.seed + stepOffset, ...(run.curriculum ? { curriculum: run.curriculum } : {}) });
  try {
    if (saved) trainer.setWeights(saved.weights);
  } catch (e) {
    trainer.dispose();
    throw new WorkerError('checkpoint-mismatch', message(e));
  }
  session = new Session(run, task, config, trainer, stepOffset, saved?.history ?? []);
  post({ type: 'started', step: stepOffset, parameters: parameterCount(config, task.shape), history: saved?.history ?? [] });
  session.begin();
}

async function stop(): Promise<void> {
  const s = session;
  if (!s) return;
  session = null;
  await s.halt();
  s.trainer.dispose();
  post({ type: 'state', state: 'stopped' });
}

async function handle(cmd: WorkerCommand): Promise<void> {
  switch (cmd.type) {
    case 'start':
      try {
        await start(cmd.run, cmd.backend, cmd.resume);
      } catch (e) {
        post(e instanceof WorkerError ? { type: 'error', code: e.code, detail: e.detail } : { type: 'error', code: 'start-failed', detail: message(e) });
        post({ type: 'state', state: 'stopped' });
      }
      return;
    case 'pause':
      if (session?.running) {
        await session.halt();
        post({ type: 'state', state: 'paused' });
      }
      return;
    case 'resume':
      if (session && !session.running) session.begin();
      return;
    case 'stop':
      await stop();
      return;
    case 'export':
      if (!session) return post({ type: 'error', requestId: cmd.requestId, code: 'no-model' });
      try {
        const { bytes, metric } = session.exportModel();
        post({ type: 'exported', requestId: cmd.requestId, bytes, metric, step: session.step }, [bytes.buffer]);
      } catch (e) {
        post({ type: 'error', requestId: cmd.requestId, code: 'export-failed', detail: message(e) });
      }
      return;
  }
}

scope.onmessage = (e: MessageEvent<WorkerCommand>) => {
  // Export must not wait behind a long-running command; every other command is queued in order.
  if (e.data.type === 'export') void handle(e.data);
  else queue = queue.then(() => handle(e.data));
};
