/**
 * Batch generation speed of every task: ms per training batch of 32 (median of 15 rounds of 40
 * batches, after a warm-up). Baseline, measured in the same run on batches of the same task: the
 * text round trip a string-first generator pays on top of generating — render each row as text
 * (describeRow), tokenise it with vocab.encode (split + one Map lookup per token) and pack the ids
 * into fresh padded Int32Arrays. Generation itself is not in the baseline, so ratio > 1 means our
 * whole generation costs less than that text step alone.
 */
import '../../lib/tasks/builtin-corpora'; // server-only: registers Moby Dick (whole) for the lm task
import { getTaskInstance, type Batch, type TaskId, type TaskInstance } from '../../lib/tasks/index';
import { median, type BenchLine } from '../line';

const CASES: ReadonlyArray<readonly [TaskId, string]> = [
  ['temporal-order', 'normal'],
  ['temporal-order', 'nightmare'],
  ['sentiment', 'mixed'],
  ['execute', 'addition-9'],
  ['execute', 'L6-N3'],
  ['translate', 'below-1000000000'],
  ['echo', 'step-3'],
  ['lm', 'moby-dick'],
  ['caption', 'shapes-3'],
];
const B = 32;
const ROUNDS = 15;
const PER_ROUND = 40;

/** Median ms per call of `fn(i)` over ROUNDS rounds of PER_ROUND calls. */
function msPerCall(fn: (i: number) => void): number {
  for (let i = 0; i < PER_ROUND; i++) fn(i); // warm-up (JIT)
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < PER_ROUND; i++) fn(r * PER_ROUND + i);
    rounds.push((performance.now() - t0) / PER_ROUND);
  }
  return median(rounds);
}

/** The naive text path for one batch (see the file comment). */
function textRoundTrip(task: TaskInstance, batch: Batch): Int32Array[] {
  const inputs = new Int32Array(batch.batchSize * batch.inLen);
  const targets = new Int32Array(batch.batchSize * batch.outLen);
  for (let row = 0; row < batch.batchSize; row++) {
    const text = task.describeRow(batch, row);
    if (task.inputVocab) {
      const ids = task.inputVocab.encode(text.input);
      inputs.set(ids.slice(0, batch.inLen), row * batch.inLen + Math.max(0, batch.inLen - ids.length));
    }
    const out = task.outputVocab.encode(text.target);
    targets.set(out.slice(0, batch.outLen), row * batch.outLen);
  }
  return [inputs, targets];
}

export async function run(emit: (line: BenchLine) => void): Promise<void> {
  for (const [taskId, level] of CASES) {
    const task = getTaskInstance(taskId, level);
    const stream = task.trainStream(1, { batchSize: B });
    const value = msPerCall(() => stream.next());
    const batches = Array.from({ length: 8 }, () => stream.next());
    const baseline = msPerCall((i) => textRoundTrip(task, batches[i % batches.length]!));
    emit({
      bench: `gen-${taskId}-${level}-b${B}`,
      value: Number(value.toFixed(4)),
      unit: 'ms/batch',
      baseline: Number(baseline.toFixed(4)),
      ratio: Number((baseline / value).toFixed(2)),
      baselineIs: 'text round trip of the same rows: describeRow → vocab.encode (split + Map per token) → padded Int32Array; excludes generation',
    });
  }
}
