/**
 * The builder: (config, task shape) → a model for each head kind of lib/tasks/types.ts.
 *  - classify:      tokens [B, T] → encoder stack (masked on PAD) → last h of the top layer → logits [B, C]
 *  - tag:           tokens [B, T] → stack (state carried across batches when streamed) → logits per step
 *  - encode-decode: encoder's final states (every layer; the "context") = decoder's initial states;
 *                   teacher forcing for the loss, greedy decoding for predict()
 *  - vec-decode:    features [B, F] → tanh(F·W + b) → every decoder layer's initial state(s); decoder as above
 * Loss: mean cross-entropy in nats over the targets where targetMask is 1.
 */
import * as tf from '@tensorflow/tfjs';
import { EOS_ID, PAD_ID, type Batch, type Prediction, type TaskShape } from '../tasks/types';
import { checkIds, decoderInputs, maskedCrossEntropy, toTimeMajor } from './batch-data';
import { parameterSpecs, parseModelConfig, statesOf, type ModelConfig } from './config';
import { stepMaskFromTokens } from './kernels/step-mask';
import { dense } from './kernels/tensor-util';
import { ParamStore, type ModelParam } from './params';
import { RecurrentStack, type LayerState } from './recurrent-stack';
import type { StateCarry } from './state-carry';

export interface LossOptions {
  /** Streamed tasks: the state carried in from the previous batch of the same streams (updated). */
  readonly carry?: StateCarry;
  /**
   * Receives ‖∂L/∂h_t‖² per step of the top encoder layer (the decoder's for vec-decode) during
   * backprop ([T]; receiver disposes).
   */
  readonly onStateGradSq?: (sq: tf.Tensor1D) => void;
}

/** Per-step activations of one example, plain arrays [T][H] (for the lecture's probe view). */
export interface ProbeTrace {
  readonly steps: number;
  readonly hidden: number[][];
  /** lstm: i, f, g, o and the cell state c; gru: z, r, candidate; rnn: none. */
  readonly gates: Record<string, number[][]>;
}

export class RecurrentModel {
  readonly params: ParamStore;
  private readonly encoder: RecurrentStack | null;
  private readonly decoder: RecurrentStack | null;
  private readonly embedIn: string | null;
  private readonly embedOut: string | null;

  constructor(
    readonly config: ModelConfig,
    readonly shape: TaskShape,
  ) {
    parseModelConfig(config, shape);
    this.params = new ParamStore(parameterSpecs(config, shape), config.cell, config.seed);
    const learned = config.embedding.kind === 'learned';
    const isDecoder = shape.head === 'encode-decode' || shape.head === 'vec-decode';
    this.encoder = shape.head === 'vec-decode' ? null : new RecurrentStack(config, this.params, '');
    this.decoder = isDecoder ? new RecurrentStack(config, this.params, 'dec_') : null;
    this.embedIn = learned && this.encoder ? 'embed/in' : null;
    this.embedOut = learned && this.decoder ? 'embed/out' : null;
  }

  /** Named parameters with shapes (in model-file order). */
  get parameters(): readonly ModelParam[] {
    return this.params.list;
  }

  private logits(rows: tf.Tensor2D): tf.Tensor2D {
    return dense(rows, this.params.get('out/kernel') as tf.Tensor2D, this.params.get('out/bias') as tf.Tensor1D);
  }

  /** Runs the input side: encoder over the tokens, or the feature → state map. */
  private encode(batch: Batch, init: readonly LayerState[] | null, options: LossOptions, train: boolean) {
    const B = batch.batchSize;
    if (this.shape.head === 'vec-decode') {
      if (!batch.features) throw new Error('This task feeds feature vectors, but the batch has none.');
      const F = this.shape.featureDim!;
      const st = tf.tanh(dense(tf.tensor2d(batch.features, [B, F]), this.params.get('init/kernel') as tf.Tensor2D, this.params.get('init/bias') as tf.Tensor1D, false));
      const slots = statesOf(this.config.cell);
      const parts = tf.split(st, this.config.layers * slots, 1) as tf.Tensor2D[];
      const finals = Array.from({ length: this.config.layers }, (_, l) => parts.slice(l * slots, (l + 1) * slots));
      return { outputs: null, finals };
    }
    if (!batch.inputs) throw new Error('This task feeds tokens, but the batch has no inputs.');
    const T = batch.inLen;
    checkIds(batch.inputs, this.shape.inputVocab, 'Input');
    const mask = stepMaskFromTokens(batch.inputs, B, T, PAD_ID);
    const start = init ?? this.encoder!.zeroState(B);
    const ids = toTimeMajor(batch.inputs, B, T);
    return this.encoder!.run({ ids }, T, B, start, this.embedIn, { mask, onStateGradSq: options.onStateGradSq }, train);
  }

  /** Teacher-forced decoder over the shifted targets → logits [Tout·B, V]. */
  private decodeForced(batch: Batch, init: readonly LayerState[], train: boolean, onStateGradSq?: LossOptions['onStateGradSq']): tf.Tensor2D {
    const B = batch.batchSize;
    const T = batch.outLen;
    const ids = toTimeMajor(decoderInputs(batch), B, T);
    checkIds(ids, this.shape.outputVocab, 'Decoder input');
    const run = this.decoder!.run({ ids }, T, B, init, this.embedOut, { mask: null, onStateGradSq }, train);
    return this.logits(tf.reshape(run.outputs, [T * B, this.config.hidden]) as tf.Tensor2D);
  }

  /** Logits of the training objective plus their targets and mask, in the same row order. */
  private objective(batch: Batch, options: LossOptions, train: boolean) {
    const B = batch.batchSize;
    const carried = this.shape.streamed ? (options.carry?.peek(B) ?? null) : null;
    const enc = this.encode(batch, carried, options, train);
    if (this.shape.streamed && options.carry) options.carry.replace(enc.finals);
    const head = this.shape.head;
    if (head === 'classify') {
      const top = enc.finals[this.config.layers - 1]![0]!;
      return { logits: this.logits(top), targets: batch.targets, mask: batch.targetMask };
    }
    const T = batch.outLen;
    const targets = toTimeMajor(batch.targets, B, T);
    const mask = toTimeMajor(batch.targetMask, B, T);
    if (head === 'tag') return { logits: this.logits(tf.reshape(enc.outputs!, [T * B, this.config.hidden]) as tf.Tensor2D), targets, mask };
    // vec-decode has no encoder: the per-step gradient picture is the decoder's.
    const decoderProbe = head === 'vec-decode' ? options.onStateGradSq : undefined;
    return { logits: this.decodeForced(batch, enc.finals, train, decoderProbe), targets, mask };
  }

  /**
   * Differentiable mean masked cross-entropy (nats). Call inside tf.variableGrads; caller disposes.
   * Streamed tasks read and update `options.carry`.
   */
  loss(batch: Batch, options: LossOptions = {}): tf.Scalar {
    return tf.tidy(() => {
      const o = this.objective(batch, options, true);
      return maskedCrossEntropy(o.logits, o.targets, o.mask);
    });
  }

  /** Forward-only loss (validation); returns nats. */
  evalLoss(batch: Batch, carry?: StateCarry): number {
    const l = tf.tidy(() => {
      const o = this.objective(batch, { carry }, false);
      return maskedCrossEntropy(o.logits, o.targets, o.mask);
    });
    const v = l.dataSync()[0]!;
    l.dispose();
    return v;
  }

  /**
   * Forward-only prediction for scoring: logits for classify [B, C] and tag [B, T, V]; greedy
   * decoded ids [B, outLen] for decoders. Streamed tasks read and update `carry`.
   */
  predict(batch: Batch, carry?: StateCarry): Prediction {
    const B = batch.batchSize;
    const head = this.shape.head;
    if (head === 'classify' || head === 'tag') {
      const logits = tf.tidy(() => {
        const o = this.objective(batch, { carry }, false);
        if (head === 'classify') return o.logits;
        return tf.transpose(tf.reshape(o.logits, [batch.outLen, B, -1]), [1, 0, 2]);
      });
      const data = Float32Array.from(logits.dataSync() as Float32Array);
      const shape = [...logits.shape];
      logits.dispose();
      return { kind: 'logits', data, shape };
    }
    return { kind: 'tokens', ids: this.greedyDecode(batch), shape: [B, batch.outLen] };
  }

  /** Feeds each step's argmax back in, starting from GO (= EOS_ID). Returns ids [B, outLen]. */
  private greedyDecode(batch: Batch): Int32Array {
    const B = batch.batchSize;
    const T = batch.outLen;
    const out = new Int32Array(B * T);
    let state = tf.tidy(() => this.encode(batch, null, {}, false).finals.map((s) => s.map((t) => tf.keep(t))));
    let prev = new Int32Array(B).fill(EOS_ID);
    for (let t = 0; t < T; t++) {
      const [next, ids] = tf.tidy(() => {
        const run = this.decoder!.run({ ids: prev }, 1, B, state, this.embedOut, { mask: null }, false);
        const logits = this.logits(tf.reshape(run.outputs, [B, this.config.hidden]) as tf.Tensor2D);
        return [run.finals.map((s) => s.map((x) => tf.keep(x))), tf.argMax(logits, 1)] as const;
      });
      prev = Int32Array.from(ids.dataSync() as Int32Array);
      ids.dispose();
      for (const s of state) tf.dispose(s);
      state = next;
      for (let b = 0; b < B; b++) out[b * T + t] = prev[b]!;
    }
    for (const s of state) tf.dispose(s);
    return out;
  }

  /**
   * Activations over time for one example (row `row` of the batch) in layer `layer` (default: top) of
   * the input-side stack — the decoder under teacher forcing for vec-decode.
   */
  probe(batch: Batch, row = 0, layer = this.config.layers - 1): ProbeTrace {
    const one = sliceRow(batch, row);
    const traced = tf.tidy(() => {
      const stack = this.encoder ?? this.decoder!;
      let input: Int32Array;
      let init: LayerState[];
      let T: number;
      if (this.encoder) {
        input = toTimeMajor(one.inputs!, 1, one.inLen);
        init = stack.zeroState(1);
        T = one.inLen;
      } else {
        input = toTimeMajor(decoderInputs(one), 1, one.outLen);
        init = this.encode(one, null, {}, false).finals;
        T = one.outLen;
      }
      const mask = this.encoder ? stepMaskFromTokens(one.inputs!, 1, T, PAD_ID) : null;
      const r = stack.run({ ids: input }, T, 1, init, this.encoder ? this.embedIn : this.embedOut, { mask, gates: true }, false);
      return { T, traces: r.gates![Math.max(0, Math.min(layer, r.gates!.length - 1))]! };
    });
    const toRows = (t: tf.Tensor3D) => (t.arraySync() as number[][][]).map((step) => step[0]!);
    const gates: Record<string, number[][]> = {};
    for (const [k, v] of Object.entries(traced.traces)) if (k !== 'h') gates[k] = toRows(v);
    const hidden = toRows(traced.traces.h!);
    tf.dispose(Object.values(traced.traces));
    return { steps: traced.T, hidden, gates };
  }

  getWeights(): Float32Array[] {
    return this.params.getWeights();
  }

  setWeights(values: readonly Float32Array[]): void {
    this.params.setWeights(values);
  }

  dispose(): void {
    this.params.dispose();
  }
}

/** A one-row Batch (views, no copies). */
function sliceRow(batch: Batch, row: number): Batch {
  if (row < 0 || row >= batch.batchSize) throw new Error(`Row ${row} is outside the batch of ${batch.batchSize}.`);
  const cut = <A extends Int32Array | Float32Array>(a: A | undefined, n: number) => (a ? (a.subarray(row * n, (row + 1) * n) as A) : undefined);
  const featureDim = batch.features ? batch.features.length / batch.batchSize : 0;
  return {
    batchSize: 1,
    inLen: batch.inLen,
    outLen: batch.outLen,
    inputs: cut(batch.inputs, batch.inLen),
    features: cut(batch.features, featureDim),
    targets: cut(batch.targets, batch.outLen)!,
    targetMask: cut(batch.targetMask, batch.outLen)!,
  };
}

/** Builds an untrained model (weights from config.seed). Caller disposes. */
export function buildModel(config: ModelConfig, shape: TaskShape): RecurrentModel {
  return new RecurrentModel(config, shape);
}
