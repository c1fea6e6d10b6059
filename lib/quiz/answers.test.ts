import { describe, expect, it } from 'vitest';
import { answerSchema, answerSchemaFor, correctAnswerOf, isCorrect, type Answer } from './answers';
import { buildBank } from './bank';
import type { Question } from './schema';
import { VALID } from './test-fixtures';

const withNumeric = (answer: number, tolerance: number): Question => ({ ...VALID.numeric, answer, tolerance }) as Question;

describe('isCorrect', () => {
  const cases: [string, Question, Answer | null, boolean][] = [
    ['single: right choice', VALID.single, { kind: 'single', choice: 2 }, true],
    ['single: wrong choice', VALID.single, { kind: 'single', choice: 0 }, false],
    ['single: out of range', VALID.single, { kind: 'single', choice: 9 }, false],
    ['multi: exact set', VALID.multi, { kind: 'multi', choices: [0, 2] }, true],
    ['multi: exact set, other order', VALID.multi, { kind: 'multi', choices: [2, 0] }, true],
    ['multi: subset', VALID.multi, { kind: 'multi', choices: [0] }, false],
    ['multi: superset', VALID.multi, { kind: 'multi', choices: [0, 1, 2] }, false],
    ['multi: same size, other set', VALID.multi, { kind: 'multi', choices: [0, 1] }, false],
    ['multi: repeats do not pad a subset', VALID.multi, { kind: 'multi', choices: [0, 0] }, false],
    ['multi: nothing picked', VALID.multi, { kind: 'multi', choices: [] }, false],
    ['numeric: exact integer', withNumeric(144, 0), { kind: 'numeric', value: 144 }, true],
    ['numeric: off by one, tolerance 0', withNumeric(144, 0), { kind: 'numeric', value: 145 }, false],
    ['numeric: inside tolerance', withNumeric(6.0224, 0.01), { kind: 'numeric', value: 6.02 }, true],
    ['numeric: on the tolerance edge', withNumeric(1.5, 0.25), { kind: 'numeric', value: 1.75 }, true],
    ['numeric: float representation (0.1 + 0.2)', withNumeric(0.3, 0), { kind: 'numeric', value: 0.1 + 0.2 }, true],
    ['numeric: just outside tolerance', withNumeric(6.0224, 0.01), { kind: 'numeric', value: 6.0 }, false],
    ['numeric: NaN', withNumeric(1, 1), { kind: 'numeric', value: Number.NaN }, false],
    ['ordering: exact order', VALID.ordering, { kind: 'ordering', order: [2, 0, 1] }, true],
    ['ordering: one swap', VALID.ordering, { kind: 'ordering', order: [0, 2, 1] }, false],
    ['ordering: too short', VALID.ordering, { kind: 'ordering', order: [2, 0] }, false],
    ['kind mismatch', VALID.single, { kind: 'numeric', value: 2 }, false],
    ['no answer', VALID.single, null, false],
  ];
  it.each(cases)('%s', (_name, question, answer, want) => {
    expect(isCorrect(question, answer)).toBe(want);
  });

  it('accepts the correct answer of every question in the bank, and refuses a wrong one', () => {
    for (const q of buildBank(11)) {
      const right = correctAnswerOf(q);
      expect(isCorrect(q, right), q.id).toBe(true);
      expect(answerSchemaFor(q).safeParse(right).success, q.id).toBe(true);
      expect(isCorrect(q, wrongAnswerOf(q)), q.id).toBe(false);
    }
  });
});

/** Some valid but wrong answer for a question. */
function wrongAnswerOf(q: Question): Answer {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choice: (q.answer + 1) % q.choices.length };
    case 'multi':
      return { kind: 'multi', choices: q.answers.length > 1 ? q.answers.slice(1) : [(q.answers[0]! + 1) % q.choices.length] };
    case 'numeric':
      return { kind: 'numeric', value: q.answer + q.tolerance + 1 };
    case 'ordering':
      return { kind: 'ordering', order: [...q.answer.slice(1), q.answer[0]!] };
  }
}

describe('answer payload schemas', () => {
  it.each([
    ['unknown kind', { kind: 'essay', text: 'x' }],
    ['extra key', { kind: 'single', choice: 1, cheat: true }],
    ['fractional choice', { kind: 'single', choice: 1.5 }],
    ['negative choice', { kind: 'single', choice: -1 }],
    ['choice as text', { kind: 'single', choice: '1' }],
    ['repeated multi choice', { kind: 'multi', choices: [1, 1] }],
    ['huge multi list', { kind: 'multi', choices: Array.from({ length: 17 }, (_, i) => i) }],
    ['numeric Infinity', { kind: 'numeric', value: Number.POSITIVE_INFINITY }],
    ['numeric as text', { kind: 'numeric', value: '12' }],
    ['ordering not an array', { kind: 'ordering', order: '0,1,2' }],
  ])('answerSchema refuses %s', (_name, payload) => {
    expect(answerSchema.safeParse(payload).success).toBe(false);
  });

  it.each([
    ['single choice past the end', VALID.single, { kind: 'single', choice: 3 }, /Pick one of the 3 choices/],
    ['multi choice past the end', VALID.multi, { kind: 'multi', choices: [0, 3] }, /only 3 choices/],
    ['incomplete ordering', VALID.ordering, { kind: 'ordering', order: [0, 1] }, /all 3 items/],
    ['ordering with a repeat', VALID.ordering, { kind: 'ordering', order: [0, 1, 1] }, /all 3 items/],
    ['wrong kind for the question', VALID.single, { kind: 'numeric', value: 1 }, /./],
  ])('answerSchemaFor refuses %s', (_name, question, payload, message) => {
    const r = answerSchemaFor(question).safeParse(payload);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  it('correctAnswerOf gives multi answers sorted and copies arrays', () => {
    const q = { ...VALID.multi, answers: [2, 0] } as Question;
    const a = correctAnswerOf(q);
    expect(a).toEqual({ kind: 'multi', choices: [0, 2] });
    const o = correctAnswerOf(VALID.ordering);
    expect(o).toEqual({ kind: 'ordering', order: [2, 0, 1] });
    (o as { order: number[] }).order.push(9);
    expect(VALID.ordering.kind === 'ordering' && VALID.ordering.answer).toEqual([2, 0, 1]);
  });
});
