'use client';
/**
 * Class insights while a challenge runs: how many students are training and have submitted, and the
 * scatter of score against hidden size by cell type with the average per cell — the class's ablation.
 */
import { useTranslations } from 'next-intl';
import type { ChallengeView, Insights } from '@/lib/protocol/challenge';
import { CELL_COLORS, LiveScoreScatter, Marker } from '../../_components/live-score-scatter';
import { averageByCell } from '../../_lib/live/insights-math';
import { useScoreText } from '../../_lib/live/use-score-text';

export function ClassInsights({ insights, challenge, studentsInRoom }: { insights: Insights | null; challenge: ChallengeView; studentsInRoom: number }) {
  const t = useTranslations('live.insights');
  const tc = useTranslations('live.cells');
  const scoreText = useScoreText();
  const points = insights?.points ?? [];
  // The server's averages when it sends them; the same numbers computed here otherwise.
  const averages = insights?.averageByCell.length ? insights.averageByCell : averageByCell(points);
  const students = insights?.students ?? studentsInRoom;
  const training = insights?.training ?? 0;
  const submitted = insights?.submitted ?? 0;

  return (
    <section className="stack" aria-labelledby="insights-heading">
      <h3 id="insights-heading">{t('heading')}</h3>
      <div className="stat-row">
        <p className="stat" data-testid="insights-training" data-count={training}>
          {t.rich('training', { count: training, b: (chunks) => <span className="stat-number">{chunks}</span> })}
        </p>
        <p className="stat" data-testid="insights-submitted" data-count={submitted}>
          {t.rich('submitted', { submitted, students, b: (chunks) => <span className="stat-number">{chunks}</span> })}
        </p>
      </div>
      <figure className="stack" style={{ margin: 0 }}>
        <figcaption className="small">{t('scatterTitle')}</figcaption>
        {points.length === 0 ? <p className="muted">{t('none')}</p> : <LiveScoreScatter points={points} challenge={challenge} />}
        <ul className="cell-averages" aria-label={t('averagesLabel')}>
          {averages.map((a) => (
            <li key={a.cell}>
              <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <Marker cell={a.cell} cx={9} cy={9} size={6} />
              </svg>
              <span style={{ color: CELL_COLORS[a.cell] }} className="cell-name">{tc(a.cell)}</span>{' '}
              {t('average', { score: scoreText(a.average, challenge.metric.unit), count: a.count })}
            </li>
          ))}
        </ul>
      </figure>
    </section>
  );
}
