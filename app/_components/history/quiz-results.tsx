'use client';
/** Quiz rounds of a past session: each round's standings, then each student's totals. */
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { QuizResults } from '@/lib/protocol/history';
import { TOPICS } from '@/lib/quiz/topics';

export function QuizResultsView({ quiz }: { quiz: QuizResults }) {
  const t = useTranslations('history.quiz');
  const tr = useTranslations('history.review');
  const format = useFormatter();
  const locale = useLocale() === 'ko' ? 'ko' : 'en';
  if (quiz.rounds.length === 0) return <p className="muted">{tr('noQuiz')}</p>;
  const topicTitle = (id: string) => TOPICS.find((x) => x.id === id)?.title[locale] ?? id;

  return (
    <div className="stack" data-testid="quiz-results">
      {quiz.rounds.map((round, i) => (
        <div key={round.id} className="stack">
          <h3>
            {t('roundHeading', { n: i + 1 })}{' '}
            <span className="muted small">{format.dateTime(new Date(round.startedAt), { dateStyle: 'medium', timeStyle: 'short' })}</span>
          </h3>
          <p className="muted">
            {t('roundMeta', { questions: round.questions, answered: round.answered, correct: round.correct })} · {t(`mode.${round.mode}`)}
            {round.topics.length > 0 && <> · {t('topics', { topics: round.topics.map(topicTitle).join(', ') })}</>}
          </p>
          <div className="table-scroll">
            <table className="history-table">
              <caption className="visually-hidden">{t('roundHeading', { n: i + 1 })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rank')}</th>
                  <th scope="col">{t('student')}</th>
                  <th scope="col" className="num">{t('correct')}</th>
                  <th scope="col" className="num">{t('points')}</th>
                </tr>
              </thead>
              <tbody>
                {round.standings.map((s) => (
                  <tr key={s.participantId}>
                    <td>{s.rank}</td>
                    <th scope="row" className="who">{s.nickname}</th>
                    <td className="num">{s.correct}</td>
                    <td className="num">{format.number(s.points)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {quiz.rounds.length > 1 && (
        <div className="table-scroll">
          <table className="history-table">
            <caption>{t('totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('student')}</th>
                <th scope="col" className="num">{t('answered')}</th>
                <th scope="col" className="num">{t('correct')}</th>
                <th scope="col" className="num">{t('points')}</th>
              </tr>
            </thead>
            <tbody>
              {quiz.students.map((s) => (
                <tr key={s.participantId}>
                  <th scope="row" className="who">{s.nickname}</th>
                  <td className="num">{s.answered}</td>
                  <td className="num">{s.correct}</td>
                  <td className="num">{format.number(s.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
