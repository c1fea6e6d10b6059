'use client';
/** The top three after the reveal: second, first, third side by side, first tallest. */
import { useTranslations } from 'next-intl';
import type { ChallengeView, LeaderboardEntry } from '@/lib/protocol/challenge';
import { useScoreText } from '../_lib/live/use-score-text';

export function LivePodium({ top, challenge, revealed }: { top: readonly LeaderboardEntry[]; challenge: Pick<ChallengeView, 'metric'>; revealed: boolean }) {
  const t = useTranslations('live.podium');
  const tc = useTranslations('live.cells');
  const scoreText = useScoreText();
  // Visual order 2-1-3; the list stays in rank order for screen readers via `order` in CSS.
  return (
    <section className="podium" aria-labelledby="podium-heading" data-testid="podium">
      <h2 id="podium-heading" className="podium-title">{t('heading')}</h2>
      <ol className="podium-steps">
        {top.map((e, i) => (
          <li key={e.participantId ?? e.submissionId} className={`podium-step place-${i + 1}`} data-participant-id={e.participantId ?? undefined}>
            {/* A drawn medal, not an emoji: projector machines often lack an emoji font. */}
            <span className="podium-medal" aria-hidden="true" />
            <span className="podium-name">{e.nickname}</span>
            <span className="podium-score">{scoreText(revealed ? (e.privateScore ?? e.score) : e.score, challenge.metric.unit)}</span>
            <span className="podium-model">{t('model', { cell: tc(e.cell), layers: e.layers, hidden: e.hidden })}</span>
            <span className="podium-block">
              <span className="visually-hidden">{t('place', { place: i + 1 })}</span>
              <span aria-hidden="true">{i + 1}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
