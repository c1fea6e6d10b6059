'use client';
/** Self-review practice: one question at a time, checked in the browser at once, with the answer and why. */
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { isCorrect, type Answer } from '@/lib/quiz/answers';
import { revealOf, toPublicQuestion } from '@/lib/quiz/public-view';
import type { Attempt } from '@/lib/quiz/review';
import type { Question } from '@/lib/quiz/schema';
import { topicById } from '@/lib/quiz/topics';
import { pick } from '../../_lib/quiz/answer-text';
import { AnswerInput } from './answer-input';
import { RevealBox } from './reveal-box';

interface Props {
  title: string;
  questions: readonly Question[];
  onAttempt(attempt: Attempt): void;
  onAgain(): void;
  onDone(): void;
}

export function PracticeSession({ title, questions, onAttempt, onAgain, onDone }: Props) {
  const t = useTranslations('quiz.review');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const [index, setIndex] = useState(0);
  const [given, setGiven] = useState<{ answer: Answer; correct: boolean } | null>(null);
  const [right, setRight] = useState(0);
  const question = questions[index];

  if (!question) {
    return (
      <section className="panel stack" data-testid="quiz-practice-done">
        <h2>{title}</h2>
        <p className="quiz-verdict">{t('done', { right, count: questions.length })}</p>
        <div className="row">
          <button type="button" className="primary" onClick={onAgain}>
            {t('practiseAgain')}
          </button>
          <button type="button" onClick={onDone}>
            {t('backToTopics')}
          </button>
        </div>
      </section>
    );
  }

  function answer(a: Answer) {
    const correct = isCorrect(question!, a);
    setGiven({ answer: a, correct });
    if (correct) setRight((n) => n + 1);
    onAttempt({ questionId: question!.id, correct, at: Date.now() });
  }

  return (
    <section className="panel stack" aria-labelledby="quiz-practice-heading" data-testid="quiz-practice">
      <div className="quiz-meta">
        <h2 id="quiz-practice-heading" style={{ margin: 0 }}>{title}</h2>
        <span>{t('progress', { index: index + 1, count: questions.length })}</span>
        <span>{pick(topicById(question.topic).title, locale)}</span>
      </div>
      <p className="quiz-prompt" data-testid="quiz-prompt">{pick(question.prompt, locale)}</p>
      {given ? (
        <div className="stack" aria-live="polite">
          <p className={`quiz-verdict ${given.correct ? 'right' : 'wrong'}`} data-testid="quiz-verdict" data-correct={String(given.correct)}>
            {given.correct ? tc('right') : tc('wrong')}
          </p>
          <RevealBox question={question} reveal={revealOf(question)} mine={given.answer} locale={locale} />
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setGiven(null);
                setIndex((i) => i + 1);
              }}
            >
              {index + 1 < questions.length ? t('nextQuestion') : t('finish')}
            </button>
            <button type="button" onClick={onDone}>
              {t('backToTopics')}
            </button>
          </div>
        </div>
      ) : (
        <AnswerInput question={toPublicQuestion(question)} locale={locale} onAnswer={answer} />
      )}
    </section>
  );
}
