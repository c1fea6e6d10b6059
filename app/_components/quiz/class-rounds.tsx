'use client';
/**
 * Self-review of class rounds: for every class session this browser joined (participant tokens kept
 * in localStorage), the closed questions of its quiz rounds with my answer, the points, and why.
 * Reports the answered questions as attempts, so they count towards mastery and mistakes.
 */
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Answer } from '@/lib/quiz/answers';
import { revealOf } from '@/lib/quiz/public-view';
import type { Attempt } from '@/lib/quiz/review';
import type { Question } from '@/lib/quiz/schema';
import { keptCodes, loadParticipant } from '../../_lib/participant-store';
import { answerText, pick } from '../../_lib/quiz/answer-text';
import { quizApi } from '../../_lib/quiz/quiz-api';
import { RevealBox } from './reveal-box';

interface MyRounds {
  code: string;
  roomName: string;
  rounds: {
    roundId: string;
    startedAt: number;
    score: number;
    questions: { index: number; question: Question; answer: Answer | null; correct: boolean; points: number; answeredAt: number | null }[];
  }[];
}

export function ClassRounds({ onAttempts }: { onAttempts(attempts: Attempt[]): void }) {
  const t = useTranslations('quiz.review');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const format = useFormatter();
  const [rooms, setRooms] = useState<MyRounds[]>([]);

  useEffect(() => {
    let current = true;
    const kept = keptCodes().flatMap((code) => {
      const p = loadParticipant(code);
      return p ? [{ code, token: p.token }] : [];
    });
    void Promise.all(kept.map(({ code, token }) => quizApi<MyRounds>('GET', `/api/rooms/${encodeURIComponent(code)}/quiz/mine`, undefined, { authorization: `Bearer ${token}` }))).then((replies) => {
      if (!current) return;
      // A session that no longer knows this browser (removed, or a deleted database) is simply left out.
      const found = replies.flatMap((r) => (r.ok && r.data.rounds.length ? [r.data] : []));
      setRooms(found);
      onAttempts(found.flatMap((room) => room.rounds.flatMap((round) => round.questions.flatMap((q) => (q.answeredAt === null ? [] : [{ questionId: q.question.id, correct: q.correct, at: q.answeredAt }])))));
    });
    return () => {
      current = false;
    };
    // Fetched once per visit; onAttempts is a setter-like callback from the page.
  }, []);

  if (rooms.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="quiz-class-rounds" data-testid="quiz-class-rounds">
      <h2 id="quiz-class-rounds">{t('classRounds')}</h2>
      <p className="muted">{t('classRoundsIntro')}</p>
      {rooms.flatMap((room) =>
        room.rounds.map((round) => (
          <div key={round.roundId} className="stack" data-testid="quiz-class-round">
            <h3 style={{ margin: 0 }}>
              {t('roundHeading', { name: room.roomName, date: format.dateTime(new Date(round.startedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}{' '}
              <span className="muted">· {t('roundScore', { score: round.score })}</span>
            </h3>
            <ol className="stack" style={{ margin: 0 }}>
              {round.questions.map((q) => (
                <li key={q.index}>
                  <details>
                    <summary>
                      <span className={q.correct ? 'notice good' : ''} style={{ border: 0, padding: 0 }}>
                        {q.answer === null ? tc('noAnswer') : q.correct ? `✓ ${tc('right')}` : `✗ ${tc('wrong')}`}
                      </span>{' '}
                      {pick(q.question.prompt, locale)} <span className="muted">({tc('lastPoints', { points: q.points })})</span>
                    </summary>
                    {q.answer && (
                      <p>
                        <strong>{tc('yourAnswer')}:</strong> {answerText(q.question, q.answer, locale)}
                      </p>
                    )}
                    <RevealBox question={q.question} reveal={revealOf(q.question)} mine={q.answer} locale={locale} />
                  </details>
                </li>
              ))}
            </ol>
          </div>
        )),
      )}
    </section>
  );
}
