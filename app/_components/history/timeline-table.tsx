'use client';
/**
 * One student's submissions in time order: when, which challenge, the model and its settings, the
 * score the browser claimed beside the server's verified scores, status, and the model file. The
 * owner downloads through a plain link (their cookie); a student through a button that sends their
 * participant token in a header (see downloadModel).
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { HistoryChallenge, TimelineSubmission } from '@/lib/protocol/history';
import { configSummary } from '../../_lib/history/config-summary';
import { downloadModel } from '../../_lib/history/history-api';
import { useHistoryText } from '../../_lib/history/use-history-text';
import './history.css';

export type ChallengeIndex = ReadonlyMap<string, { n: number; unit: HistoryChallenge['metric']['unit'] }>;
export type ModelAccess = { kind: 'owner' } | { kind: 'student'; bearer: string } | null;

export function TimelineTable({ submissions, challenges, caption, access }: { submissions: readonly TimelineSubmission[]; challenges: ChallengeIndex; caption: string; access: ModelAccess }) {
  const t = useTranslations('history.timeline');
  const tm = useTranslations('history.me');
  const format = useFormatter();
  const text = useHistoryText();
  const [failed, setFailed] = useState(false);
  if (submissions.length === 0) return <p className="muted">{t('none')}</p>;
  const when = (ms: number) => format.dateTime(new Date(ms), { dateStyle: 'short', timeStyle: 'medium' });

  return (
    <div className="table-scroll">
      <table className="history-table timeline" data-testid="timeline">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            <th scope="col">{t('challenge')}</th>
            <th scope="col">{t('model')}</th>
            <th scope="col">{t('settings')}</th>
            <th scope="col" className="num">{t('claimed')}</th>
            <th scope="col" className="num">{t('verified')}</th>
            <th scope="col" className="num">{t('private')}</th>
            <th scope="col">{t('status')}</th>
            {access && <th scope="col">{t('download')}</th>}
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => {
            const c = challenges.get(s.challengeId);
            const unit = c?.unit ?? '%';
            return (
              <tr key={s.id} data-testid="timeline-row" data-submission-id={s.id} className={s.counted ? 'counted' : undefined}>
                <th scope="row" className="when">
                  <time dateTime={new Date(s.createdAt).toISOString()}>{when(s.createdAt)}</time>
                </th>
                <td>{c?.n ?? '?'}</td>
                <td className="nowrap">
                  <span className={`cell-tag cell-${s.cell}`}>{text.cell(s.cell)}</span> {s.layers} × {s.hidden}
                </td>
                <td className="settings">{configSummary(s.config).join(' · ')}</td>
                <td className="num">{text.score(s.claimedScore, unit)}</td>
                <td className="num">{text.score(s.publicScore, unit)}</td>
                <td className="num">{text.score(s.privateScore, unit)}</td>
                <td>
                  {t(`statuses.${s.status}`)}
                  {s.counted && (
                    <span className="badge counted" title={t('countedTitle')}>
                      {t('counted')}
                    </span>
                  )}
                  {s.error && <span className="muted block">{s.error}</span>}
                </td>
                {access?.kind === 'owner' && (
                  <td>
                    <a href={`/api/history/submissions/${s.id}/model`} download aria-label={t('downloadLabel', { time: when(s.createdAt) })}>
                      .unrl
                    </a>
                  </td>
                )}
                {access?.kind === 'student' && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('downloadLabel', { time: when(s.createdAt) })}
                      onClick={async () => setFailed(!(await downloadModel(s.id, access.bearer)))}
                    >
                      .unrl
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {failed && <p className="error" role="alert">{tm('downloadFailed')}</p>}
    </div>
  );
}
