'use client';
/** Seconds left on the open question, by the server's clock, with a shrinking bar. */
import { useTranslations } from 'next-intl';
import type { QuizRoundView } from '@/lib/protocol/quiz';
import { useNow } from '../../_lib/use-now';
import { timeLeftMs } from '../../_lib/quiz/quiz-state';

export function QuizCountdown({ round, offsetMs }: { round: QuizRoundView; offsetMs: number }) {
  const t = useTranslations('quiz.common');
  const now = useNow(200, round.phase === 'open');
  const left = timeLeftMs(round, now, offsetMs);
  const seconds = Math.ceil(left / 1000);
  const fraction = Math.min(1, left / (round.timeLimitSeconds * 1000));
  return (
    <div className="quiz-countdown" role="timer" aria-label={left > 0 ? t('secondsLeft', { seconds }) : t('timeUp')} data-urgent={left > 0 && left <= 5000}>
      <span className="quiz-seconds" data-testid="quiz-countdown" aria-hidden="true">
        {seconds}
      </span>
      <span className="quiz-timebar" aria-hidden="true">
        <span style={{ width: `${fraction * 100}%` }} />
      </span>
    </div>
  );
}
