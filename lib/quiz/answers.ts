/**
 * What a student sends as an answer, per question kind, and whether it is right.
 *
 * The server validates a payload twice: `answerSchema` for its shape (any question), then
 * `answerSchemaFor(question)` for this question's ranges (a choice index that exists, a complete
 * ordering). Messages are written for the student who sent it.
 */
import { z } from 'zod';
import { isPermutation, type Question } from './schema';

const choiceIndex = z.number({ error: 'A choice is given by its number.' }).int('A choice is given by its number.').min(0, 'A choice is given by its number.');

export const singleAnswerSchema = z.strictObject({ kind: z.literal('single'), choice: choiceIndex });
export const multiAnswerSchema = z.strictObject({
  kind: z.literal('multi'),
  choices: z.array(choiceIndex).max(16, 'Too many choices.').refine((c) => new Set(c).size === c.length, 'Each choice can be picked only once.'),
});
export const numericAnswerSchema = z.strictObject({
  kind: z.literal('numeric'),
  value: z.number({ error: 'Type a number.' }).refine(Number.isFinite, 'Type a number.'),
});
export const orderingAnswerSchema = z.strictObject({ kind: z.literal('ordering'), order: z.array(choiceIndex).max(16, 'Too many items.') });

/** Any answer payload, whatever the question. */
export const answerSchema = z.discriminatedUnion('kind', [singleAnswerSchema, multiAnswerSchema, numericAnswerSchema, orderingAnswerSchema], {
  error: 'Unknown kind of answer.',
});

export type Answer = z.infer<typeof answerSchema>;
export type SingleAnswer = z.infer<typeof singleAnswerSchema>;
export type MultiAnswer = z.infer<typeof multiAnswerSchema>;
export type NumericAnswer = z.infer<typeof numericAnswerSchema>;
export type OrderingAnswer = z.infer<typeof orderingAnswerSchema>;

/** The schema of a valid answer to this particular question (right kind, indices in range). */
export function answerSchemaFor(question: Question): z.ZodType<Answer> {
  switch (question.kind) {
    case 'single': {
      const n = question.choices.length;
      return singleAnswerSchema.refine((a) => a.choice < n, `Pick one of the ${n} choices.`);
    }
    case 'multi': {
      const n = question.choices.length;
      return multiAnswerSchema.refine((a) => a.choices.every((c) => c < n), `This question has only ${n} choices.`);
    }
    case 'numeric':
      return numericAnswerSchema;
    case 'ordering': {
      const n = question.items.length;
      return orderingAnswerSchema.refine((a) => isPermutation(a.order, n), `Put all ${n} items in order, each once.`);
    }
  }
}

/**
 * Slack added to a numeric tolerance for floating-point representation only (0.1 + 0.2 vs 0.3):
 * relative 1e-9 of the answer's size, so integer answers with tolerance 0 still need the exact value.
 */
const FLOAT_SLACK = 1e-9;

/**
 * Whether `answer` is right. A kind mismatch or an out-of-range index is simply wrong (never throws),
 * so the server can recompute stored answers even after a question was edited.
 * - single: the one correct index; multi: exactly the correct set (order and repeats ignored);
 * - numeric: |value − answer| ≤ tolerance; ordering: exactly the correct order.
 */
export function isCorrect(question: Question, answer: Answer | null | undefined): boolean {
  if (!answer || answer.kind !== question.kind) return false;
  switch (question.kind) {
    case 'single':
      return (answer as SingleAnswer).choice === question.answer;
    case 'multi': {
      const given = new Set((answer as MultiAnswer).choices);
      return given.size === question.answers.length && question.answers.every((i) => given.has(i));
    }
    case 'numeric': {
      const value = (answer as NumericAnswer).value;
      if (!Number.isFinite(value)) return false;
      const slack = FLOAT_SLACK * Math.max(1, Math.abs(question.answer));
      return Math.abs(value - question.answer) <= question.tolerance + slack;
    }
    case 'ordering': {
      const order = (answer as OrderingAnswer).order;
      return order.length === question.answer.length && order.every((v, i) => v === question.answer[i]);
    }
  }
}

/** The correct answer as a payload (what a perfect student would send); shown after the round. */
export function correctAnswerOf(question: Question): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: question.answer };
    case 'multi':
      return { kind: 'multi', choices: question.answers.slice().sort((a, b) => a - b) };
    case 'numeric':
      return { kind: 'numeric', value: question.answer };
    case 'ordering':
      return { kind: 'ordering', order: question.answer.slice() };
  }
}
