'use client';
/** Links into the quiz pages, for mounting with one line: the top navigation and the instructor's home. */
import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** Top navigation: the self-review quiz (/quiz), open to everyone. */
export function QuizNavLink() {
  const t = useTranslations('quiz');
  return <Link href="/quiz">{t('nav')}</Link>;
}

/** /host: the instructor's own questions and bank files (/host/questions). */
export function QuizBankLink() {
  const t = useTranslations('quiz.host');
  return (
    <p>
      <Link href="/host/questions" data-testid="quiz-bank-link">
        {t('manageQuestions')}
      </Link>
    </p>
  );
}
