'use client';
/**
 * A past leaderboard as a table: the public board (ranked by public score) or the private one
 * (ranked by private score, public rank beside it). Rows arrive ordered by the server (same rules
 * as the live board); baselines are reference rows without a rank.
 */
import { useFormatter, useTranslations } from 'next-intl';
import type { LeaderboardEntry } from '@/lib/protocol/challenge';
import type { HistoryChallenge } from '@/lib/protocol/history';
import { useHistoryText } from '../../_lib/history/use-history-text';
import './history.css';

export interface HistoryBoardProps {
  rows: readonly LeaderboardEntry[];
  unit: HistoryChallenge['metric']['unit'];
  by: 'public' | 'private';
  caption: string;
  /** Marks this student's row ("you") on a student's own view. */
  me?: string | null;
  testId?: string;
}

export function HistoryBoard({ rows, unit, by, caption, me = null, testId = 'history-board' }: HistoryBoardProps) {
  const t = useTranslations('history.board');
  const text = useHistoryText();
  const format = useFormatter();
  const isPrivate = by === 'private';
  const columns = isPrivate ? 9 : 7;
  return (
    <div className="table-scroll">
      <table className="history-table" data-testid={testId} data-ranked-by={by}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{isPrivate ? t('privateRank') : t('rank')}</th>
            <th scope="col">{t('nickname')}</th>
            <th scope="col" className="num">{isPrivate ? t('privateScore') : t('score')}</th>
            {isPrivate && <th scope="col" className="num">{t('publicScore')}</th>}
            {isPrivate && <th scope="col" className="num">{t('publicRank')}</th>}
            <th scope="col">{t('cell')}</th>
            <th scope="col" className="num">{t('size')}</th>
            <th scope="col" className="num">{t('parameters')}</th>
            <th scope="col" className="num">{t('submissions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns} className="muted">{t('empty')}</td>
            </tr>
          )}
          {rows.map((row) => {
            const rank = isPrivate ? row.privateRank : row.rank;
            const mine = me !== null && row.participantId === me;
            return (
              <tr
                key={row.submissionId}
                data-testid="history-board-row"
                data-rank={rank ?? undefined}
                className={[row.isBaseline ? 'baseline' : '', mine ? 'mine' : ''].join(' ').trim() || undefined}
              >
                <td>{row.isBaseline ? <abbr className="ref-badge" title={t('referenceTitle')}>{t('reference')}</abbr> : (rank ?? '–')}</td>
                <th scope="row" className="who">
                  {row.nickname}
                  {mine && <span className="badge you">{t('you')}</span>}
                </th>
                <td className="num">{text.score(isPrivate ? row.privateScore : row.score, unit)}</td>
                {isPrivate && <td className="num">{text.score(row.score, unit)}</td>}
                {isPrivate && <td className="num">{row.rank ?? '–'}</td>}
                <td>
                  <span className={`cell-tag cell-${row.cell}`}>{text.cell(row.cell)}</span>
                </td>
                <td className="num">{t('sizeValue', { layers: row.layers, hidden: row.hidden })}</td>
                <td className="num">{format.number(row.parameters)}</td>
                <td className="num">{row.submissions}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
