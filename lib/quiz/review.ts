/**
 * Self-review: how well a student knows each topic, and which questions to practise again.
 *
 * Generated questions come in families: `lstm-params@17` and `lstm-params@902` are the same
 * question with different numbers. Mastery and mistakes count families, not instances, so
 * practising a computed question with fresh numbers updates the same entry.
 */
import type { Question } from './schema';
import { TOPICS, type TopicId } from './topics';

export interface Attempt {
  readonly questionId: string;
  readonly correct: boolean;
  /** When it was answered, ms since the epoch; ties keep list order (the later entry is newer). */
  readonly at: number;
}

/** The family of a question id: the generator id for generated questions ("x@seed" → "x"), else the id. */
export function familyOf(questionId: string): string {
  const at = questionId.indexOf('@');
  return at < 0 ? questionId : questionId.slice(0, at);
}

/** The latest attempt per family. */
export function latestAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
  const latest = new Map<string, Attempt>();
  for (const a of attempts) {
    const f = familyOf(a.questionId);
    const prev = latest.get(f);
    if (!prev || a.at >= prev.at) latest.set(f, a);
  }
  return latest;
}

export interface TopicMastery {
  readonly topic: TopicId;
  /** Question families of this topic in the bank. */
  readonly total: number;
  /** Families with at least one attempt. */
  readonly attempted: number;
  /** Families whose latest attempt was correct. */
  readonly mastered: number;
  /** mastered / total, 0..1 (0 for a topic without questions). */
  readonly mastery: number;
}

/**
 * Mastery per topic, in lecture order: the fraction of the topic's questions (families) whose latest
 * attempt was correct. A question never tried counts as not mastered, so mastery only reaches 1
 * when everything was answered right at least once and not missed since. Attempts on questions that
 * are not in `questions` are ignored.
 */
export function masteryByTopic(questions: readonly Question[], attempts: readonly Attempt[]): TopicMastery[] {
  const latest = latestAttempts(attempts);
  const familiesByTopic = new Map<TopicId, Set<string>>();
  for (const q of questions) {
    const set = familiesByTopic.get(q.topic) ?? new Set<string>();
    set.add(familyOf(q.id));
    familiesByTopic.set(q.topic, set);
  }
  return TOPICS.map(({ id }) => {
    const families = [...(familiesByTopic.get(id) ?? [])];
    const tried = families.map((f) => latest.get(f)).filter((a): a is Attempt => a !== undefined);
    const mastered = tried.filter((a) => a.correct).length;
    return { topic: id, total: families.length, attempted: tried.length, mastered, mastery: families.length ? mastered / families.length : 0 };
  });
}

/**
 * "My mistakes": the questions whose family's latest attempt was wrong, most recent mistake first.
 * For a generated family the bank's own instance is returned — usually with other numbers than the
 * ones the student got wrong, which is the point of practising it again.
 */
export function selectMistakes(questions: readonly Question[], attempts: readonly Attempt[], options: { topic?: TopicId; limit?: number } = {}): Question[] {
  const latest = latestAttempts(attempts);
  const seen = new Set<string>();
  const wrong: { q: Question; at: number }[] = [];
  for (const q of questions) {
    const f = familyOf(q.id);
    if (seen.has(f) || (options.topic && q.topic !== options.topic)) continue;
    seen.add(f);
    const a = latest.get(f);
    if (a && !a.correct) wrong.push({ q, at: a.at });
  }
  wrong.sort((x, y) => y.at - x.at);
  return wrong.slice(0, options.limit ?? wrong.length).map((w) => w.q);
}
