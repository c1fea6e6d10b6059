import { describe, expect, it } from 'vitest';
import { bankSchema, isPermutation, questionSchema, type Question } from './schema';
import { VALID, fixtureText as bi } from './test-fixtures';

/** Each case: a broken copy of a valid question, and the path + message the refusal must carry. */
type Case = [string, Question['kind'], (q: Record<string, unknown>) => void, (string | number)[], RegExp];
const cases: Case[] = [
  ['unknown key', 'single', (q) => (q.anwser = 1), [], /Unrecognized key/],
  ['unknown kind', 'single', (q) => (q.kind = 'essay'), ['kind'], /kind must be one of single, multi, numeric, ordering/],
  ['unknown topic', 'single', (q) => (q.topic = 'cnn'), ['topic'], /topic must be one of/],
  ['id not kebab-case', 'single', (q) => (q.id = 'Forget Gate'), ['id'], /kebab-case/],
  ['"@" in a hand-written id', 'single', (q) => (q.id = 'x@3'), ['id'], /only generated questions/],
  ['generated id does not match its generator', 'numeric', (q) => ((q.id = 'g-lstm-params@3'), (q.generator = { id: 'g-lstm-params', seed: 4 })), ['id'], /must be "g-lstm-params@4"/],
  ['prompt missing Korean', 'single', (q) => (q.prompt = { en: 'x' }), ['prompt', 'ko'], /text is missing/],
  ['Korean prompt is a number', 'single', (q) => (q.prompt = { en: 'x', ko: 3 }), ['prompt', 'ko'], /text must be a string/],
  ['blank explanation', 'multi', (q) => (q.explanation = { en: '  ', ko: '설명' }), ['explanation', 'en'], /must not be empty/],
  ['extra language', 'single', (q) => (q.prompt = { en: 'x', ko: 'y', fr: 'z' }), ['prompt'], /Unrecognized key/],
  ['not a link', 'single', (q) => (q.videoUrl = 'youtube lecture 4'), ['videoUrl'], /http\(s\) link/],
  ['javascript: link', 'single', (q) => (q.videoUrl = 'javascript:alert(1)'), ['videoUrl'], /http\(s\) link/],
  ['single: one choice', 'single', (q) => ((q.choices = [bi('a')]), (q.answer = 0)), ['choices'], /choices must have 2 to 6 items/],
  ['single: seven choices', 'single', (q) => (q.choices = 'abcdefg'.split('').map((c) => bi(c))), ['choices'], /choices must have 2 to 6 items/],
  ['single: answer out of range', 'single', (q) => (q.answer = 3), ['answer'], /out of range/],
  ['single: negative answer', 'single', (q) => (q.answer = -1), ['answer'], /≥ 0/],
  ['single: fractional answer', 'single', (q) => (q.answer = 1.5), ['answer'], /whole number/],
  ['single: duplicate choices', 'single', (q) => (q.choices = [bi('a'), bi('b'), bi('A ')]), ['choices', 2, 'en'], /same text/],
  ['multi: no correct answer', 'multi', (q) => (q.answers = []), ['answers'], /at least one/],
  ['multi: repeated answer', 'multi', (q) => (q.answers = [0, 0]), ['answers'], /must not repeat/],
  ['multi: answer out of range', 'multi', (q) => (q.answers = [0, 5]), ['answers', 1], /out of range/],
  ['multi: single-style answer', 'multi', (q) => ((q.answer = 1), delete q.answers), [], /Unrecognized key/],
  ['numeric: answer is text', 'numeric', (q) => (q.answer = '144'), ['answer'], /answer must be a number/],
  ['numeric: negative tolerance', 'numeric', (q) => (q.tolerance = -0.1), ['tolerance'], /tolerance must be ≥ 0/],
  ['numeric: missing tolerance', 'numeric', (q) => delete q.tolerance, ['tolerance'], /tolerance must be a number/],
  ['numeric: has choices', 'numeric', (q) => (q.choices = [bi('a'), bi('b')]), [], /Unrecognized key/],
  ['ordering: not a permutation', 'ordering', (q) => (q.answer = [0, 0, 1]), ['answer'], /exactly once/],
  ['ordering: too short', 'ordering', (q) => (q.answer = [0, 1]), ['answer'], /exactly once/],
  ['ordering: one item', 'ordering', (q) => ((q.items = [bi('a')]), (q.answer = [0])), ['items'], /items must have 2 to 6 entries/],
];

describe('questionSchema', () => {
  it.each(Object.entries(VALID))('accepts a valid %s question', (_kind, q) => {
    expect(questionSchema.safeParse(q).success).toBe(true);
  });

  it('accepts a generated question whose id is <generator>@<seed>', () => {
    const q = { ...VALID.numeric, id: 'g-lstm-params@4', generator: { id: 'g-lstm-params', seed: 4 } };
    expect(questionSchema.safeParse(q).success).toBe(true);
  });

  it.each(cases)('refuses %s', (_name, kind, breakIt, path, message) => {
    const q = structuredClone(VALID[kind]) as unknown as Record<string, unknown>;
    breakIt(q);
    const r = questionSchema.safeParse(q);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => message.test(i.message));
    expect(issue, JSON.stringify(r.error!.issues)).toBeDefined();
    expect(issue!.path).toEqual(path);
  });
});

describe('bankSchema', () => {
  const bank = (questions: unknown[]) => ({ format: 'unrolled-quiz-bank', version: 1, questions });

  it('accepts a bank of valid questions', () => {
    expect(bankSchema.safeParse(bank(Object.values(VALID))).success).toBe(true);
  });

  it('refuses a repeated id and points at the second one', () => {
    const r = bankSchema.safeParse(bank([VALID.single, VALID.multi, { ...VALID.numeric, id: 'x-single' }]));
    expect(r.success).toBe(false);
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ['questions', 2, 'id'], message: 'id "x-single" is already used by question 1' })]);
  });

  it.each([
    ['wrong format', { format: 'kahoot', version: 1, questions: [] }, /format must be/],
    ['future version', { format: 'unrolled-quiz-bank', version: 2, questions: [] }, /version must be 1/],
    ['questions not a list', { format: 'unrolled-quiz-bank', version: 1, questions: {} }, /questions must be an array/],
  ])('refuses %s', (_name, value, message) => {
    const r = bankSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => message.test(i.message))).toBe(true);
  });
});

describe('isPermutation', () => {
  it.each([
    [[2, 0, 1], 3, true],
    [[0], 1, true],
    [[0, 1], 3, false],
    [[0, 0, 1], 3, false],
    [[0, 1, 3], 3, false],
    [[0, 1.5, 2], 3, false],
  ])('%j of %i → %s', (order, n, want) => {
    expect(isPermutation(order, n)).toBe(want);
  });
});
