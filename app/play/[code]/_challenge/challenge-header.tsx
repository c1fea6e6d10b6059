'use client';
/** The challenge at a glance: task, status, time left (server clock), metric and chance level. */
import { useLocale, useTranslations } from 'next-intl';
import { formatCountdown, formatMetric } from './format';
import type { ChallengeView } from './types';
import { useNow } from '../../../_lib/use-now';

export function ChallengeHeader({ view, clockOffsetMs }: { readonly view: ChallengeView; readonly clockOffsetMs: number }) {
  const t = useTranslations('train');
  const tt = useTranslations(`tasks.${view.taskId}`);
  const locale = useLocale();
  const now = useNow(1000, view.status === 'running') + clockOffsetMs;
  const remaining = view.status === 'running' && view.endsAt !== null ? view.endsAt - now : view.remainingMs;
  const metricName = t.has(`metricName.${view.metric.name}`) ? t(`metricName.${view.metric.name}`) : view.metric.name;
  return (
    <header className="challenge-header">
      <div>
        <p className="muted small">{t('header.challenge')}</p>
        <h2 className="challenge-title">{tt('title')}</h2>
        <p className="muted">
          {t('header.metric', { metric: metricName, direction: t(view.metric.higherIsBetter ? 'header.higher' : 'header.lower'), chance: formatMetric(view.chanceScore, view.metric, locale) })}
        </p>
      </div>
      <div className="challenge-clock" data-testid="challenge-status" data-status={view.status}>
        <span className={`badge ${view.status === 'running' ? 'live' : view.status === 'ended' ? 'ended' : ''}`}>{t(`header.status.${view.status}`)}</span>
        {view.status !== 'ended' && remaining !== null ? (
          <span className="clock">
            <span className="visually-hidden">{t('header.timeLeft')} </span>
            <span data-testid="challenge-countdown">{formatCountdown(remaining)}</span>
          </span>
        ) : null}
      </div>
    </header>
  );
}
