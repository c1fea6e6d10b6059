/**
 * The instructor's question editor as plain data: a draft the form edits (strings, correct flags)
 * and its conversion to and from lib/quiz's `Question`. Validation is lib/quiz's `questionSchema`,
 * the same the server applies, so the form shows the problems before anything is sent.
 *
 * Ordering questions are written in the *correct* order; students see them in a seeded shuffled
 * order (never the correct one), so the author never has to type index lists.
 */
import { createRng, deriveSeed } from '@/lib/quiz/rng';
import { questionSchema, type Question, type QuestionKind } from '@/lib/quiz/schema';
import type { TopicId } from '@/lib/quiz/topics';

export interface OptionDraft {
  en: string;
  ko: string;
  /** single / multi only: is this choice right? */
  correct: boolean;
}

export interface QuestionDraft {
  id: string;
  topic: TopicId;
  kind: QuestionKind;
  promptEn: string;
  promptKo: string;
  explanationEn: string;
  explanationKo: string;
  videoUrl: string;
  /** single / multi: the choices; ordering: the items in the correct order. */
  options: OptionDraft[];
  numericAnswer: string;
  tolerance: string;
  unitEn: string;
  unitKo: string;
}

export type DraftResult = { ok: true; question: Question } | { ok: false; problems: string[] };

const option = (en = '', ko = '', correct = false): OptionDraft => ({ en, ko, correct });

export function emptyDraft(topic: TopicId, videoUrl: string): QuestionDraft {
  return {
    id: '',
    topic,
    kind: 'single',
    promptEn: '',
    promptKo: '',
    explanationEn: '',
    explanationKo: '',
    videoUrl,
    options: [option('', '', true), option(), option(), option()],
    numericAnswer: '',
    tolerance: '0',
    unitEn: '',
    unitKo: '',
  };
}

export function draftFromQuestion(q: Question): QuestionDraft {
  const base = { ...emptyDraft(q.topic, q.videoUrl), id: q.id, kind: q.kind, promptEn: q.prompt.en, promptKo: q.prompt.ko, explanationEn: q.explanation.en, explanationKo: q.explanation.ko };
  switch (q.kind) {
    case 'single':
      return { ...base, options: q.choices.map((c, i) => option(c.en, c.ko, i === q.answer)) };
    case 'multi':
      return { ...base, options: q.choices.map((c, i) => option(c.en, c.ko, q.answers.includes(i))) };
    case 'numeric':
      return { ...base, options: [], numericAnswer: String(q.answer), tolerance: String(q.tolerance), unitEn: q.unit?.en ?? '', unitKo: q.unit?.ko ?? '' };
    case 'ordering':
      return { ...base, options: q.answer.map((i) => option(q.items[i]!.en, q.items[i]!.ko)) };
  }
}

/** A display order for `n` items that is never the correct (identity) order when n ≥ 2; seeded by the id. */
export function displayOrder(n: number, id: string): number[] {
  const order = createRng(deriveSeed(0, `ordering:${id}`)).shuffle(Array.from({ length: n }, (_, i) => i));
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

const toNumber = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));

/** Builds the question and validates it; problems read "field: what is wrong". */
export function draftToQuestion(d: QuestionDraft): DraftResult {
  const problems: string[] = [];
  const base = {
    id: d.id.trim(),
    topic: d.topic,
    prompt: { en: d.promptEn, ko: d.promptKo },
    explanation: { en: d.explanationEn, ko: d.explanationKo },
    videoUrl: d.videoUrl.trim(),
  };
  const texts = d.options.map((o) => ({ en: o.en, ko: o.ko }));
  const marked = d.options.flatMap((o, i) => (o.correct ? [i] : []));
  let candidate: unknown;
  switch (d.kind) {
    case 'single':
      if (marked.length !== 1) problems.push('choices: mark exactly one correct choice');
      candidate = { ...base, kind: 'single', choices: texts, answer: marked[0] ?? 0 };
      break;
    case 'multi':
      if (marked.length === 0) problems.push('choices: mark at least one correct choice');
      candidate = { ...base, kind: 'multi', choices: texts, answers: marked };
      break;
    case 'numeric': {
      const hasUnit = d.unitEn.trim() !== '' || d.unitKo.trim() !== '';
      candidate = { ...base, kind: 'numeric', answer: toNumber(d.numericAnswer), tolerance: toNumber(d.tolerance), ...(hasUnit ? { unit: { en: d.unitEn, ko: d.unitKo } } : {}) };
      break;
    }
    case 'ordering': {
      const order = displayOrder(texts.length, base.id);
      candidate = { ...base, kind: 'ordering', items: order.map((i) => texts[i]!), answer: texts.map((_, k) => order.indexOf(k)) };
      break;
    }
  }
  const parsed = questionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p) => typeof p !== 'symbol').join('.');
      problems.push(`${path ? `${path}: ` : ''}${issue.message.replace(/^Invalid input: /, '')}`);
    }
  }
  return problems.length || !parsed.success ? { ok: false, problems: [...new Set(problems)] } : { ok: true, question: parsed.data };
}

/** Switching kind keeps the texts; numeric drops the options, the others need at least two. */
export function changeKind(d: QuestionDraft, kind: QuestionKind): QuestionDraft {
  const options = d.options.length >= 2 ? d.options : [...d.options, option(), option()].slice(0, Math.max(2, d.options.length));
  const flags = kind === 'single' ? options.map((o, i) => ({ ...o, correct: i === Math.max(0, options.findIndex((x) => x.correct)) })) : options;
  return { ...d, kind, options: kind === 'numeric' ? d.options : flags };
}
