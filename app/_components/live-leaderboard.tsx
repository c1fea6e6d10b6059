'use client';
/**
 * The challenge leaderboard as a table, for the control room (every column) and the projector (big,
 * top rows, animated). Rows arrive already ordered (app/_lib/live/leaderboard-rows.ts); baselines are
 * reference rows without a rank. After the reveal the private score and rank lead and arrows say how
 * far each student moved.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { Fragment, useRef } from 'react';
import type { ChallengeView, LeaderboardEntry } from '@/lib/protocol/challenge';
import { chanceLineIndex, rankFor, rowKey, scoreFor, type RankBy } from '../_lib/live/leaderboard-rows';
import { rankDelta } from '../_lib/live/rank-changes';
import { useFlip } from '../_lib/live/use-flip';
import { useScoreText } from '../_lib/live/use-score-text';

export interface LiveLeaderboardProps {
  rows: readonly LeaderboardEntry[];
  challenge: Pick<ChallengeView, 'metric' | 'chanceScore'>;
  /** Which ranks and scores lead: public (live) or private (after the reveal). */
  by: RankBy;
  /** Show the private columns and the ↑↓ moves (the reveal happened and is on show). */
  showMoves: boolean;
  variant: 'host' | 'board';
  caption: string;
}

export function LiveLeaderboard({ rows, challenge, by, showMoves, variant, caption }: LiveLeaderboardProps) {
  const t = useTranslations('live.leaderboard');
  const tc = useTranslations('live.cells');
  const format = useFormatter();
  const scoreText = useScoreText();
  const body = useRef<HTMLTableSectionElement>(null);
  const { unit, higherIsBetter } = challenge.metric;
  useFlip(body, `${by}|${rows.map(rowKey).join(',')}`);

  const chanceAt = chanceLineIndex(rows, challenge.chanceScore, higherIsBetter, by);
  const students = rows.filter((r) => !r.isBaseline);
  const leader = students[0];
  const host = variant === 'host';
  const columns = host ? (showMoves ? 10 : 7) : showMoves ? 5 : 4;

  return (
    <div className={`leaderboard-wrap lb-${variant}`}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {leader ? t('leads', { nickname: leader.nickname, score: scoreText(scoreFor(leader, by), unit), count: students.length }) : t('empty')}
      </p>
      <table className={`leaderboard lb-${variant}`} data-testid="leaderboard" data-ranked-by={by}>
        <caption className={host ? 'visually-hidden' : 'leaderboard-caption'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('nickname')}</th>
            {host && showMoves && <th scope="col" className="num">{t('publicScore')}</th>}
            {host && showMoves && <th scope="col" className="num">{t('publicRank')}</th>}
            <th scope="col" className="num">{showMoves ? t('privateScore') : t('score')}</th>
            {showMoves && <th scope="col">{t('change')}</th>}
            <th scope="col">{t('cell')}</th>
            {host && <th scope="col" className="num">{t('size')}</th>}
            {host && <th scope="col" className="num">{t('parameters')}</th>}
            {host && <th scope="col" className="num">{t('submissions')}</th>}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns} className="muted">{t('empty')}</td>
            </tr>
          )}
          {rows.map((row, i) => {
            const rank = rankFor(row, by);
            const delta = showMoves ? rankDelta(row) : null;
            return (
              <Fragment key={rowKey(row)}>
                {i === chanceAt && <ChanceRow columns={columns} text={t('chanceRow', { score: scoreText(challenge.chanceScore, unit) })} />}
                <tr
                  data-flip-key={rowKey(row)}
                  data-testid="leaderboard-row"
                  data-participant-id={row.participantId ?? undefined}
                  data-rank={rank ?? undefined}
                  data-baseline={row.isBaseline || undefined}
                  className={row.isBaseline ? 'baseline' : rank !== null && rank <= 3 ? `top top-${rank}` : undefined}
                >
                  <td className="rank">
                    {row.isBaseline ? <span className="ref-badge" title={t('referenceTitle')}>{t('reference')}</span> : (rank ?? '–')}
                  </td>
                  <th scope="row" className="who">{row.nickname}</th>
                  {host && showMoves && <td className="num">{scoreText(row.score, unit)}</td>}
                  {host && showMoves && <td className="num">{row.rank ?? '–'}</td>}
                  <td className="num score">{scoreText(scoreFor(row, by), unit)}</td>
                  {showMoves && (
                    <td className="move">
                      <Move delta={delta} />
                    </td>
                  )}
                  <td>
                    <span className={`cell-tag cell-${row.cell}`}>{tc(row.cell)}</span>
                  </td>
                  {host && <td className="num">{t('sizeValue', { layers: row.layers, hidden: row.hidden })}</td>}
                  {host && <td className="num">{format.number(row.parameters)}</td>}
                  {host && <td className="num">{row.submissions}</td>}
                </tr>
              </Fragment>
            );
          })}
          {chanceAt === rows.length && rows.length > 0 && <ChanceRow columns={columns} text={t('chanceRow', { score: scoreText(challenge.chanceScore, unit) })} />}
        </tbody>
      </table>
    </div>
  );
}

function ChanceRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr className="chance-row" data-flip-key="chance" data-testid="chance-line">
      <td colSpan={columns}>{text}</td>
    </tr>
  );
}

function Move({ delta }: { delta: number | null }) {
  const t = useTranslations('live.leaderboard');
  if (delta === null) return <span className="muted">–</span>;
  const up = delta > 0;
  const kind = delta === 0 ? 'same' : up ? 'up' : 'down';
  return (
    <span className={`move-${kind}`} data-testid="rank-move" data-delta={delta}>
      <span aria-hidden="true">{delta === 0 ? '=' : `${up ? '↑' : '↓'}${Math.abs(delta)}`}</span>
      <span className="visually-hidden">{delta === 0 ? t('same') : t(kind, { count: Math.abs(delta) })}</span>
    </span>
  );
}
