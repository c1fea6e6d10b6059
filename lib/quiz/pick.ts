/**
 * Seeded selection of questions for a live round or a self-review set. The seed is stored with the
 * round, so the server (or a replay) can say exactly which questions were asked.
 */
import { familyOf } from './review';
import { createRng } from './rng';
import type { Question } from './schema';
import type { TopicId } from './topics';

export interface PickOptions {
  readonly count: number;
  readonly seed: number;
  /** Only these topics; all topics when omitted or empty. */
  readonly topics?: readonly TopicId[];
}

/**
 * Up to `count` distinct questions, in a seeded random order, at most one per family (a round
 * should not ask the LSTM parameter count twice with different numbers). Fewer when the pool is smaller.
 */
export function pickQuestions(questions: readonly Question[], options: PickOptions): Question[] {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${options.count}`);
  const topics = options.topics?.length ? new Set(options.topics) : undefined;
  const pool = questions.filter((q) => !topics || topics.has(q.topic));
  const out: Question[] = [];
  const families = new Set<string>();
  for (const q of createRng(options.seed).shuffle(pool)) {
    if (out.length >= options.count) break;
    const family = familyOf(q.id);
    if (families.has(family)) continue;
    families.add(family);
    out.push(q);
  }
  return out;
}
