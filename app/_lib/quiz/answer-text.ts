/**
 * Bilingual text in the reader's language, and an answer written out for people ("LSTM → GRU",
 * "144 parameters"). Works for the public view of a question (what students have) and the full one.
 */
import type { Answer } from '@/lib/quiz/answers';
import type { PublicQuestion } from '@/lib/quiz/public-view';
import type { Question } from '@/lib/quiz/schema';
import type { Bilingual } from '@/lib/quiz/topics';

export type UiLocale = 'en' | 'ko';

/** The side of a bilingual text for `locale` (English for anything but Korean). */
export function pick(text: Bilingual, locale: string): string {
  return locale === 'ko' ? text.ko : text.en;
}

/** Choice letters shown beside options and on the projector's bars. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The options a student picks from or orders (none for numeric questions). */
export function optionsOf(question: PublicQuestion | Question): readonly Bilingual[] {
  switch (question.kind) {
    case 'single':
    case 'multi':
      return question.choices;
    case 'ordering':
      return question.items;
    case 'numeric':
      return [];
  }
}

/** "B. Forget gate", "A. x, C. z", "144 parameters", "c → a → b"; '' for a kind mismatch. */
export function answerText(question: PublicQuestion | Question, answer: Answer, locale: string): string {
  const option = (i: number) => {
    const o = optionsOf(question)[i];
    return o ? `${LETTERS[i] ?? i + 1}. ${pick(o, locale)}` : '?';
  };
  if (answer.kind !== question.kind) return '';
  switch (answer.kind) {
    case 'single':
      return option(answer.choice);
    case 'multi':
      return answer.choices.slice().sort((a, b) => a - b).map(option).join(', ');
    case 'numeric': {
      const unit = question.kind === 'numeric' && question.unit ? ` ${pick(question.unit, locale)}` : '';
      return `${answer.value.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US')}${unit}`;
    }
    case 'ordering':
      return answer.order.map((i) => pick(optionsOf(question)[i] ?? { en: '?', ko: '?' }, locale)).join(' → ');
  }
}
