/**
 * fast-check arbitraries of hostile input: wrong types, huge strings and arrays, deep nesting,
 * prototype keys, binary where text is expected (and text where binary is), odd Unicode, and values
 * that are well-formed but name someone else's things. `mutated(template)` breaks one part of a
 * valid example; the fuzzers send those next to wholly arbitrary values.
 */
import fc from 'fast-check';

/** Sizes of "huge" things (characters or elements). 64 KiB + 1 is one past the REST body limit. */
export const HUGE_SIZES = [65_537, 300_000, 1_000_000] as const;
/** Past the socket.io message limit (MAX_MESSAGE_BYTES, ~4.2 MB): the connection must be closed. */
export const OVER_SOCKET_LIMIT = 4_600_000;

/** An own, enumerable property even for `__proto__` (plain assignment would set the prototype). */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

/** `{"__proto__": {...}}` and friends, built as JSON.parse would (own keys). */
const protoObject = fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.jsonValue({ maxDepth: 2 })).map(([key, inner]) => {
  const polluting = { polluted: true, isAdmin: true, prototype: { polluted: true }, inner };
  const out = {};
  defineOwn(out, key, polluting);
  return out;
});

/** Strings that are texts, but nasty ones. */
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u202Eevil',
    '\uD800',
    '\uDFFF\uD800',
    '💥'.repeat(50),
    '<script>alert(1)</script>',
    "'; drop table participants; --",
    '../../../../etc/passwd',
    '%s%s%s%n',
    '${process.exit()}',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    'null',
    'undefined',
    'true',
    '[object Object]',
    '\r\n\r\nHTTP/1.1 200 OK',
    'A'.repeat(43),
    'Z'.repeat(6),
    '00000000-0000-4000-8000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const wrongPrimitive = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
);

/** Long strings and arrays. Rare: each costs a few MB of traffic. */
const huge = fc.oneof(
  fc.constantFrom(...HUGE_SIZES, OVER_SOCKET_LIMIT).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...HUGE_SIZES).map((n) => 'é'.repeat(n)),
  fc.constantFrom(10_000, 200_000).map((n) => new Array<number>(n).fill(7)),
  fc.constantFrom(5_000).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
);

/** Nesting far past anything a schema expects (kept below what the client's own recursion survives). */
const deep = fc.tuple(fc.constantFrom(64, 500, 2_000), fc.boolean()).map(([depth, asArray]) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
});

/** Binary where a text or number is expected: small blobs, and sizeable ones. */
const binary = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.constantFrom(100_000, 1_000_000).map((n) => new Uint8Array(n).fill(0x41)),
  fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) => b.buffer as ArrayBuffer),
);

/** Text or JSON where binary is expected (a model as base64, as numbers, as Node's Buffer JSON). */
export const notBinary = fc.oneof(
  fc.constantFrom('VU5STA==', 'UNRL', ''),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }),
  fc.uint8Array({ maxLength: 20 }).map((b) => ({ type: 'Buffer', data: [...b] })),
  fc.constant({ byteLength: 10, length: 10, 0: 85 }),
);

/** Any hostile value; `plausible` are well-formed values naming someone else's things. */
export function hostileValue(plausible: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 3, arbitrary: wrongPrimitive },
    { weight: 3, arbitrary: nastyString },
    { weight: 2, arbitrary: protoObject },
    { weight: 2, arbitrary: binary },
    { weight: 1, arbitrary: notBinary },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: huge },
    { weight: plausible.length ? 3 : 0, arbitrary: plausible.length ? fc.constantFrom(...plausible) : fc.constant(null) },
  );
}

type Path = Array<string | number>;

/** Every path to an object member or array element of a JSON-like value (binary counts as a leaf). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof ArrayBuffer) return [];
  const out: Path[] = [];
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k;
    out.push([...prefix, key], ...pathsOf(v, [...prefix, key]));
  }
  return out;
}

/** A deep copy that keeps binary as is. */
function clone(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof ArrayBuffer) return value;
  if (Array.isArray(value)) return value.map(clone);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) defineOwn(out, k, clone(v));
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  return at;
}

const EXTRA_KEYS = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'score', 'isAdmin', 'admin', 'participantId', 'publicScore', 'instructorId', 'secret'), fc.string({ maxLength: 20 }), fc.constant('k'.repeat(10_000)));

/** One hostile change to a valid example: replace, add or drop a member, or change its type as a whole. */
export function mutated(template: unknown, hostile: fc.Arbitrary<unknown>, modelBytes?: Uint8Array): fc.Arbitrary<unknown> {
  const paths = pathsOf(template);
  const replace = fc.tuple(fc.constantFrom(...(paths.length ? paths : [[]])), hostile).map(([path, v]) => {
    if (!path.length) return v;
    const copy = clone(template);
    defineOwn(parentOf(copy, path), String(path.at(-1)), v);
    return copy;
  });
  const add = fc.tuple(EXTRA_KEYS, hostile).map(([key, v]) => {
    const copy = clone(template);
    if (copy && typeof copy === 'object') defineOwn(copy, key, v);
    return copy;
  });
  const drop = fc.constantFrom(...(paths.length ? paths : [[]])).map((path) => {
    const copy = clone(template);
    if (path.length) delete parentOf(copy, path)[path.at(-1)!];
    return copy;
  });
  const reshaped = fc.constantFrom('array', 'string', 'wrapped', 'number').map((how) =>
    how === 'array' ? [template] : how === 'string' ? JSON.stringify(template, (_k, v) => (v instanceof Uint8Array ? '<binary>' : v)) : how === 'wrapped' ? { payload: template } : 42,
  );
  const arbs: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 6, arbitrary: replace },
    { weight: 2, arbitrary: add },
    { weight: 2, arbitrary: drop },
    { weight: 1, arbitrary: reshaped },
  ];
  // A model file damaged in one place: flipped bytes, cut short, or grown.
  if (modelBytes && paths.some((p) => p.length === 1 && p[0] === 'model')) {
    const damaged = fc
      .tuple(fc.nat({ max: modelBytes.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.constantFrom('flip', 'cut', 'grow'))
      .map(([at, xor, how]) => {
        const bytes = how === 'cut' ? modelBytes.slice(0, at) : how === 'grow' ? new Uint8Array([...modelBytes, ...new Uint8Array(at % 64)]) : new Uint8Array(modelBytes);
        if (how === 'flip') bytes[at] = bytes[at]! ^ xor;
        const copy = clone(template) as Record<string, unknown>;
        copy.model = bytes;
        return copy;
      });
    arbs.push({ weight: 3, arbitrary: damaged });
  }
  return fc.oneof(...arbs);
}

/** A short description of a value for reports (never the whole of a huge one). */
export function describe(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? `<${v.length} bytes>` : v instanceof ArrayBuffer ? `<ArrayBuffer ${v.byteLength}>` : v)) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

/** About how many bytes socket.io will send for these arguments (JSON text plus binary attachments). */
export function approxBytes(value: unknown): number {
  let binaryBytes = 0;
  const text = JSON.stringify(value, (_k, v) => {
    if (v instanceof Uint8Array) return (binaryBytes += v.length), 0;
    if (v instanceof ArrayBuffer) return (binaryBytes += v.byteLength), 0;
    return v;
  });
  return Buffer.byteLength(text ?? '') + binaryBytes;
}
