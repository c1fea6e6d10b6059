'use client';
/** The challenge's countdown in the server's clock (see app/_lib/live/countdown.ts). */
import { useTranslations } from 'next-intl';
import type { ChallengeView } from '@/lib/protocol/challenge';
import { formatCountdown, remainingMs, urgency } from '../_lib/live/countdown';
import { useNow } from '../_lib/use-now';

export function LiveCountdown({ challenge, offsetMs, className }: { challenge: ChallengeView; offsetMs: number; className?: string }) {
  const t = useTranslations('live.countdown');
  const now = useNow(250, challenge.status === 'running');
  const left = remainingMs(challenge, now, offsetMs);
  const text = formatCountdown(left);
  return (
    <span
      className={`countdown ${className ?? ''}`}
      data-urgency={challenge.status === 'running' ? urgency(left) : 'calm'}
      data-status={challenge.status}
      data-testid="countdown"
      role="timer"
      aria-label={challenge.status === 'paused' ? t('pausedLabel', { time: text }) : t('label', { time: text })}
    >
      {text}
    </span>
  );
}
