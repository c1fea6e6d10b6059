import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TaskShape } from '../tasks/types';
import { parameterSpecs, resolveModelConfig } from './config';
import { deserializeModel, jsonDepth, modelFromBytes, serializeModel, type ExpectedTask } from './model-format';
import { buildModel } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const shape: TaskShape = { head: 'classify', inputVocab: 8, outputVocab: 4, inLen: 10, outLen: 1, streamed: false };
const expected: ExpectedTask = { taskId: 'temporal-order', level: 'easy', shape };
const config = resolveModelConfig({ cell: 'lstm', hidden: 32 }, shape);
const specs = parameterSpecs(config, shape);
const weights = specs.map((s, i) => Float32Array.from({ length: s.shape.reduce((a, b) => a * b, 1) }, (_, j) => Math.sin(i * 100 + j)));
const good = serializeModel({ taskId: 'temporal-order', level: 'easy' }, config, shape, weights);

function headerOf(bytes: Uint8Array): Record<string, unknown> {
  const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
}

/** Same weights, a header rewritten as raw JSON text. */
function withHeader(text: string, weightBytes = good.subarray(good.length - 4 * weights.reduce((n, w) => n + w.length, 0))): Uint8Array {
  const json = new TextEncoder().encode(text);
  const start = (8 + json.length + 3) & ~3;
  const out = new Uint8Array(start + weightBytes.length);
  out.set([0x55, 0x4e, 0x52, 0x4c]);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(weightBytes, start);
  return out;
}

const edit = (f: (h: Record<string, any>) => void) => {
  const h = headerOf(good);
  f(h);
  return withHeader(JSON.stringify(h));
};

describe('model format round trip', () => {
  it('serializes and restores every weight exactly', () => {
    const d = deserializeModel(good, expected);
    expect(d.config).toEqual(config);
    expect(d.weights).toEqual(weights);
    expect(d.header.params.map((p) => p.name)).toEqual(specs.map((s) => s.name));
  });

  it('builds a model that predicts like the original', () => {
    const a = buildModel(config, shape);
    const bytes = serializeModel({ taskId: 'temporal-order', level: 'easy' }, config, shape, a.getWeights());
    const b = modelFromBytes(bytes, expected);
    const batch = { batchSize: 2, inLen: 3, outLen: 1, inputs: Int32Array.from([0, 2, 3, 4, 5, 6]), targets: Int32Array.from([0, 1]), targetMask: Float32Array.from([1, 1]) };
    expect(b.predict(batch)).toEqual(a.predict(batch));
    a.dispose();
    b.dispose();
  });
});

const hostile: [string, () => Uint8Array, RegExp][] = [
  ['empty input', () => new Uint8Array(0), /signature/],
  ['wrong magic', () => Uint8Array.from([1, 2, 3, 4, 0, 0, 0, 0]), /signature/],
  ['header length beyond the file', () => { const b = good.slice(); new DataView(b.buffer).setUint32(4, 60000, true); return b; }, /cut short/],
  ['huge header length', () => { const b = good.slice(); new DataView(b.buffer).setUint32(4, 0xffffffff, true); return b; }, /outside 2\.\./],
  ['invalid UTF-8', () => withHeader('{"a":"\udc00"}'.replace('\udc00', 'x')).map((v, i) => (i === 13 ? 0xff : v)), /UTF-8/],
  ['not JSON', () => withHeader('{"formatVersion":1,'), /not valid JSON/],
  ['deep nesting', () => withHeader('['.repeat(5000) + ']'.repeat(5000)), /nests 5000 levels/],
  ['__proto__ key', () => withHeader(JSON.stringify(headerOf(good)).replace('{"formatVersion"', '{"__proto__":{"polluted":true},"formatVersion"')), /forbidden key header\.__proto__/],
  ['constructor key in config', () => edit((h) => (h.config.constructor = 1)), /forbidden key header\.config\.constructor/],
  ['unknown header field', () => edit((h) => (h.extra = 1)), /unknown field\(s\) extra/],
  ['unknown config field', () => edit((h) => (h.config.dropout = 0.5)), /header\.config: unknown field\(s\) dropout/],
  ['future format version', () => edit((h) => (h.formatVersion = 2)), /formatVersion must be 1/],
  ['both level and dataset', () => edit((h) => (h.dataset = 'x')), /exactly one of level and dataset/],
  ['other task', () => edit((h) => (h.taskId = 'echo')), /trained for echo level "easy", not temporal-order level "easy"/],
  ['other level', () => edit((h) => (h.level = 'hard')), /not temporal-order level "easy"/],
  ['hidden out of range', () => edit((h) => (h.config.hidden = 100000)), /hidden must be at most 512/],
  ['relu on lstm', () => edit((h) => (h.config.activation = 'relu')), /only for the vanilla rnn cell/],
  ['shape mismatch', () => edit((h) => (h.params[0].shape = [8, 256])), /Weight lstm_0\/kernel has shape \[8,256\] but the config implies \[8,128\]/],
  ['config changed under the weights', () => edit((h) => (h.config.hidden = 16)), /has shape \[8,128\] but the config implies \[8,64\]/],
  ['missing weight', () => edit((h) => h.params.splice(1, 1)), /Weight lstm_0\/recurrent is missing/],
  ['extra weight', () => edit((h) => h.params.push({ name: 'evil/kernel', shape: [1] })), /evil\/kernel is not part of/],
  ['duplicated weight', () => edit((h) => h.params.push(h.params[0])), /listed once each/],
  ['reordered weights', () => edit((h) => h.params.reverse()), /listed once each, in the order/],
  ['truncated weights', () => good.subarray(0, good.length - 4), /bytes of weights but its shapes need/],
  ['trailing bytes', () => Uint8Array.from([...good, 0, 0, 0, 0]), /bytes of weights but its shapes need/],
  ['NaN weight', () => { const b = good.slice(); new DataView(b.buffer).setFloat32(b.length - 8, NaN, true); return b; }, /out\/bias has a non-finite value \(NaN\) at index 2/],
  ['Infinity weight', () => { const b = good.slice(); new DataView(b.buffer).setFloat32(b.length - 4 * 4 - 4 * 32 * 4 + 4, Infinity, true); return b; }, /out\/kernel has a non-finite value \(Infinity\)/],
];

describe('deserializeModel refuses hostile input', () => {
  it.each(hostile)('%s', (_, make, message) => {
    expect(() => deserializeModel(make(), expected)).toThrow(message);
  });

  it('refuses files over the size cap before reading them', () => {
    expect(() => deserializeModel(good, expected, { maxBytes: 100 })).toThrow(/limit is 100 bytes/);
  });

  it('refuses models over the parameter budget', () => {
    expect(() => deserializeModel(good, expected, { maxParameters: 1000 })).toThrow(/parameters; at most 1000 are allowed/);
  });
});

describe('jsonDepth', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['"[[[["', 0],
    ['{"a":"\\"[["}', 1],
  ])('%s → %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});
