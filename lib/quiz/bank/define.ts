/**
 * Small helpers for writing the question bank: bilingual text, questions of a topic, and
 * generators of computed questions (fresh numbers from a seed).
 */
import { createRng, deriveSeed, type QuizRng } from '../rng';
import type { Question } from '../schema';
import type { Bilingual, TopicId } from '../topics';

export { lectureVideoAt as video } from '../topics';

export const bi = (en: string, ko: string): Bilingual => ({ en, ko });

/** Omit that keeps a union a union (plain Omit on Question would merge the kinds). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A question as written in a topic file: the topic is filled in by `forTopic`. */
export type QuestionDraft = DistributiveOmit<Question, 'topic' | 'generator'>;

/**
 * Attaches the topic to hand-written questions and reorders the choices of single and multi
 * questions. Authors tend to put the right answer second; here the k-th single-choice question of
 * a topic gets its right answer at position k mod n (so positions are evenly spread and carry no
 * hint) and the wrong choices are shuffled, seeded by the question id; multi questions get a
 * seeded shuffle. In a topic file, `answer`/`answers` index the choices as written.
 * The result is deterministic, but editing a topic file can move choices: a server that keeps
 * answers (choice indices) for later must keep the question as it was asked, too.
 */
export function forTopic(topic: TopicId, drafts: readonly QuestionDraft[]): Question[] {
  let singles = 0;
  return drafts.map((d) => {
    if (d.kind !== 'single' && d.kind !== 'multi') return { ...d, topic } as Question;
    const rng = createRng(deriveSeed(0, d.id));
    if (d.kind === 'multi') {
      const order = rng.shuffle(d.choices.map((_, i) => i));
      const answers = d.answers.map((old) => order.indexOf(old)).sort((a, b) => a - b);
      return { ...d, topic, choices: order.map((i) => d.choices[i]!), answers };
    }
    const wrong = rng.shuffle(d.choices.filter((_, i) => i !== d.answer));
    const answer = singles++ % d.choices.length;
    const choices = [...wrong.slice(0, answer), d.choices[d.answer]!, ...wrong.slice(answer)];
    return { ...d, topic, choices, answer };
  });
}

export interface QuestionGenerator {
  /** Kebab-case; instances get the id `<id>@<seed>`. */
  readonly id: string;
  readonly topic: TopicId;
  /** Same seed → same question, in the browser and on the server. `seed` is a whole number in [0, 2^32). */
  generate(seed: number): Question;
}

/** A computed question: `make` draws its numbers from the seeded `rng` and writes the question around them. */
export function defineGenerator(id: string, topic: TopicId, make: (rng: QuizRng) => DistributiveOmit<QuestionDraft, 'id'>): QuestionGenerator {
  return {
    id,
    topic,
    generate(seed) {
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be a whole number in [0, 2^32), got ${seed}`);
      const body = make(createRng(seed));
      return { ...body, id: `${id}@${seed}`, topic, generator: { id, seed } } as Question;
    },
  };
}

/**
 * A single-choice question body whose correct option lands at a seeded position. The options must
 * be distinct (a generator makes sure of it: equal options would make the question ambiguous).
 */
export function shuffledChoices(rng: QuizRng, correct: Bilingual, wrong: readonly Bilingual[]): { choices: Bilingual[]; answer: number } {
  const choices = rng.shuffle([correct, ...wrong]);
  return { choices, answer: choices.indexOf(correct) };
}

/** Same text in both languages (numbers, formulas, shapes). */
export const same = (s: string): Bilingual => ({ en: s, ko: s });
