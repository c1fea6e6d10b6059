/**
 * One model = one binary file or socket message:
 *
 *   bytes 0..3   "UNRL" (magic)
 *   bytes 4..7   header length N, uint32 little-endian
 *   bytes 8..    header: N bytes of UTF-8 JSON (ModelHeader), then zero padding to a multiple of 4
 *   then         every weight as float32 little-endian, in header order (= parameterSpecs order)
 *
 * deserializeModel is the server's gate for untrusted submissions. It checks, in this order and
 * before allocating anything sized by the input: total size, magic, header length bounds, UTF-8,
 * JSON nesting depth, forbidden keys (`__proto__`, `constructor`, `prototype`), the header schema
 * (strict: unknown fields refused), the expected task, the config against the task, every weight's
 * name and shape against what the config implies, the parameter budget, the exact byte length, and
 * finally that every value is finite. Every error says what to change.
 */
import * as tf from '@tensorflow/tfjs';
import { z } from 'zod';
import { TASK_IDS, type TaskId, type TaskShape } from '../tasks/types';
import { ConfigError, ModelConfigSchema, parameterSpecs, parseModelConfig, type ModelConfig } from './config';
import { RecurrentModel } from './model';

export const FORMAT_VERSION = 1;
const MAGIC = [0x55, 0x4e, 0x52, 0x4c]; // "UNRL"

export interface ModelFileLimits {
  /** Whole file, bytes. */
  readonly maxBytes: number;
  /** JSON header, bytes. */
  readonly maxHeaderBytes: number;
  readonly maxJsonDepth: number;
  /** Trainable scalars (a challenge's "max model size"). */
  readonly maxParameters: number;
}

export const DEFAULT_LIMITS: ModelFileLimits = { maxBytes: 32 << 20, maxHeaderBytes: 64 << 10, maxJsonDepth: 8, maxParameters: 8_000_000 };

const ParamEntrySchema = z.strictObject({
  name: z.string().min(1).max(100),
  shape: z.array(z.number().int().min(1).max(1 << 24)).min(1).max(4),
});

export const ModelHeaderSchema = z
  .strictObject({
    formatVersion: z.literal(FORMAT_VERSION, { error: `formatVersion must be ${FORMAT_VERSION}` }),
    taskId: z.enum(TASK_IDS),
    level: z.string().min(1).max(64).optional(),
    dataset: z.string().min(1).max(64).optional(),
    config: ModelConfigSchema,
    params: z.array(ParamEntrySchema).min(1).max(256),
    tfjsVersion: z.string().min(1).max(32),
  })
  .refine((h) => (h.level === undefined) !== (h.dataset === undefined), { message: 'exactly one of level and dataset must be given' });
export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

/** Which task the caller expects the model for (the challenge's), and that task's shape. */
export interface ExpectedTask {
  readonly taskId: TaskId;
  readonly level?: string;
  readonly dataset?: string;
  readonly shape: TaskShape;
}

export interface DecodedModel {
  readonly header: ModelHeader;
  readonly config: ModelConfig;
  /** One array per header param, in order. */
  readonly weights: Float32Array[];
}

const fmtShape = (s: readonly number[]) => `[${s.join(',')}]`;
const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
const align4 = (n: number) => (n + 3) & ~3;

/** Serialises weights (model-file order) with their header. */
export function serializeModel(meta: { taskId: TaskId; level?: string; dataset?: string }, config: ModelConfig, shape: TaskShape, weights: readonly Float32Array[]): Uint8Array {
  const specs = parameterSpecs(config, shape);
  if (weights.length !== specs.length) throw new ModelFormatError(`Expected ${specs.length} weight arrays for this config, got ${weights.length}.`);
  specs.forEach((s, i) => {
    if (weights[i]!.length !== size(s.shape)) throw new ModelFormatError(`Weight ${s.name} needs ${size(s.shape)} values, got ${weights[i]!.length}.`);
  });
  const header: ModelHeader = {
    formatVersion: FORMAT_VERSION,
    taskId: meta.taskId,
    ...(meta.dataset !== undefined ? { dataset: meta.dataset } : { level: meta.level }),
    config,
    params: specs.map((s) => ({ name: s.name, shape: [...s.shape] })),
    tfjsVersion: tf.version.tfjs,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align4(8 + json.length);
  const out = new Uint8Array(start + 4 * weights.reduce((n, w) => n + w.length, 0));
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  const view = new DataView(out.buffer);
  let at = start;
  for (const w of weights) for (let i = 0; i < w.length; i++, at += 4) view.setFloat32(at, w[i]!, true);
  return out;
}

/** Deepest nesting of arrays/objects in JSON text, without parsing (so a deep input cannot recurse). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

function forbiddenKey(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = forbiddenKey(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return `${path}.${key}`;
      const bad = forbiddenKey((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (bad) return bad;
    }
  }
  return null;
}

function fail(message: string): never {
  throw new ModelFormatError(message);
}

/** Validates an untrusted model file (see the file comment for the order of checks). */
export function deserializeModel(bytes: Uint8Array, expect: ExpectedTask, limits: Partial<ModelFileLimits> = {}): DecodedModel {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length > lim.maxBytes) fail(`Model file is ${bytes.length} bytes; the limit is ${lim.maxBytes} bytes. Use a smaller model (fewer layers or hidden units).`);
  if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) fail('Not a model file: it does not start with the "UNRL" signature.');
  const headerLen = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (headerLen < 2 || headerLen > lim.maxHeaderBytes) fail(`Model header length ${headerLen} is outside 2..${lim.maxHeaderBytes} bytes.`);
  if (8 + headerLen > bytes.length) fail(`Model file is cut short: the header needs ${headerLen} bytes but only ${bytes.length - 8} follow.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLen));
  } catch {
    fail('Model header is not valid UTF-8.');
  }
  const depth = jsonDepth(text);
  if (depth > lim.maxJsonDepth) fail(`Model header nests ${depth} levels deep; at most ${lim.maxJsonDepth} are allowed.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(`Model header is not valid JSON (${(e as Error).message}).`);
  }
  const bad = forbiddenKey(raw, 'header');
  if (bad) fail(`Model header contains the forbidden key ${bad}.`);
  const parsed = ModelHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `${['header', ...i.path].join('.')}: unknown field(s) ${i.keys.join(', ')}` : `${['header', ...i.path].join('.')}: ${i.message}`));
    fail(`Model header is invalid: ${why.join('; ')}.`);
  }
  const header = parsed.data;
  const trainedFor = `${header.taskId} ${header.level !== undefined ? `level "${header.level}"` : `dataset "${header.dataset}"`}`;
  const wanted = `${expect.taskId} ${expect.dataset !== undefined ? `dataset "${expect.dataset}"` : `level "${expect.level}"`}`;
  if (header.taskId !== expect.taskId || header.level !== expect.level || header.dataset !== expect.dataset) fail(`This model was trained for ${trainedFor}, not ${wanted}.`);
  let config: ModelConfig;
  try {
    config = parseModelConfig(header.config, expect.shape);
  } catch (e) {
    fail(e instanceof ConfigError ? e.message : String(e));
  }
  const specs = parameterSpecs(config, expect.shape);
  const byName = new Map(header.params.map((p) => [p.name, p.shape]));
  for (const s of specs) {
    const got = byName.get(s.name);
    if (!got) fail(`Weight ${s.name} is missing; the config implies it with shape ${fmtShape(s.shape)}.`);
    if (fmtShape(got) !== fmtShape(s.shape)) fail(`Weight ${s.name} has shape ${fmtShape(got)} but the config implies ${fmtShape(s.shape)}.`);
  }
  const known = new Set(specs.map((s) => s.name));
  const extra = header.params.find((p) => !known.has(p.name));
  if (extra) fail(`Weight ${extra.name} is not part of a ${config.cell} model with this config.`);
  if (header.params.length !== specs.length || header.params.some((p, i) => p.name !== specs[i]!.name)) fail(`Weights must be listed once each, in the order ${specs.map((s) => s.name).join(', ')}.`);
  const total = specs.reduce((n, s) => n + size(s.shape), 0);
  if (total > lim.maxParameters) fail(`Model has ${total} parameters; at most ${lim.maxParameters} are allowed here. Use fewer layers or hidden units.`);
  const start = align4(8 + headerLen);
  if (bytes.length - start !== 4 * total) fail(`Model file has ${Math.max(0, bytes.length - start)} bytes of weights but its shapes need ${4 * total}.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, 4 * total);
  let at = 0;
  const weights = specs.map((s) => {
    const w = new Float32Array(size(s.shape));
    for (let i = 0; i < w.length; i++, at += 4) {
      const v = view.getFloat32(at, true);
      if (!Number.isFinite(v)) fail(`Weight ${s.name} has a non-finite value (${v}) at index ${i}.`);
      w[i] = v;
    }
    return w;
  });
  return { header, config, weights };
}

/** Model ready to predict from a validated file (caller disposes). */
export function modelFromBytes(bytes: Uint8Array, expect: ExpectedTask, limits: Partial<ModelFileLimits> = {}): RecurrentModel {
  const decoded = deserializeModel(bytes, expect, limits);
  const model = new RecurrentModel(decoded.config, expect.shape);
  model.setWeights(decoded.weights);
  return model;
}
