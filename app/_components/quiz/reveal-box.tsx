'use client';
/**
 * A closed question: the options with the right ones (and mine) marked and, on the projector and the
 * control room, how many picked each; the right answer in words for numbers and orderings; why; and
 * the moment in the lecture to rewatch.
 */
import { useTranslations } from 'next-intl';
import type { Answer } from '@/lib/quiz/answers';
import type { PublicQuestion } from '@/lib/quiz/public-view';
import type { Question } from '@/lib/quiz/schema';
import type { Bilingual } from '@/lib/quiz/topics';
import { answerText, LETTERS, pick } from '../../_lib/quiz/answer-text';

export interface RevealContent {
  correct: Answer;
  explanation: Bilingual;
  videoUrl: string;
  choiceCounts?: number[] | null;
  right?: number;
  wrong?: number;
  unanswered?: number;
}

const chosen = (a: Answer | null | undefined): number[] => (!a ? [] : a.kind === 'single' ? [a.choice] : a.kind === 'multi' ? a.choices : []);

export function RevealBox({ question, reveal, mine, locale, showCounts = false }: { question: PublicQuestion | Question; reveal: RevealContent; mine?: Answer | null; locale: string; showCounts?: boolean }) {
  const t = useTranslations('quiz.common');
  const right = new Set(chosen(reveal.correct));
  const picked = new Set(chosen(mine));
  const counts = showCounts ? reveal.choiceCounts : null;
  const most = Math.max(1, ...(counts ?? []));
  return (
    <div className="stack" data-testid="quiz-reveal">
      {question.kind === 'single' || question.kind === 'multi' ? (
        <ul className="quiz-bars" aria-label={t('correctAnswer')}>
          {question.choices.map((c, i) => (
            <li key={i} className={`${right.has(i) ? 'is-correct' : ''} ${picked.has(i) ? 'is-mine' : ''}`} data-testid="quiz-bar" data-correct={right.has(i)}>
              <span className="quiz-letter" aria-hidden="true">{LETTERS[i]}</span>
              <span className="quiz-bar-track">
                <span>
                  {pick(c, locale)}
                  {right.has(i) && <strong> ✓ <span className="visually-hidden">{t('correctAnswer')}</span></strong>}
                  {picked.has(i) && <span className="muted"> · {t('yourAnswer')}</span>}
                </span>
                {counts && (
                  <span className="quiz-bar" aria-hidden="true">
                    <span style={{ width: `${((counts[i] ?? 0) / most) * 100}%` }} />
                  </span>
                )}
              </span>
              {counts ? <span data-testid="quiz-bar-count">{t('picks', { count: counts[i] ?? 0 })}</span> : <span />}
            </li>
          ))}
        </ul>
      ) : (
        <div className="stack">
          <p>
            <strong>{t('correctAnswer')}:</strong> <span data-testid="quiz-correct-answer">{answerText(question, reveal.correct, locale)}</span>
          </p>
          {mine && (
            <p>
              <strong>{t('yourAnswer')}:</strong> {answerText(question, mine, locale)}
            </p>
          )}
        </div>
      )}
      {showCounts && reveal.right !== undefined && (
        <p className="quiz-meta" data-testid="quiz-counts">
          <span>{t('rightCount', { count: reveal.right })}</span>
          <span>{t('wrongCount', { count: reveal.wrong ?? 0 })}</span>
          <span>{t('unanswered', { count: reveal.unanswered ?? 0 })}</span>
        </p>
      )}
      <div className="quiz-explanation">
        <strong>{t('why')}</strong>
        <p style={{ margin: '4px 0' }} data-testid="quiz-explanation">{pick(reveal.explanation, locale)}</p>
        <a href={reveal.videoUrl} target="_blank" rel="noreferrer">
          {t('watch')} ↗
        </a>
      </div>
    </div>
  );
}
