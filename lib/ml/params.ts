/**
 * A model's named parameters as tf.Variables. tfjs registers variables globally by name, so each
 * store prefixes its own instance id (two models — a student's and the scorer's — can coexist);
 * everything outside this file uses the plain names from config.ts (`lstm_0/kernel`, `out/bias`).
 */
import * as tf from '@tensorflow/tfjs';
import type { CellKind, ParamSpec } from './config';
import { initialValues } from './init';

let nextStoreId = 0;

export interface ModelParam {
  readonly name: string;
  readonly shape: readonly number[];
  readonly variable: tf.Variable;
}

export class ParamStore {
  readonly list: readonly ModelParam[];
  private readonly byName = new Map<string, ModelParam>();
  private readonly byVariableName = new Map<string, ModelParam>();

  /** Creates one variable per spec, with seeded initial values (see init.ts). */
  constructor(specs: readonly ParamSpec[], cell: CellKind, seed: number) {
    const id = nextStoreId++;
    this.list = specs.map((spec) => {
      const values = initialValues(spec, cell, seed);
      const variable = tf.tidy(() => tf.variable(tf.tensor(values, [...spec.shape]), true, `m${id}/${spec.name}`));
      const p: ModelParam = { name: spec.name, shape: spec.shape, variable };
      this.byName.set(spec.name, p);
      this.byVariableName.set(variable.name, p);
      return p;
    });
  }

  get(name: string): tf.Variable {
    const p = this.byName.get(name);
    if (!p) throw new Error(`Model has no parameter "${name}".`);
    return p.variable;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The plain parameter name behind a registered variable name (as in tf.variableGrads results). */
  nameOfVariable(variableName: string): string | undefined {
    return this.byVariableName.get(variableName)?.name;
  }

  /** Copies of all values, in spec order (for checkpoints and model files). */
  getWeights(): Float32Array[] {
    return this.list.map((p) => p.variable.dataSync() as Float32Array).map((a) => Float32Array.from(a));
  }

  /** Replaces all values, in spec order; sizes must match. */
  setWeights(values: readonly Float32Array[]): void {
    if (values.length !== this.list.length) throw new Error(`Expected ${this.list.length} weight arrays, got ${values.length}.`);
    this.list.forEach((p, i) => {
      const size = p.shape.reduce((a, b) => a * b, 1);
      if (values[i]!.length !== size) throw new Error(`Weight ${p.name} needs ${size} values, got ${values[i]!.length}.`);
    });
    this.list.forEach((p, i) => tf.tidy(() => p.variable.assign(tf.tensor(values[i]!, [...p.shape]))));
  }

  dispose(): void {
    for (const p of this.list) p.variable.dispose();
  }
}
