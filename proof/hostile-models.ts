/**
 * A corpus of hostile model files, made by code from one valid file (temporal-order easy, LSTM,
 * hidden 4): lies in the preamble, broken or nested or polluting JSON headers, wrong versions, tasks
 * and levels, configs out of range, weights missing, extra, repeated, misordered or mis-shaped,
 * shapes that declare billions of values, huge parameter counts inside the byte limit, float64
 * weights, NaN and Infinity, cut and padded files, and files past the size limits.
 *
 * Each entry says why the server must refuse it (a pattern of the error message), so a refusal for
 * the wrong reason — or a refusal after scoring — counts as a failure. Used by hostile-models.test.ts.
 */
import { parameterSpecs } from '../lib/ml/config';
import { MAX_MODEL_BYTES } from '../lib/protocol/challenge';
import type { TaskShape } from '../lib/tasks/types';

export interface HostileModel {
  name: string;
  bytes: Uint8Array;
  /** The error code and message the server must answer with. */
  code: 'model-rejected' | 'invalid-payload';
  message: RegExp;
}

const MAGIC = [0x55, 0x4e, 0x52, 0x4c];
const align4 = (n: number) => (n + 3) & ~3;

/** Splits a valid file into its header object and its weight bytes. */
export function splitModel(bytes: Uint8Array): { header: any; weights: Uint8Array } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
  return { header, weights: bytes.slice(align4(8 + length)) };
}

/** Assembles a file: magic, header length (or a lie), header text, zero padding, weight bytes. */
export function assemble(headerText: string | Uint8Array, weights: Uint8Array, declaredLength?: number): Uint8Array {
  const text = typeof headerText === 'string' ? new TextEncoder().encode(headerText) : headerText;
  const start = align4(8 + text.length);
  const out = new Uint8Array(start + weights.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, declaredLength ?? text.length, true);
  out.set(text, 8);
  out.set(weights, start);
  return out;
}

const floats = (n: number, fill = 0.01) => new Uint8Array(new Float32Array(n).fill(fill).buffer);

/** Number of float32 values of a weight list. */
const countOf = (params: Array<{ shape: number[] }>) => params.reduce((n, p) => n + p.shape.reduce((a, b) => a * b, 1), 0);

export function hostileModels(valid: Uint8Array, shape: TaskShape): HostileModel[] {
  const { header, weights } = splitModel(valid);
  const json = (h: unknown) => JSON.stringify(h);
  const withHeader = (patch: (h: any) => unknown, w = weights) => assemble(json(patch(structuredClone(header))), w);
  const rejected = (name: string, bytes: Uint8Array, message: RegExp): HostileModel => ({ name, bytes, code: 'model-rejected', message });
  const params = header.params as Array<{ name: string; shape: number[] }>;

  // Configs far over the challenge's maxParameters, with the weight list they imply: an LSTM of
  // 2 × 200 (~490k parameters, 2 MB of weights: inside the byte limit), and one of 3 × 512 (~5.3M)
  // whose weights are not sent at all (the count must be refused before anything is read or allocated).
  const bigConfig = { ...header.config, hidden: 200, layers: 2 };
  const bigParams = parameterSpecs(bigConfig, shape).map((p) => ({ name: p.name, shape: [...p.shape] }));
  const hugeConfig = { ...header.config, hidden: 512, layers: 3 };
  const hugeParams = parameterSpecs(hugeConfig, shape).map((p) => ({ name: p.name, shape: [...p.shape] }));

  const nested = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const cases: HostileModel[] = [
    rejected('an empty file', new Uint8Array(0), /does not start with the "UNRL" signature/),
    rejected('7 bytes', valid.slice(0, 7), /signature/),
    rejected('a zip file', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]), /signature/),
    rejected('header length 0', assemble('', weights, 0), /header length 0 is outside/),
    rejected('header length 4 GiB (a lie)', assemble(json(header), weights, 0xffffffff), /header length 4294967295 is outside/),
    rejected('header length past the end of the file', assemble(json(header), new Uint8Array(0), 60_000), /cut short/),
    rejected('header length just over the 64 KiB limit', assemble(json(header), weights, 65 * 1024 + 1), /outside 2\.\.65536/),
    rejected('a header that is not UTF-8', assemble(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), weights), /not valid UTF-8/),
    rejected('a header that is not JSON', assemble('{"formatVersion": 1,', weights), /not valid JSON/),
    rejected('a header that is a JSON array', assemble('[1,2,3]', weights), /header is invalid/),
    rejected('a header that is null', assemble('null', weights), /header is invalid/),
    rejected('a header nested 10,000 deep', assemble(nested, weights), /nests 10000 levels deep/),
    rejected('a __proto__ key', assemble(json(header).replace('{', '{"__proto__":{"isAdmin":true},'), weights), /forbidden key header\.__proto__/),
    rejected('a constructor key in the config', withHeader((h) => ({ ...h, config: { ...h.config, constructor: { prototype: { polluted: 1 } } } })), /forbidden key header\.config\.constructor/),
    rejected('a prototype key in a weight entry', withHeader((h) => ({ ...h, params: h.params.map((p: object, i: number) => (i ? p : { ...p, prototype: 1 })) })), /forbidden key header\.params\[0\]\.prototype/),
    rejected('an unknown top-level field', withHeader((h) => ({ ...h, trainedScore: 1 })), /unknown field\(s\) trainedScore/),
    rejected('an unknown config field', withHeader((h) => ({ ...h, config: { ...h.config, dropout: 0.5 } })), /unknown field.*dropout/),
    rejected('a dtype field on a weight (float64 claimed)', withHeader((h) => ({ ...h, params: h.params.map((p: object) => ({ ...p, dtype: 'float64' })) })), /unknown field\(s\) dtype/),
    rejected('format version 2', withHeader((h) => ({ ...h, formatVersion: 2 })), /formatVersion must be 1/),
    rejected('another task', withHeader((h) => ({ ...h, taskId: 'echo' })), /trained for echo/),
    rejected('another level', withHeader((h) => ({ ...h, level: 'hard' })), /trained for temporal-order level "hard", not temporal-order level "easy"/),
    rejected('a dataset instead of a level', withHeader(({ level: _l, ...h }) => ({ ...h, dataset: 'reviews' })), /trained for temporal-order dataset "reviews"/),
    rejected('both a level and a dataset', withHeader((h) => ({ ...h, dataset: 'reviews' })), /exactly one of level and dataset/),
    rejected('an unknown task id', withHeader((h) => ({ ...h, taskId: 'transformer-chat' })), /header\.taskId/),
    rejected('hidden = 10⁹', withHeader((h) => ({ ...h, config: { ...h.config, hidden: 1e9 } })), /hidden must be at most 512/),
    rejected('100 layers', withHeader((h) => ({ ...h, config: { ...h.config, layers: 100 } })), /layers must be at most 3/),
    rejected('an unknown cell', withHeader((h) => ({ ...h, config: { ...h.config, cell: 'transformer' } })), /config\.cell/),
    rejected('a weight missing', withHeader((h) => ({ ...h, params: h.params.slice(1) })), /Weight \S+ is missing/),
    rejected('a mis-shaped weight', withHeader((h) => ({ ...h, params: h.params.map((p: any, i: number) => (i ? p : { ...p, shape: [...p.shape].reverse() })) })), /has shape \[\d+,\d+\] but the config implies/),
    rejected('declared shapes of 2^48 values', withHeader((h) => ({ ...h, params: h.params.map((p: any) => ({ ...p, shape: [1 << 24, 1 << 24] })) })), /has shape \[16777216,16777216\] but the config implies/),
    rejected('a shape dimension past 2^24', withHeader((h) => ({ ...h, params: h.params.map((p: any) => ({ ...p, shape: [2 ** 31, 1] })) })), /header\.params\.0\.shape\.0/),
    rejected('a weight listed twice', withHeader((h) => ({ ...h, params: [...h.params, h.params[0]] })), /listed once each/),
    rejected('an extra weight', withHeader((h) => ({ ...h, params: [...h.params, { name: 'backdoor/kernel', shape: [4, 4] }] })), /Weight backdoor\/kernel is not part of/),
    rejected('weights out of order', withHeader((h) => ({ ...h, params: [...h.params].reverse() })), /listed once each, in the order/),
    rejected('float64 weights (twice the bytes)', assemble(json(header), new Uint8Array(new Float64Array(countOf(params)).fill(0.01).buffer)), /bytes of weights but its shapes need/),
    rejected('weights cut short by 4 bytes', valid.slice(0, valid.length - 4), /bytes of weights but its shapes need/),
    rejected('4 extra bytes after the weights', new Uint8Array([...valid, 0, 0, 0, 0]), /bytes of weights but its shapes need/),
    rejected('a NaN weight', withNonFinite(valid, Number.NaN), /non-finite value \(NaN\)/),
    rejected('an Infinity weight', withNonFinite(valid, Infinity), /non-finite value \(Infinity\)/),
    rejected('a -Infinity weight', withNonFinite(valid, -Infinity), /non-finite value \(-Infinity\)/),
    rejected(`${countOf(bigParams)} parameters inside the byte limit`, assemble(json({ ...header, config: bigConfig, params: bigParams }), floats(countOf(bigParams))), /Model has \d+ parameters; at most 5000/),
    rejected(`${countOf(hugeParams)} parameters declared, no weights sent`, assemble(json({ ...header, config: hugeConfig, params: hugeParams }), new Uint8Array(0)), /Model has \d+ parameters; at most 5000/),
    rejected('no weights listed at all', withHeader((h) => ({ ...h, params: [] }), new Uint8Array(0)), /header\.params/),
    { name: 'one byte past MAX_MODEL_BYTES', bytes: new Uint8Array(MAX_MODEL_BYTES + 1), code: 'invalid-payload', message: /A model file is at most \d+ bytes/ },
  ];
  return cases;
}

function withNonFinite(bytes: Uint8Array, value: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  new DataView(copy.buffer).setFloat32(copy.length - 8, value, true);
  return copy;
}
