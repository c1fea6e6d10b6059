'use client';
/**
 * The control room's quiz section: start a round; while it runs, the question with its countdown and
 * how many have answered, then the reveal and the leaderboard with "next"; at the end the podium.
 * Mounted by app/host/[code]/control-room.tsx with one line; it keeps its own connection.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { pick } from '../../_lib/quiz/answer-text';
import { useHostQuiz } from '../../_lib/quiz/use-host-quiz';
import { useErrorText } from '../../_lib/use-error-text';
import { QuizCountdown } from './quiz-countdown';
import { QuizStartForm } from './quiz-start-form';
import { QuizPodium, StandingsTable } from './quiz-standings';
import { RevealBox } from './reveal-box';
import './quiz.css';

export function HostQuizPanel({ code }: { code: string }) {
  const t = useTranslations('quiz.host');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const errorText = useErrorText();
  const quiz = useHostQuiz(code);
  const [error, setError] = useState<ProtocolError | null>(null);
  const round = quiz.round;
  const run = async (action: () => Promise<ProtocolError | null>) => setError(await action());
  const last = round ? round.index + 1 >= round.questionCount : false;

  return (
    <section className="panel stack" aria-labelledby="quiz-host-heading" data-testid="quiz-host-panel" data-phase={round?.phase ?? 'none'}>
      <h2 id="quiz-host-heading">{t('heading')}</h2>
      {round && round.phase !== 'ended' && (
        <div className="stack">
          <div className="quiz-meta">
            <strong data-testid="quiz-progress">{tc('questionOf', { index: round.index + 1, count: round.questionCount })}</strong>
            <span>{round.mode === 'speed' ? tc('modeSpeed') : tc('modeAccuracy')}</span>
            {round.phase === 'open' && <span data-testid="quiz-answered">{tc('answeredCount', { answered: round.answered, expected: round.expected })}</span>}
          </div>
          <p className="quiz-prompt" data-testid="quiz-prompt">{pick(round.question.prompt, locale)}</p>
          {round.phase === 'open' ? (
            <>
              <QuizCountdown round={round} offsetMs={quiz.offsetMs} />
              <div className="row">
                <button type="button" className="primary" onClick={() => run(quiz.close)}>
                  {t('closeNow')}
                </button>
              </div>
            </>
          ) : (
            <>
              {quiz.reveal && <RevealBox question={round.question} reveal={quiz.reveal} locale={locale} showCounts />}
              <h3>{tc('leaderboard')}</h3>
              <StandingsTable entries={quiz.standings?.entries ?? []} caption={tc('leaderboard')} />
              <div className="row">
                <button type="button" className="primary" data-testid="quiz-next" onClick={() => run(quiz.next)}>
                  {last ? t('finish') : t('next')}
                </button>
              </div>
            </>
          )}
          <div>
            <button type="button" className="danger" onClick={() => window.confirm(t('endConfirm')) && run(quiz.end)}>
              {t('end')}
            </button>
          </div>
        </div>
      )}
      {round && round.phase === 'ended' && (
        <div className="stack" data-testid="quiz-final">
          <p className="notice">{t('over')}</p>
          <QuizPodium entries={quiz.standings?.entries ?? []} />
          <StandingsTable entries={quiz.standings?.entries ?? []} caption={tc('leaderboard')} />
          {!round.dismissed && (
            <div>
              <button type="button" onClick={() => run(quiz.dismiss)}>
                {t('dismiss')}
              </button>
            </div>
          )}
        </div>
      )}
      {(!round || round.phase === 'ended') && <QuizStartForm onStart={async (settings) => (setError(await quiz.start(settings)), null)} />}
      {(error ?? quiz.error) && (
        <p className="error" role="alert">
          {errorText(error ?? quiz.error)}
        </p>
      )}
    </section>
  );
}
