/**
 * What students may see of a question while a round is open (no answer, no explanation), and what
 * is revealed when it closes. Sending the full question to a browser would leak the answer to
 * anyone who opens the developer tools, so the server sends only `toPublicQuestion(q)`.
 */
import { z } from 'zod';
import { correctAnswerOf, type Answer } from './answers';
import { bilingualSchema, type Question } from './schema';
import { TOPIC_IDS, type Bilingual } from './topics';

const bi = bilingualSchema(2000);
const base = { id: z.string(), topic: z.enum(TOPIC_IDS), prompt: bi };

/**
 * The public view, as a schema so lib/protocol can put it in an event payload. Numeric questions
 * keep their tolerance and unit: knowing the precision asked for does not give the answer away.
 * `videoUrl` is withheld too: the timestamp points at the slide with the answer.
 */
export const publicQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('single'), choices: z.array(bi) }),
  z.strictObject({ ...base, kind: z.literal('multi'), choices: z.array(bi) }),
  z.strictObject({ ...base, kind: z.literal('numeric'), tolerance: z.number(), unit: bi.optional() }),
  z.strictObject({ ...base, kind: z.literal('ordering'), items: z.array(bi) }),
]);
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;

export function toPublicQuestion(q: Question): PublicQuestion {
  const base = { id: q.id, topic: q.topic, prompt: q.prompt };
  switch (q.kind) {
    case 'single':
      return { ...base, kind: 'single', choices: q.choices };
    case 'multi':
      return { ...base, kind: 'multi', choices: q.choices };
    case 'numeric':
      return { ...base, kind: 'numeric', tolerance: q.tolerance, ...(q.unit ? { unit: q.unit } : {}) };
    case 'ordering':
      return { ...base, kind: 'ordering', items: q.items };
  }
}

/** Sent when the round closes: the right answer, why, and where in the lecture to rewatch it. */
export interface QuestionReveal {
  readonly id: string;
  readonly correct: Answer;
  readonly explanation: Bilingual;
  readonly videoUrl: string;
}

export function revealOf(q: Question): QuestionReveal {
  return { id: q.id, correct: correctAnswerOf(q), explanation: q.explanation, videoUrl: q.videoUrl };
}
