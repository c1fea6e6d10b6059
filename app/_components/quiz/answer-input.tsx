'use client';
/**
 * Answering one question: big tappable choices (one tap answers a single-choice question), toggles
 * and a submit button for several right choices, a number box, or up/down buttons to order items.
 * The same control serves live rounds and self-review.
 */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Answer } from '@/lib/quiz/answers';
import type { PublicQuestion } from '@/lib/quiz/public-view';
import { LETTERS, pick } from '../../_lib/quiz/answer-text';

interface Props {
  question: PublicQuestion;
  locale: string;
  disabled?: boolean;
  onAnswer(answer: Answer): void;
}

export function AnswerInput({ question, locale, disabled = false, onAnswer }: Props) {
  // Keyed by question id so switching questions starts fresh.
  return <AnswerControls key={question.id} question={question} locale={locale} disabled={disabled} onAnswer={onAnswer} />;
}

function AnswerControls({ question, locale, disabled, onAnswer }: Required<Props>) {
  const t = useTranslations('quiz.common');
  const [picked, setPicked] = useState<number[]>([]);
  const [value, setValue] = useState('');
  const [order, setOrder] = useState<number[]>(() => (question.kind === 'ordering' ? question.items.map((_, i) => i) : []));

  if (question.kind === 'single' || question.kind === 'multi') {
    const multi = question.kind === 'multi';
    return (
      <div className="stack">
        {multi && <p className="muted">{t('multiHint')}</p>}
        <ul className="quiz-choices">
          {question.choices.map((c, i) => (
            <li key={i}>
              <button
                type="button"
                className="quiz-choice"
                data-testid={`quiz-choice-${i}`}
                disabled={disabled}
                aria-pressed={multi ? picked.includes(i) : undefined}
                onClick={() => (multi ? setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i])) : onAnswer({ kind: 'single', choice: i }))}
              >
                <span className="quiz-letter" aria-hidden="true">{LETTERS[i]}</span>
                <span>{pick(c, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
        {multi && (
          <div>
            <button type="button" className="primary" data-testid="quiz-submit" disabled={disabled || picked.length === 0} onClick={() => onAnswer({ kind: 'multi', choices: [...picked].sort((a, b) => a - b) })}>
              {t('submit')}
            </button>
          </div>
        )}
      </div>
    );
  }

  if (question.kind === 'numeric') {
    const number = Number(value.replace(',', '.'));
    const valid = value.trim() !== '' && Number.isFinite(number);
    return (
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onAnswer({ kind: 'numeric', value: number });
        }}
      >
        <div className="quiz-numeric">
          <label className="field">
            {t('numericLabel')}
            <input inputMode="decimal" data-testid="quiz-numeric" value={value} onChange={(e) => setValue(e.target.value)} disabled={disabled} autoComplete="off" />
          </label>
          {question.unit && <span className="muted">{pick(question.unit, locale)}</span>}
          <button type="submit" className="primary" data-testid="quiz-submit" disabled={disabled || !valid}>
            {t('submit')}
          </button>
        </div>
        {question.tolerance > 0 && <p className="muted">{t('tolerance', { tolerance: question.tolerance })}</p>}
      </form>
    );
  }

  const move = (from: number, to: number) =>
    setOrder((o) => {
      if (to < 0 || to >= o.length) return o;
      const next = o.slice();
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  return (
    <div className="stack">
      <p className="muted">{t('orderingHint')}</p>
      <ol className="quiz-order">
        {order.map((item, pos) => {
          const text = pick(question.items[item]!, locale);
          return (
            <li key={item} data-testid="quiz-order-item">
              <span>{text}</span>
              <button type="button" aria-label={t('moveUp', { item: text })} disabled={disabled || pos === 0} onClick={() => move(pos, pos - 1)}>
                ↑
              </button>
              <button type="button" aria-label={t('moveDown', { item: text })} disabled={disabled || pos === order.length - 1} onClick={() => move(pos, pos + 1)}>
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="primary" data-testid="quiz-submit" disabled={disabled} onClick={() => onAnswer({ kind: 'ordering', order })}>
          {t('submit')}
        </button>
      </div>
    </div>
  );
}
