/**
 * The shape of a quiz question and of a question-bank file, as zod schemas; the TypeScript types
 * are derived from them (typed once). Objects are strict: an unknown key is an error, so a typo in
 * an imported bank ("anwser") is reported instead of silently ignored.
 *
 * Kinds and how their answer is stored:
 * - `single`:   `choices` (2–6), `answer` = index of the correct choice.
 * - `multi`:    `choices` (2–6), `answers` = indices of all correct choices (≥ 1, no repeats);
 *               a student is right only if they pick exactly this set.
 * - `numeric`:  `answer` and an absolute `tolerance` (≥ 0): right if |given − answer| ≤ tolerance.
 * - `ordering`: `items` (2–6) in the order they are shown, `answer` = item indices in the right order.
 *
 * Ids: lowercase kebab-case. A question made by a generator (fresh numbers from a seed) has the id
 * `<generator id>@<seed>` and carries `generator: { id, seed }` so it can be made again.
 */
import { z } from 'zod';
import { TOPIC_IDS } from './topics';

export const CHOICES_MIN = 2;
export const CHOICES_MAX = 6;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GENERATED_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*@\d+$/;

const text = (max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'text is missing' : 'text must be a string') })
    .regex(/\S/, 'text must not be empty')
    .max(max, `text must have at most ${max} characters`);

/** A text in English (the lecture's language) and Korean (the students' own). */
export const bilingualSchema = (max: number) =>
  z.strictObject(
    { en: text(max), ko: text(max) },
    // Only for "not an object": unknown keys ("fr") keep zod's own message, which names the key.
    { error: (iss) => (iss.code === 'invalid_type' ? 'expected an object { "en": …, "ko": … }' : undefined) },
  );

const promptSchema = bilingualSchema(1000);
const explanationSchema = bilingualSchema(2000);
const optionSchema = bilingualSchema(300);

const choicesSchema = z
  .array(optionSchema, { error: 'choices must be an array' })
  .min(CHOICES_MIN, `choices must have ${CHOICES_MIN} to ${CHOICES_MAX} items`)
  .max(CHOICES_MAX, `choices must have ${CHOICES_MIN} to ${CHOICES_MAX} items`);

const index = z.number({ error: 'an index must be a number' }).int('an index must be a whole number').min(0, 'an index must be ≥ 0');

const generatorRefSchema = z.strictObject({
  id: z.string().regex(ID_RE, 'generator id must be lowercase kebab-case'),
  seed: z.number().int('seed must be a whole number').min(0, 'seed must be ≥ 0').max(0xffffffff, 'seed must be < 2^32'),
});

/** Fields every kind has. */
const common = {
  id: z
    .string({ error: 'id must be a string' })
    .max(80, 'id must have at most 80 characters')
    .refine((s) => ID_RE.test(s) || GENERATED_ID_RE.test(s), 'id must be lowercase kebab-case, like "lstm-forget-gate"'),
  topic: z.enum(TOPIC_IDS, { error: `topic must be one of ${TOPIC_IDS.join(', ')}` }),
  prompt: promptSchema,
  explanation: explanationSchema,
  /** The lecture video at the moment that answers the question. */
  videoUrl: z.url({ protocol: /^https?$/, error: 'videoUrl must be an http(s) link' }),
  generator: generatorRefSchema.optional(),
};

type Ctx = z.core.$RefinementCtx<unknown>;

function checkGeneratedId(q: { id: string; generator?: { id: string; seed: number } | undefined }, ctx: Ctx): void {
  const want = q.generator ? `${q.generator.id}@${q.generator.seed}` : undefined;
  if (want !== undefined && q.id !== want) ctx.addIssue({ code: 'custom', path: ['id'], message: `a generated question's id must be "${want}"` });
  if (want === undefined && q.id.includes('@')) ctx.addIssue({ code: 'custom', path: ['id'], message: 'only generated questions (with "generator") may have "@" in their id' });
}

function checkIndexRange(indices: readonly number[], count: number, path: (string | number)[], ctx: Ctx): void {
  indices.forEach((i, k) => {
    if (i >= count) ctx.addIssue({ code: 'custom', path: [...path, k], message: `answer ${i} is out of range: there are only ${count} choices (indices 0 to ${count - 1})` });
  });
}

export const singleQuestionSchema = z
  .strictObject({ ...common, kind: z.literal('single'), choices: choicesSchema, answer: index })
  .superRefine((q, ctx) => {
    checkGeneratedId(q, ctx);
    if (q.answer >= q.choices.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer ${q.answer} is out of range: there are only ${q.choices.length} choices (indices 0 to ${q.choices.length - 1})` });
    }
    checkDistinctTexts(q.choices, 'choices', ctx);
  });

export const multiQuestionSchema = z
  .strictObject({
    ...common,
    kind: z.literal('multi'),
    choices: choicesSchema,
    answers: z.array(index, { error: 'answers must be an array of choice indices' }).min(1, 'answers must name at least one correct choice'),
  })
  .superRefine((q, ctx) => {
    checkGeneratedId(q, ctx);
    checkIndexRange(q.answers, q.choices.length, ['answers'], ctx);
    if (new Set(q.answers).size !== q.answers.length) ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers must not repeat an index' });
    checkDistinctTexts(q.choices, 'choices', ctx);
  });

export const numericQuestionSchema = z
  .strictObject({
    ...common,
    kind: z.literal('numeric'),
    answer: z.number({ error: 'answer must be a number' }),
    tolerance: z.number({ error: 'tolerance must be a number' }).min(0, 'tolerance must be ≥ 0'),
    /** Shown after the input box, e.g. "parameters" / "개". */
    unit: bilingualSchema(40).optional(),
  })
  .superRefine((q, ctx) => checkGeneratedId(q, ctx));

export const orderingQuestionSchema = z
  .strictObject({
    ...common,
    kind: z.literal('ordering'),
    items: z
      .array(optionSchema, { error: 'items must be an array' })
      .min(CHOICES_MIN, `items must have ${CHOICES_MIN} to ${CHOICES_MAX} entries`)
      .max(CHOICES_MAX, `items must have ${CHOICES_MIN} to ${CHOICES_MAX} entries`),
    answer: z.array(index, { error: 'answer must be an array of item indices' }),
  })
  .superRefine((q, ctx) => {
    checkGeneratedId(q, ctx);
    if (!isPermutation(q.answer, q.items.length)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer must list each item index 0 to ${q.items.length - 1} exactly once` });
    }
    checkDistinctTexts(q.items, 'items', ctx);
  });

export const QUESTION_KINDS = ['single', 'multi', 'numeric', 'ordering'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionSchema = z.discriminatedUnion('kind', [singleQuestionSchema, multiQuestionSchema, numericQuestionSchema, orderingQuestionSchema], {
  error: `kind must be one of ${QUESTION_KINDS.join(', ')}`,
});

export type Question = z.infer<typeof questionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;

export const BANK_FORMAT = 'unrolled-quiz-bank';
export const BANK_VERSION = 1;

/** A bank file: `{ "format": "unrolled-quiz-bank", "version": 1, "questions": [ … ] }`. */
export const bankSchema = z
  .strictObject({
    format: z.literal(BANK_FORMAT, { error: `format must be "${BANK_FORMAT}"` }),
    version: z.literal(BANK_VERSION, { error: `version must be ${BANK_VERSION}` }),
    questions: z.array(questionSchema, { error: 'questions must be an array' }).max(2000, 'a bank holds at most 2000 questions'),
  })
  .superRefine((bank, ctx) => {
    const firstAt = new Map<string, number>();
    bank.questions.forEach((q, i) => {
      const first = firstAt.get(q.id);
      if (first === undefined) firstAt.set(q.id, i);
      else ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `id "${q.id}" is already used by question ${first + 1}` });
    });
  });

export type Bank = z.infer<typeof bankSchema>;

export function isPermutation(order: readonly number[], n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Set<number>();
  for (const i of order) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen.has(i)) return false;
    seen.add(i);
  }
  return true;
}

/** Two identical choices make a question unanswerable (or ambiguous): refuse them. */
function checkDistinctTexts(options: readonly { en: string; ko: string }[], field: string, ctx: Ctx): void {
  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    const key = o.en.trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else ctx.addIssue({ code: 'custom', path: [field, i, 'en'], message: `${field} ${first} and ${i} have the same text` });
  });
}
