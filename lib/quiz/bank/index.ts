/**
 * The built-in question bank: hand-written questions plus generators of computed ones, one file per
 * lecture topic. `buildBank(seed)` makes one concrete instance of every generator, so the same seed
 * always gives the same bank (in the browser and on the server).
 */
import { deriveSeed } from '../rng';
import type { Question } from '../schema';
import type { QuestionGenerator } from './define';
import { hiddenDimensionGenerators, hiddenDimensionQuestions } from './t01-hidden-dimension';
import { sequentialLogicGenerators, sequentialLogicQuestions } from './t02-sequential-logic';
import { vec2seqQuestions } from './t03-vec2seq';
import { seq2vecQuestions } from './t04-seq2vec';
import { seq2vec2seqQuestions } from './t05-seq2vec2seq';
import { seq2seqGenerators, seq2seqQuestions } from './t06-seq2seq';
import { bpttGenerators, bpttQuestions } from './t07-bptt';
import { lmTrainingGenerators, lmTrainingQuestions } from './t08-lm-training';
import { vanishingExplodingGenerators, vanishingExplodingQuestions } from './t09-vanishing-exploding';
import { gatingGenerators, gatingQuestions } from './t10-gating';

export type { QuestionGenerator } from './define';

/** Hand-written questions, in lecture order. */
export const STATIC_QUESTIONS: readonly Question[] = [
  ...hiddenDimensionQuestions,
  ...sequentialLogicQuestions,
  ...vec2seqQuestions,
  ...seq2vecQuestions,
  ...seq2vec2seqQuestions,
  ...seq2seqQuestions,
  ...bpttQuestions,
  ...lmTrainingQuestions,
  ...vanishingExplodingQuestions,
  ...gatingQuestions,
];

/** Computed-question generators, in lecture order. */
export const QUESTION_GENERATORS: readonly QuestionGenerator[] = [
  ...hiddenDimensionGenerators,
  ...sequentialLogicGenerators,
  ...seq2seqGenerators,
  ...bpttGenerators,
  ...lmTrainingGenerators,
  ...vanishingExplodingGenerators,
  ...gatingGenerators,
];

const GENERATORS_BY_ID = new Map(QUESTION_GENERATORS.map((g) => [g.id, g]));

export function generatorById(id: string): QuestionGenerator | undefined {
  return GENERATORS_BY_ID.get(id);
}

/** The question `<generatorId>@<seed>`; throws for an unknown generator. */
export function generateQuestion(generatorId: string, seed: number): Question {
  const g = GENERATORS_BY_ID.get(generatorId);
  if (!g) throw new RangeError(`unknown question generator "${generatorId}"`);
  return g.generate(seed);
}

/**
 * The whole bank for one seed: every hand-written question, then one instance of each generator
 * with its own seed derived from `seed` (so generators do not all draw the same numbers).
 */
export function buildBank(seed: number): Question[] {
  return [...STATIC_QUESTIONS, ...QUESTION_GENERATORS.map((g) => g.generate(deriveSeed(seed, g.id)))];
}

/** Looks a question up by id in the built-in bank, regenerating `<generator>@<seed>` ids. */
export function findBuiltInQuestion(id: string): Question | undefined {
  const at = id.indexOf('@');
  if (at < 0) return STATIC_QUESTIONS.find((q) => q.id === id);
  const seedText = id.slice(at + 1);
  if (!/^\d+$/.test(seedText)) return undefined;
  const seed = Number(seedText);
  const g = GENERATORS_BY_ID.get(id.slice(0, at));
  return g && seed <= 0xffffffff ? g.generate(seed) : undefined;
}
