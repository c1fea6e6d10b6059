import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { insertInstructor } from '../../db/queries/instructors';
import type { ErrorCode } from '../../lib/protocol/errors';
import { STATIC_QUESTIONS, QUESTION_GENERATORS } from '../../lib/quiz/bank';
import { exportBankJson, validateBankJson } from '../../lib/quiz/bank-io';
import type { SingleQuestion } from '../../lib/quiz/schema';
import { VALID } from '../../lib/quiz/test-fixtures';
import { BankImportError, isBuiltInId, QuizBank } from './quiz-bank';

let db: Db;
let bank: QuizBank;
const own = { ...(VALID.single as SingleQuestion), id: 'my-forget-gate' };

function codeOf(fn: () => unknown): ErrorCode {
  try {
    fn();
  } catch (err) {
    return (err as { code: ErrorCode }).code;
  }
  throw new Error('expected an error');
}

beforeEach(() => {
  db = openDb(':memory:');
  for (const id of ['ada', 'bo']) insertInstructor(db, { id, name: id, nameKey: id, passwordHash: 'x', passwordSalt: 'x', createdAt: 0 });
  bank = new QuizBank(db);
});

describe('isBuiltInId', () => {
  it.each([
    [STATIC_QUESTIONS[0]!.id, true],
    [QUESTION_GENERATORS[0]!.id, true],
    [`${QUESTION_GENERATORS[0]!.id}@123`, true],
    ['my-own-question', false],
  ])('%s → %s', (id, builtIn) => {
    expect(isBuiltInId(id)).toBe(builtIn);
  });
});

describe('own questions', () => {
  it('are created, listed, updated (renamed too) and removed, per instructor', () => {
    bank.create('ada', own);
    expect(bank.own('ada')).toEqual([own]);
    expect(bank.own('bo')).toEqual([]);
    bank.update('ada', own.id, { ...own, id: 'renamed', answer: 0 });
    expect(bank.own('ada')).toEqual([{ ...own, id: 'renamed', answer: 0 }]);
    expect(codeOf(() => bank.remove('bo', 'renamed'))).toBe('not-found');
    bank.remove('ada', 'renamed');
    expect(bank.own('ada')).toEqual([]);
  });

  it('may not take a built-in id or an id already used', () => {
    expect(codeOf(() => bank.create('ada', { ...own, id: STATIC_QUESTIONS[0]!.id }))).toBe('question-id-taken');
    bank.create('ada', own);
    expect(codeOf(() => bank.create('ada', own))).toBe('question-id-taken');
    bank.create('bo', own); // another instructor's bank is separate
    bank.create('ada', { ...own, id: 'second' });
    expect(codeOf(() => bank.update('ada', 'second', own))).toBe('question-id-taken');
    expect(codeOf(() => bank.update('ada', 'missing', own))).toBe('not-found');
  });

  it('join the pool a round draws from, and resolve by id in the order asked', () => {
    bank.create('ada', own);
    expect(bank.pool('ada', 1).map((x) => x.id)).toContain(own.id);
    expect(bank.resolve('ada', [STATIC_QUESTIONS[3]!.id, own.id]).map((x) => x.id)).toEqual([STATIC_QUESTIONS[3]!.id, own.id]);
    const generated = `${QUESTION_GENERATORS[0]!.id}@77`;
    expect(bank.resolve('ada', [generated])[0]!.id).toBe(generated);
    expect(codeOf(() => bank.resolve('bo', [own.id]))).toBe('not-found');
  });
});

describe('import and export', () => {
  it('exports a valid bank with the built-in questions and the instructor’s own', () => {
    bank.create('ada', own);
    const parsed = validateBankJson(bank.exportJson('ada'));
    expect(parsed.ok).toBe(true);
    const ids = parsed.ok ? parsed.bank.questions.map((x) => x.id) : [];
    expect(ids).toContain(own.id);
    expect(ids).toEqual(expect.arrayContaining(STATIC_QUESTIONS.map((x) => x.id)));
  });

  it('imports new questions, replaces own ones with the same id, and skips built-in ids', () => {
    bank.create('ada', own);
    const text = exportBankJson([STATIC_QUESTIONS[0]!, { ...own, answer: 1 }, { ...VALID.numeric, id: 'new-numeric' }]);
    expect(bank.importJson('ada', text)).toEqual({ created: 1, updated: 1, skipped: 1 });
    expect(bank.own('ada').map((x) => [x.id, x.kind === 'single' ? x.answer : null])).toEqual([
      [own.id, 1],
      ['new-numeric', null],
    ]);
  });

  it('refuses a broken file as a whole, with every problem on its line', () => {
    const good = exportBankJson([{ ...own, id: 'fine' }, { ...VALID.single, id: 'broken' }]);
    const text = good.replace('"answer": 2', '"answer": 9');
    let error: BankImportError | undefined;
    try {
      bank.importJson('ada', text);
    } catch (err) {
      error = err as BankImportError;
    }
    expect(error).toBeInstanceOf(BankImportError);
    expect(error!.code).toBe('bank-invalid');
    const line = text.split('\n').findIndex((l) => l.includes('"answer": 9')) + 1;
    expect(error!.errors.map((e) => e.line)).toContain(line);
    expect(error!.errors[0]!.text).toMatch(new RegExp(`^line ${line}: answer 9 is out of range`));
    expect(bank.own('ada')).toEqual([]); // nothing stored from a file with problems
  });
});
