import { describe, expect, it } from 'vitest';
import { buildBank } from './bank';
import { MAX_REPORTED_ERRORS, exportBankJson, formatJsonPath, validateBankJson, type BankError } from './bank-io';
import { VALID } from './test-fixtures';

/** Export the fixtures, then edit the text the way a person would in an editor. */
const base = exportBankJson(Object.values(VALID));
const lines = base.split('\n');
/** 1-based number of the last line before `before` (1-based) that passes `test`; 0 if none. */
const lastLineBefore = (text: string, before: number, test: (line: string) => boolean): number => {
  const all = text.split('\n');
  for (let i = Math.min(before, all.length + 1) - 2; i >= 0; i--) if (test(all[i]!)) return i + 1;
  return 0;
};
const lineOf = (needle: string, from = 0): number => {
  const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i + 1;
};

function errorsOf(text: string): readonly BankError[] {
  const r = validateBankJson(text);
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors;
}

describe('validateBankJson: line-precise errors', () => {
  it('accepts an exported bank', () => {
    const r = validateBankJson(base);
    expect(r.ok).toBe(true);
  });

  it('reports too few choices at the line of "choices"', () => {
    const one = { ...VALID.single, choices: [{ en: 'only', ko: '하나' }], answer: 0 };
    const text = JSON.stringify({ format: 'unrolled-quiz-bank', version: 1, questions: [VALID.multi, one] }, null, 2);
    const choicesLine = lastLineBefore(text, Infinity, (l) => l.includes('"choices"'));
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ line: choicesLine, text: `line ${choicesLine}: choices must have 2 to 6 items (questions[1].choices)` }),
    ]);
  });

  it('reports an unknown key at its own line', () => {
    const at = lineOf('"id": "x-numeric"');
    const text = lines.map((l, i) => (i + 1 === at ? `${l}\n      "anwser": 3,` : l)).join('\n');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ line: at + 1, message: 'unknown key "anwser"', path: ['questions', 2, 'anwser'] })]);
  });

  it('reports a missing key at the line where its object starts', () => {
    const at = lineOf('"tolerance"');
    const text = lines.filter((_, i) => i + 1 !== at).join('\n');
    const objectStart = lastLineBefore(base, at, (l) => l.trim() === '{');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ line: objectStart, message: '"tolerance" is missing' })]);
  });

  it('reports a wrong value type at the value, and several errors in line order', () => {
    const kindLine = lineOf('"kind": "ordering"');
    const answerLine = lineOf('"answer": 144');
    const text = lines
      .map((l, i) => (i + 1 === kindLine ? l.replace('"ordering"', '"essay"') : i + 1 === answerLine ? l.replace('144', '"144"') : l))
      .join('\n');
    const errs = errorsOf(text);
    expect(errs.map((e) => e.line)).toEqual([answerLine, kindLine]);
    expect(errs[0]!.text).toBe(`line ${answerLine}: answer must be a number (questions[2].answer)`);
    expect(errs[1]!.text).toMatch(new RegExp(`^line ${kindLine}: kind must be one of`));
  });

  it('reports a repeated id at the second one', () => {
    const second = lineOf('"id": "x-multi"');
    const text = lines.map((l, i) => (i + 1 === second ? l.replace('x-multi', 'x-single') : l)).join('\n');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ line: second, message: 'id "x-single" is already used by question 1' })]);
  });

  it('reports an answer index out of range inside a list', () => {
    const at = lineOf('"answers"');
    // Exported lists put one item per line: "answers": [ / 0, / 2 ] — the 2 is two lines down.
    const text = base.replace(/("answers": \[\s*0,\s*)2/, '$17');
    const errs = errorsOf(text);
    expect(errs).toEqual([expect.objectContaining({ line: at + 2, path: ['questions', 1, 'answers', 1] })]);
    expect(errs[0]!.message).toMatch(/answer 7 is out of range/);
  });

  it('reports JSON syntax errors with line and column', () => {
    const at = lineOf('"tolerance"');
    const text = lines.map((l, i) => (i + 1 === at ? l.replace(',', '') : l)).join('\n');
    const errs = errorsOf(text);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.line).toBe(at + 1);
    expect(errs[0]!.text).toMatch(new RegExp(`^line ${at + 1}: invalid JSON: expected ',' or '}'`));
  });

  it('accepts a file saved with a byte-order mark, and counts columns as in the editor', () => {
    expect(validateBankJson(`\uFEFF${base}`).ok).toBe(true);
    expect(errorsOf('\uFEFF{"format": 1}')[0]).toMatchObject({ line: 1 });
  });

  it.each([
    ['an empty file', ''],
    ['a bare list', '[]'],
    ['plain text', 'hello'],
  ])('refuses %s with a line number', (_name, text) => {
    const errs = errorsOf(text);
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]!.text).toMatch(/^line 1: /);
  });

  it(`stops listing after ${MAX_REPORTED_ERRORS} errors`, () => {
    const many = Array.from({ length: MAX_REPORTED_ERRORS + 10 }, (_, i) => ({ ...VALID.single, id: `q-${i}`, answer: 9 }));
    const errs = errorsOf(JSON.stringify({ format: 'unrolled-quiz-bank', version: 1, questions: many }, null, 2));
    expect(errs).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errs.at(-1)!.message).toBe('… and 10 more errors');
  });
});

describe('export → import round trip', () => {
  it.each([0, 1, 2024])('the built-in bank (seed %i) comes back unchanged', (seed) => {
    const bank = buildBank(seed);
    const text = exportBankJson(bank);
    const r = validateBankJson(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.bank.questions).toEqual(bank);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('formatJsonPath', () => {
  it.each([
    [[], ''],
    [['questions', 3, 'choices'], 'questions[3].choices'],
    [['a b', 0], '["a b"][0]'],
  ] as const)('%j → %s', (path, want) => {
    expect(formatJsonPath(path)).toBe(want);
  });
});
