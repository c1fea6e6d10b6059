/**
 * The hidden state carried from one batch of a streamed task (echo, lm) to the next: the same B
 * streams continue, so the last state of chunk k is the first state of chunk k+1 — detached, which is
 * truncated back-propagation through time. One carry per stream (training, validation, each hidden
 * split); it owns its tensors.
 */
import * as tf from '@tensorflow/tfjs';
import type { LayerState } from './recurrent-stack';

export class StateCarry {
  private state: LayerState[] | null = null;

  /** The carried state when it fits `batch` rows, else null (a new stream starts from zeros). */
  peek(batch: number): readonly LayerState[] | null {
    const s = this.state;
    return s && s[0]![0]!.shape[0] === batch ? s : null;
  }

  /** Keeps copies of `finals` (no gradient flows back into them later) and drops the old state. */
  replace(finals: readonly LayerState[]): void {
    const next = finals.map((slots) => slots.map((t) => tf.keep(tf.clone(t)) as tf.Tensor2D));
    this.reset();
    this.state = next;
  }

  reset(): void {
    if (this.state) for (const slots of this.state) tf.dispose(slots);
    this.state = null;
  }

  dispose(): void {
    this.reset();
  }
}
