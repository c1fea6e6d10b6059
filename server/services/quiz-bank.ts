/**
 * The question bank as an instructor sees it: the built-in bank (lib/quiz) plus their own questions,
 * stored in the database. Own questions are validated by lib/quiz's `questionSchema` before they are
 * stored; their ids may not shadow a built-in question (a round or a student's mastery would not
 * know which one was meant).
 */
import type { Db } from '../../db/client';
import * as q from '../../db/queries/quiz';
import { UserError } from '../../lib/protocol/errors';
import { exportBankJson, validateBankJson, type BankError } from '../../lib/quiz/bank-io';
import { STATIC_QUESTIONS, buildBank, findBuiltInQuestion, generatorById } from '../../lib/quiz/bank';
import { familyOf } from '../../lib/quiz/review';
import { questionSchema, type Question } from '../../lib/quiz/schema';

const STATIC_IDS = new Set(STATIC_QUESTIONS.map((x) => x.id));

/** Seed of the generated questions listed and exported (a round draws its own seed). */
export const LISTED_BANK_SEED = 0;

/** True for the id of a built-in question or of any instance or family of a built-in generator. */
export function isBuiltInId(id: string): boolean {
  return STATIC_IDS.has(id) || generatorById(familyOf(id)) !== undefined;
}

export interface OwnQuestion {
  question: Question;
  createdAt: number;
  updatedAt: number;
}

export interface QuestionSummary {
  id: string;
  topic: Question['topic'];
  kind: Question['kind'];
  prompt: Question['prompt'];
  own: boolean;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Questions whose id is a built-in one (e.g. an exported bank imported back). */
  skipped: number;
}

/** Thrown by `importJson` for a file that does not validate; carries every problem with its line. */
export class BankImportError extends UserError {
  constructor(readonly errors: readonly BankError[]) {
    super('bank-invalid', `The file has ${errors.length} problem${errors.length === 1 ? '' : 's'}: fix them and import it again.`, { count: errors.length });
  }
}

export class QuizBank {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  list(instructorId: string): OwnQuestion[] {
    return q.listOwnQuestions(this.db, instructorId).map((r) => ({ question: questionSchema.parse(r.question), createdAt: r.createdAt, updatedAt: r.updatedAt }));
  }

  own(instructorId: string): Question[] {
    return this.list(instructorId).map((o) => o.question);
  }

  private assertFreeId(instructorId: string, id: string): void {
    if (isBuiltInId(id)) throw new UserError('question-id-taken', `The id "${id}" belongs to a built-in question: pick another.`, { id });
    if (q.findOwnQuestion(this.db, instructorId, id)) throw new UserError('question-id-taken', `You already have a question with the id "${id}": pick another.`, { id });
  }

  create(instructorId: string, question: Question): Question {
    this.assertFreeId(instructorId, question.id);
    const now = this.now();
    q.insertOwnQuestion(this.db, { instructorId, questionId: question.id, topic: question.topic, question: question as unknown as Record<string, unknown>, createdAt: now, updatedAt: now });
    return question;
  }

  /** Replaces own question `id`; the new content may carry a new id (a rename). */
  update(instructorId: string, id: string, question: Question): Question {
    if (!q.findOwnQuestion(this.db, instructorId, id)) throw new UserError('not-found', `You have no question with the id "${id}".`);
    if (question.id !== id) this.assertFreeId(instructorId, question.id);
    q.updateOwnQuestion(this.db, instructorId, id, { questionId: question.id, topic: question.topic, question: question as unknown as Record<string, unknown>, updatedAt: this.now() });
    return question;
  }

  remove(instructorId: string, id: string): void {
    if (!q.deleteOwnQuestion(this.db, instructorId, id)) throw new UserError('not-found', `You have no question with the id "${id}".`);
  }

  /** What a round may draw from: the built-in bank (generated questions with `seed`) and own questions. */
  pool(instructorId: string, seed: number): Question[] {
    return [...buildBank(seed), ...this.own(instructorId)];
  }

  /** Summaries of everything an instructor can pick for a round. */
  summaries(instructorId: string): QuestionSummary[] {
    const summary = (x: Question, own: boolean): QuestionSummary => ({ id: x.id, topic: x.topic, kind: x.kind, prompt: x.prompt, own });
    return [...buildBank(LISTED_BANK_SEED).map((x) => summary(x, false)), ...this.own(instructorId).map((x) => summary(x, true))];
  }

  /** The questions with these ids, in this order: own ones first, then built-in (generated ids are regenerated). */
  resolve(instructorId: string, ids: readonly string[]): Question[] {
    const own = new Map(this.own(instructorId).map((x) => [x.id, x]));
    return ids.map((id) => {
      const found = own.get(id) ?? findBuiltInQuestion(id);
      if (!found) throw new UserError('not-found', `There is no question with the id "${id}".`);
      return found;
    });
  }

  /** The bank file: built-in questions, then the instructor's own. */
  exportJson(instructorId: string): string {
    return exportBankJson([...buildBank(LISTED_BANK_SEED), ...this.own(instructorId)]);
  }

  /**
   * Validates a bank file (line-precise errors) and stores its questions as the instructor's own:
   * new ids are added, existing own ids replaced, built-in ids skipped. All or nothing.
   */
  importJson(instructorId: string, text: string): ImportResult {
    const parsed = validateBankJson(text);
    if (!parsed.ok) throw new BankImportError(parsed.errors);
    const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
    const now = this.now();
    this.db.transaction((tx) => {
      for (const question of parsed.bank.questions) {
        if (isBuiltInId(question.id)) {
          result.skipped++;
          continue;
        }
        const content = { questionId: question.id, topic: question.topic, question: question as unknown as Record<string, unknown>, updatedAt: now };
        if (q.findOwnQuestion(tx, instructorId, question.id)) {
          q.updateOwnQuestion(tx, instructorId, question.id, content);
          result.updated++;
        } else {
          q.insertOwnQuestion(tx, { instructorId, ...content, createdAt: now });
          result.created++;
        }
      }
    });
    return result;
  }
}
