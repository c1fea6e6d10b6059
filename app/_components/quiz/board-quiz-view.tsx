'use client';
/**
 * The projector during a quiz round: the question with a big countdown and how many have answered;
 * after it closes, the answer distribution, the right answer and why next to the leaderboard; at the
 * end the podium. app/board/[code]/projector.tsx shows this instead of its own view while
 * `quiz.onBoard` (a round is on, or its podium was not dismissed yet).
 */
import { useLocale, useTranslations } from 'next-intl';
import type { PublicQuestion } from '@/lib/quiz/public-view';
import { LETTERS, optionsOf, pick } from '../../_lib/quiz/answer-text';
import { useHostQuiz, type HostQuiz } from '../../_lib/quiz/use-host-quiz';
import { QuizCountdown } from './quiz-countdown';
import { QuizPodium, StandingsTable } from './quiz-standings';
import { RevealBox } from './reveal-box';
import './quiz.css';

const BOARD_ROWS = 10;

/** The projector's quiz connection (the host's, read-only in practice): re-exported so the board mounts the quiz with one import. */
export const useBoardQuiz = useHostQuiz;

export function BoardQuizView({ quiz }: { quiz: HostQuiz }) {
  const t = useTranslations('quiz.board');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const round = quiz.round;
  if (!round) return null;
  const entries = quiz.standings?.roundId === round.id ? quiz.standings.entries : [];

  if (round.phase === 'ended') {
    return (
      <div className="quiz-board stack" data-testid="quiz-board" data-phase="ended">
        <h1>{t('roundOver')}</h1>
        <QuizPodium entries={entries} />
        <StandingsTable entries={entries} limit={BOARD_ROWS} caption={tc('leaderboard')} />
      </div>
    );
  }

  return (
    <div className="quiz-board stack" data-testid="quiz-board" data-phase={round.phase}>
      <div className="quiz-meta">
        <strong data-testid="quiz-progress">{tc('questionOf', { index: round.index + 1, count: round.questionCount })}</strong>
        <span>{round.mode === 'speed' ? tc('modeSpeed') : tc('modeAccuracy')}</span>
      </div>
      {round.phase === 'open' ? (
        <>
          <p className="quiz-prompt" data-testid="quiz-prompt">{pick(round.question.prompt, locale)}</p>
          <QuizCountdown round={round} offsetMs={quiz.offsetMs} />
          <p className="board-count" data-testid="quiz-answered" aria-live="polite">
            {t('answered', { answered: round.answered, expected: round.expected })}
          </p>
          <QuestionOptions question={round.question} locale={locale} />
        </>
      ) : (
        <div className="quiz-board-grid">
          <div className="stack">
            <p className="quiz-prompt" data-testid="quiz-prompt">{pick(round.question.prompt, locale)}</p>
            {quiz.reveal && <RevealBox question={round.question} reveal={quiz.reveal} locale={locale} showCounts />}
          </div>
          <section className="stack" aria-labelledby="quiz-board-standings">
            <h2 id="quiz-board-standings">
              {tc('leaderboard')} <span className="muted">{tc('afterQuestions', { count: round.index + 1 })}</span>
            </h2>
            <StandingsTable entries={entries} limit={BOARD_ROWS} caption={tc('leaderboard')} />
          </section>
        </div>
      )}
    </div>
  );
}

/** The choices (or items to order) as the class reads them while answering; nothing is marked. */
function QuestionOptions({ question, locale }: { question: PublicQuestion; locale: string }) {
  const options = optionsOf(question);
  if (options.length === 0) return null;
  return (
    <ul className="quiz-choices">
      {options.map((o, i) => (
        <li key={i} className="quiz-choice panel">
          <span className="quiz-letter" aria-hidden="true">{question.kind === 'ordering' ? '•' : LETTERS[i]}</span>
          <span>{pick(o, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
