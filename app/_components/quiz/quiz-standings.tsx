'use client';
/** The round's leaderboard (between questions) and its podium (at the end). */
import { useFormatter, useTranslations } from 'next-intl';
import type { QuizStanding } from '@/lib/protocol/quiz';

export function StandingsTable({ entries, me, limit, caption }: { entries: readonly QuizStanding[]; me?: string; limit?: number; caption?: string }) {
  const t = useTranslations('quiz.common');
  const format = useFormatter();
  if (entries.length === 0) return <p className="muted">{t('noStudents')}</p>;
  const shown = limit ? entries.filter((e, i) => i < limit || e.participantId === me) : entries;
  return (
    <table className="quiz-standings" data-testid="quiz-standings">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th className="num">{t('rank')}</th>
          <th>{t('student')}</th>
          <th className="num">{t('score')}</th>
          <th className="num">{t('last')}</th>
          <th className="num">{t('streak')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((e) => (
          <tr key={e.participantId} className={e.participantId === me ? 'is-me' : ''} data-testid="quiz-standing" data-participant-id={e.participantId}>
            <td className="num">{e.rank}</td>
            <td>{e.nickname}</td>
            <td className="num" data-testid="quiz-standing-score" data-score={e.score}>
              {format.number(e.score)}
            </td>
            <td className="num">
              {e.lastCorrect === null ? '–' : e.lastCorrect ? t('lastPoints', { points: e.lastPoints }) : '0'}
              {e.lastBonus > 0 && <span className="muted"> ({t('lastBonus', { bonus: e.lastBonus })})</span>}
            </td>
            <td className="num">{e.streak > 0 ? `🔥 ${e.streak}` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function QuizPodium({ entries }: { entries: readonly QuizStanding[] }) {
  const t = useTranslations('quiz.common');
  const top = entries.filter((e) => e.rank <= 3).slice(0, 3);
  return (
    <section className="stack" aria-labelledby="quiz-podium-heading" data-testid="quiz-podium">
      <h2 id="quiz-podium-heading">{t('podium')}</h2>
      <ol className="quiz-podium">
        {top.map((e, i) => (
          <li key={e.participantId} className={`place-${i + 1}`} data-participant-id={e.participantId} data-testid="quiz-podium-entry">
            <span className="quiz-name">{e.nickname}</span>
            <span data-testid="quiz-podium-score">{t('points', { points: e.score })}</span>
            <span className="quiz-step">
              <span className="visually-hidden">{t('place', { place: e.rank })}</span>
              <span aria-hidden="true">{e.rank}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
