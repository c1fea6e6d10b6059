/**
 * A stack of 1–3 recurrent layers of one cell kind over time-major inputs. Layer l reads layer l−1's
 * outputs; every layer sees the same padding mask. Parameters come from the model's ParamStore under
 * `${prefix}${cell}_${l}/{kernel,recurrent,bias}` (see config.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { statesOf, type ModelConfig } from './config';
import type { ParamStore } from './params';
import { scanForward, scanTrain } from './kernels/scan';
import type { StepMask } from './kernels/step-mask';
import { dense, embeddingLookup } from './kernels/tensor-util';

/** One layer's state slots, [B, H] each: [h] or, for lstm, [h, c]. */
export type LayerState = tf.Tensor2D[];

/** The first layer's input: token ids (time-major, [T·B]) or dense rows [T·B, D]. */
export type StackInput = { readonly ids: Int32Array } | { readonly rows: tf.Tensor2D };

export interface StackRun {
  /** Top layer outputs [T, B, H]. */
  readonly outputs: tf.Tensor3D;
  /** Final state of every layer. */
  readonly finals: LayerState[];
  /** Probe only: per layer, name → [T, B, H]: the gates, `h` (the layer's outputs) and, for lstm, `c`. */
  readonly gates?: Record<string, tf.Tensor3D>[];
}

export interface StackRunOptions {
  readonly mask: StepMask | null;
  /** Training: receives ‖∂L/∂h_t‖² of the TOP layer, [T] (kept; receiver disposes). */
  readonly onStateGradSq?: (sq: tf.Tensor1D) => void;
  /** Forward only: also return gate activations per layer. */
  readonly gates?: boolean;
}

export class RecurrentStack {
  constructor(
    private readonly config: ModelConfig,
    private readonly params: ParamStore,
    private readonly prefix: string,
  ) {}

  private names(l: number) {
    const base = `${this.prefix}${this.config.cell}_${l}`;
    return { kernel: `${base}/kernel`, recurrent: `${base}/recurrent`, bias: `${base}/bias` };
  }

  /** Zero initial state for every layer (caller disposes). */
  zeroState(batch: number): LayerState[] {
    return Array.from({ length: this.config.layers }, () => Array.from({ length: statesOf(this.config.cell) }, () => tf.zeros([batch, this.config.hidden]) as tf.Tensor2D));
  }

  /**
   * xp = x·W + b for layer 0: for token ids, rows of W (a one-hot input times W) or of the learned
   * embedding times W. Returns [T·B, G·H].
   */
  private project(l: number, input: StackInput, embedding: string | null): tf.Tensor2D {
    const n = this.names(l);
    const W = this.params.get(n.kernel) as tf.Tensor2D;
    const b = this.params.get(n.bias) as tf.Tensor1D;
    if ('rows' in input) return dense(input.rows, W, b, l > 0);
    if (embedding) return dense(embeddingLookup(input.ids, this.params.get(embedding) as tf.Tensor2D), W, b, true);
    return tf.add(embeddingLookup(input.ids, W), b);
  }

  /**
   * Runs the stack. `steps`/`batch` give T and B; `embedding` names the learned embedding matrix for
   * token input (null for one-hot). Training when inside a gradient tape and not `gates`.
   * Returned tensors belong to the caller's scope.
   */
  run(input: StackInput, steps: number, batch: number, init: readonly LayerState[], embedding: string | null, options: StackRunOptions, train: boolean): StackRun {
    const H = this.config.hidden;
    let layerInput = input;
    let outputs: tf.Tensor3D | null = null;
    const finals: LayerState[] = [];
    const gates: Record<string, tf.Tensor3D>[] = [];
    for (let l = 0; l < this.config.layers; l++) {
      const U = this.params.get(this.names(l).recurrent) as tf.Tensor2D;
      const xp2 = this.project(l, layerInput, l === 0 ? embedding : null);
      const xp = tf.reshape(xp2, [steps, batch, xp2.shape[1]]) as tf.Tensor3D;
      const top = l === this.config.layers - 1;
      const spec = { activation: this.config.activation, mask: options.mask, onStateGradSq: top ? options.onStateGradSq : undefined };
      if (train) {
        const r = scanTrain(this.config.cell, spec, xp, U, init[l]!);
        outputs = r.outputs;
        finals.push(r.final);
      } else {
        const r = scanForward(this.config.cell, spec, xp, U, init[l]!, options.gates);
        outputs = r.outputs;
        finals.push(r.final);
        if (options.gates) gates.push({ ...(r.gates ?? {}), h: r.outputs });
      }
      layerInput = { rows: tf.reshape(outputs, [steps * batch, H]) as tf.Tensor2D };
    }
    return { outputs: outputs!, finals, ...(options.gates ? { gates } : {}) };
  }
}
