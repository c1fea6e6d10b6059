/**
 * What the model read at each time step of a probe (the x-axis of the state/gate view): the input
 * tokens for models with an encoder (padding as ''), and for vec-decode — where the probe runs the
 * decoder under teacher forcing — GO followed by the caption words it was fed.
 */
import { EOS_ID, type Batch, type TaskInstance } from '@/lib/tasks/types';

export const GO_LABEL = '▶';

/** Labels of row `row` of `batch`, one per probed time step. */
export function probeLabels(task: Pick<TaskInstance, 'shape' | 'inputVocab' | 'outputVocab'>, batch: Batch, row = 0): string[] {
  if (task.shape.head === 'vec-decode') {
    const T = batch.outLen;
    const targets = batch.targets.subarray(row * T, row * T + T);
    return Array.from({ length: T }, (_, t) => (t === 0 ? GO_LABEL : labelOf(task.outputVocab.tokens, targets[t - 1]!)));
  }
  const T = batch.inLen;
  const vocab = task.inputVocab?.tokens ?? [];
  return Array.from(batch.inputs!.subarray(row * T, row * T + T), (id) => labelOf(vocab, id));
}

function labelOf(tokens: readonly string[], id: number): string {
  if (id === EOS_ID && tokens[id] === '<eos>') return GO_LABEL;
  const t = tokens[id] ?? '?';
  return t === '\n' ? '↵' : t === ' ' ? '␣' : t;
}
