import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, positionAt, scanJson, type JsonLocations } from './json-locator';

const DOC = `{
  "format": "unrolled-quiz-bank",
  "questions": [
    {
      "id": "a",
      "choices": ["x", "y"]
    },
    { "id": "b", "nested": { "deep": [1, 2, {"k": null}] } }
  ],
  "weird key \\"q\\"": true
}`;

function locations(text: string): JsonLocations {
  const r = scanJson(text);
  if (!r.ok) throw new Error(`scan failed: ${r.message}`);
  return r.locations;
}

describe('scanJson locations', () => {
  const loc = locations(DOC);
  it.each([
    [[], 1, 1],
    [['format'], 2, 13],
    [['questions'], 3, 16],
    [['questions', 0], 4, 5],
    [['questions', 0, 'id'], 5, 13],
    [['questions', 0, 'choices', 1], 6, 24],
    [['questions', 1], 8, 5],
    [['questions', 1, 'nested', 'deep', 2, 'k'], 8, 51],
    [['weird key "q"'], 10, 22],
  ] as const)('value at %j is on line %i, column %i', (path, line, column) => {
    expect(loc.valueAt(path)).toMatchObject({ line, column });
  });

  it.each([
    [['format'], 2, 3],
    [['questions', 0, 'choices'], 6, 7],
    [['questions', 1, 'id'], 8, 7],
  ] as const)('key of %j is on line %i, column %i', (path, line, column) => {
    expect(loc.keyAt(path)).toMatchObject({ line, column });
  });

  it('knows nothing of paths that are not in the document', () => {
    expect(loc.valueAt(['questions', 5])).toBeUndefined();
    expect(loc.valueAt(['questions', 0, 'prompt'])).toBeUndefined();
    expect(loc.keyAt(['questions', 0])).toBeUndefined();
  });

  it('keeps the last of repeated keys, as JSON.parse does', () => {
    expect(locations('{"a": 1,\n"a": 2}').valueAt(['a'])).toMatchObject({ line: 2 });
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['0', '-0.5e+3', '"\\u00e9\\n"', '[]', '{}', ' [true, false, null] ', '{"a":{"b":[[]]}}']) {
      expect(scanJson(text).ok, text).toBe(true);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});

describe('scanJson syntax errors', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": 2,\n}', 4, 1, /property name/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /',' or '}'/],
    ['[1, 2', 1, 6, /',' or ']'.*end of the text/],
    ['{"a": tru}', 1, 7, /expected a value/],
    ['{"a": 01}', 1, 8, /',' or '}'/],
    ['{"a": "line\nbreak"}', 1, 12, /control character/],
    ['{"a": "\\x"}', 1, 8, /bad escape/],
    ['{"a": "\\u12"}', 1, 8, /\\u escape/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": 1} x', 1, 10, /after the end/],
    ['', 1, 1, /expected a value/],
    ['{"a": "open', 1, 12, /unterminated/],
    ['\r\n\r\n  ]', 3, 3, /expected a value/],
  ])('%j → line %i, column %i', (text, line, column, message) => {
    const r = scanJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toMatchObject({ line, column });
    expect(r.message).toMatch(message);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 2) + ']'.repeat(MAX_JSON_DEPTH + 2);
    const r = scanJson(deep);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/nesting/);
    expect(scanJson('['.repeat(50) + ']'.repeat(50)).ok).toBe(true);
  });
});

describe('positionAt', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['a\n\nb', 3, 3, 1],
  ])('%j offset %i → line %i, column %i', (text, offset, line, column) => {
    expect(positionAt(text, offset)).toMatchObject({ line, column });
  });
});
