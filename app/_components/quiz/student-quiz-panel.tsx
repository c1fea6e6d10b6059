'use client';
/**
 * The student's quiz: big answer buttons and the countdown while a question is open, "answered —
 * waiting" after answering, then right or wrong with the points, streak, total and rank, the answer
 * and why; at the end the final rank and the podium. Mounted by app/play/[code]/student-room.tsx on
 * the room's own socket; renders nothing when no round is on.
 */
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { answerText, pick } from '../../_lib/quiz/answer-text';
import { useStudentQuiz } from '../../_lib/quiz/use-student-quiz';
import type { ClientSocket } from '../../_lib/socket';
import { useErrorText } from '../../_lib/use-error-text';
import { AnswerInput } from './answer-input';
import { QuizCountdown } from './quiz-countdown';
import { QuizPodium } from './quiz-standings';
import { RevealBox } from './reveal-box';
import './quiz.css';

interface Props {
  code: string;
  socket: ClientSocket | null;
  /** The joined student (from use-student-room): who I am, and whether the socket is (re)joined. */
  student: { participantId: string; connected: boolean };
}

export function StudentQuizPanel({ code, socket, student }: Props) {
  const t = useTranslations('quiz.student');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const errorText = useErrorText();
  const quiz = useStudentQuiz(socket, code, student.connected);
  // An error belongs to the question it was about ("time is up" must not linger on the next one).
  const [failure, setFailure] = useState<{ key: string; error: ProtocolError } | null>(null);
  const round = quiz.round;
  if (!round || round.dismissed) return null;
  const key = `${round.id}#${round.index}`;
  const error = failure?.key === key ? failure.error : null;

  const standings = quiz.standings && quiz.standings.roundId === round.id ? quiz.standings : null;
  const me = standings?.entries.find((e) => e.participantId === student.participantId) ?? null;
  const current = standings !== null && standings.closedCount === round.index + 1;
  const mine = quiz.myAnswer?.answer ?? null;

  return (
    <section className="panel stack" aria-labelledby="quiz-student-heading" aria-live="polite" data-testid="quiz-student-panel" data-phase={round.phase}>
      <div className="quiz-meta">
        <h2 id="quiz-student-heading" style={{ margin: 0 }}>{t('heading')}</h2>
        {round.phase !== 'ended' && <span data-testid="quiz-progress">{tc('questionOf', { index: round.index + 1, count: round.questionCount })}</span>}
      </div>

      {round.phase === 'open' && (
        <>
          <p className="quiz-prompt" data-testid="quiz-prompt">{pick(round.question.prompt, locale)}</p>
          <QuizCountdown round={round} offsetMs={quiz.offsetMs} />
          {mine ? (
            <div className="stack" data-testid="quiz-waiting">
              <p className="notice">{t('answered')}</p>
              <p className="muted">
                {tc('yourAnswer')}: {answerText(round.question, mine, locale)}
              </p>
            </div>
          ) : (
            <AnswerInput question={round.question} locale={locale} disabled={quiz.sending} onAnswer={async (a) => {
                const problem = await quiz.answer(a);
                setFailure(problem ? { key, error: problem } : null);
              }} />
          )}
        </>
      )}

      {round.phase === 'closed' && (
        <>
          <p className="quiz-prompt">{pick(round.question.prompt, locale)}</p>
          {current && me && (
            <div className="stack" data-testid="quiz-result">
              <p className={`quiz-verdict ${me.lastCorrect ? 'right' : 'wrong'}`} data-testid="quiz-verdict" data-correct={String(me.lastCorrect)}>
                {me.lastCorrect ? t('right') : me.lastCorrect === false ? t('wrong') : t('noAnswer')}
              </p>
              <div className="quiz-result">
                <span className="quiz-big-number" data-testid="quiz-my-points">{t('pointsGained', { points: me.lastPoints })}</span>
                {me.lastBonus > 0 && <span className="muted">{t('bonusIncluded', { bonus: me.lastBonus })}</span>}
              </div>
              <MyStanding score={me.score} rank={me.rank} count={standings!.total} streak={me.streak} />
            </div>
          )}
          {quiz.reveal && <RevealBox question={round.question} reveal={quiz.reveal} mine={mine} locale={locale} />}
          <p className="muted">{t('waitNext')}</p>
        </>
      )}

      {round.phase === 'ended' && (
        <div className="stack" data-testid="quiz-final">
          <h3 style={{ margin: 0 }}>{t('over')}</h3>
          {me && (
            <>
              <p className="quiz-verdict" data-testid="quiz-final-text">{t('final', { rank: me.rank, count: standings!.total, score: me.score })}</p>
              <MyStanding score={me.score} rank={me.rank} count={standings!.total} streak={me.streak} />
            </>
          )}
          {standings && <QuizPodium entries={standings.entries} />}
          <p>
            <Link href="/quiz">{t('reviewLater')}</Link>
          </p>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}

function MyStanding({ score, rank, count, streak }: { score: number; rank: number; count: number; streak: number }) {
  const t = useTranslations('quiz.student');
  return (
    <p className="quiz-meta">
      <strong data-testid="quiz-my-score" data-score={score}>{t('total', { score })}</strong>
      <span data-testid="quiz-my-rank" data-rank={rank}>{t('rank', { rank, count })}</span>
      <span data-testid="quiz-my-streak">{t('streak', { count: streak })}</span>
    </p>
  );
}
