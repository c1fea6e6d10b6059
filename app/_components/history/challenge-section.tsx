'use client';
/**
 * One challenge of a past session: its final public and private leaderboards, and for the owner the
 * class ablation and the replay. What is in `challenge` is what the server granted this viewer
 * (privateBoard is null when they may not see it).
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import type { AblationPoint, HistoryChallenge } from '@/lib/protocol/history';
import { useHistoryText } from '../../_lib/history/use-history-text';
import { AblationChart } from './ablation-chart';
import { HistoryBoard } from './history-board';
import { ReplayPanel } from './replay-panel';

export interface ChallengeSectionProps {
  challenge: HistoryChallenge & { ablation?: AblationPoint[] };
  n: number;
  /** The owner's view: ablation and replay (the session id is needed for the replay call). */
  ownerOf?: string;
  me?: string | null;
}

export function ChallengeSection({ challenge: c, n, ownerOf, me = null }: ChallengeSectionProps) {
  const t = useTranslations('history.review');
  const tc = useTranslations('history.common');
  const tch = useTranslations('history.chart');
  const tr = useTranslations('history.replay');
  const ts = useTranslations('history.shared');
  const format = useFormatter();
  const text = useHistoryText();
  const headingId = useId();
  const title = text.title(c);
  const unit = c.metric.unit;

  return (
    <section className="panel stack challenge-section" aria-labelledby={headingId} data-testid="history-challenge">
      <h3 id={headingId}>{t('challengeHeading', { n, title })}</h3>
      <p className="muted">
        {tc(`challengeStatus.${c.status}`)} · {c.revealedAt !== null ? tc('revealed') : tc('notRevealed')} ·{' '}
        {tc('metricLine', { metric: text.metric(c.metric.name), direction: text.direction(c.metric.higherIsBetter) })} ·{' '}
        {t('startedAt', { date: format.dateTime(new Date(c.startedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <div className="boards">
        <HistoryBoard rows={c.publicBoard} unit={unit} by="public" caption={t('publicBoard')} me={me} testId="public-board" />
        {c.privateBoard ? (
          <div className="stack">
            <HistoryBoard rows={c.privateBoard} unit={unit} by="private" caption={t('privateBoard')} me={me} testId="private-board" />
            {ownerOf && c.revealedAt === null && <p className="muted small">{t('privateUnrevealed')}</p>}
          </div>
        ) : (
          <p className="muted">{c.status === 'ended' ? ts('privateNotRevealed') : t('privateLater')}</p>
        )}
      </div>
      {ownerOf && c.ablation && (
        <div className="stack">
          <h4>{tch('heading')}</h4>
          <AblationChart points={c.ablation} challenge={c} />
        </div>
      )}
      {ownerOf && (
        <div className="stack">
          <h4>{tr('heading')}</h4>
          <ReplayPanel sessionId={ownerOf} challenge={c} />
        </div>
      )}
    </section>
  );
}
