'use client';
/** The compact live leaderboard (top 10 + my row); after the reveal, the final (private) standings. */
import { useLocale, useTranslations } from 'next-intl';
import type { Leaderboard, MetricView } from './types';
import { formatMetric } from './format';
import { leaderboardRows } from './leaderboard-rows';

interface Props {
  readonly leaderboard: Leaderboard | null;
  readonly metric: MetricView;
  readonly participantId: string;
  /** The instructor ended the challenge (standings are final once revealed). */
  readonly ended: boolean;
}

export function MiniLeaderboard({ leaderboard, metric, participantId, ended }: Props) {
  const t = useTranslations('train');
  const locale = useLocale();
  const revealed = leaderboard?.revealed ?? false;
  const rows = leaderboard ? leaderboardRows(leaderboard.entries, participantId, revealed) : [];
  const heading = revealed ? t('board.final') : ended ? t('board.ended') : t('board.live');
  return (
    <section className="panel stack" aria-labelledby="board-heading" data-testid={revealed ? 'final-standings' : 'mini-leaderboard'}>
      <h2 id="board-heading">{heading}</h2>
      {revealed ? <p className="muted small">{t('board.revealedHelp')}</p> : <p className="muted small">{t('board.help')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('board.empty')}</p>
      ) : (
        <table className="compact-table board-table">
          <thead>
            <tr>
              <th scope="col">{t('board.rank')}</th>
              <th scope="col">{t('board.name')}</th>
              <th scope="col">{revealed ? t('board.publicScore') : t('board.score')}</th>
              {revealed ? <th scope="col">{t('board.privateScore')}</th> : null}
              <th scope="col">{t('board.model')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry: e, mine, afterGap }) => (
              <tr key={e.submissionId} className={[mine ? 'mine' : '', afterGap ? 'after-gap' : '', e.isBaseline ? 'baseline' : ''].join(' ').trim() || undefined} data-testid={mine ? 'my-board-row' : undefined}>
                <td>{e.isBaseline ? t('board.reference') : `#${(revealed ? e.privateRank : e.rank) ?? '–'}`}</td>
                <td>
                  {e.nickname}
                  {mine ? <span className="visually-hidden"> {t('board.you')}</span> : null}
                </td>
                <td>{formatMetric(e.score, metric, locale)}</td>
                {revealed ? <td>{formatMetric(e.privateScore, metric, locale)}</td> : null}
                <td className="muted">{t('submit.modelValue', { cell: t(`cell.${e.cell}`), layers: e.layers, hidden: e.hidden })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
