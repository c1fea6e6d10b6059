'use client';
/**
 * Score against hidden size for every scored submission, one marker shape and colour per cell type,
 * with the mean at each size joined by a line: the class's own RNN-vs-LSTM ablation. Hand-drawn SVG
 * (a few hundred points at most); shapes as well as colours, so it reads without colour vision.
 */
import { useTranslations } from 'next-intl';
import type { ChallengeView, Insights } from '@/lib/protocol/challenge';
import { extent, linearScale, log2Scale } from '../_lib/live/chart-scale';
import { meansByHidden, type CellKind } from '../_lib/live/insights-math';
import { formatTick } from '../_lib/live/score-format';
import { useMetricName, useScoreText } from '../_lib/live/use-score-text';

const W = 640;
const H = 340;
const PAD = { left: 64, right: 20, top: 16, bottom: 52 };
export const CELL_COLORS: Record<CellKind, string> = { rnn: '#d55e00', lstm: '#0072b2', gru: '#009e73' };

export function LiveScoreScatter({ points, challenge }: { points: Insights['points']; challenge: Pick<ChallengeView, 'metric' | 'chanceScore'> }) {
  const t = useTranslations('live.insights');
  const tc = useTranslations('live.cells');
  const metricName = useMetricName();
  const scoreText = useScoreText();
  const { unit } = challenge.metric;
  const hiddens = points.map((p) => p.hidden);
  const x = log2Scale(Math.min(8, ...hiddens), Math.max(128, ...hiddens), PAD.left, W - PAD.right);
  const [lo, hi] = unit === '%' ? [0, 1] : extent([...points.map((p) => p.score), challenge.chanceScore, 0], 0.05);
  const y = linearScale(Math.max(0, lo), hi, H - PAD.bottom, PAD.top, 5);
  const means = meansByHidden(points);
  // Markers at the same size would hide each other: spread each cell's markers a little sideways.
  const jitter: Record<CellKind, number> = { rnn: -7, lstm: 0, gru: 7 };
  const yAxis = t('yAxis', { metric: metricName(challenge.metric.name), unit: unit === '%' ? '%' : t('bitsPerChar') });

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="scatter-svg" role="img" aria-label={t('scatterLabel', { count: points.length })} data-testid="insights-scatter">
      {y.ticks.map((v) => (
        <g key={`y${v}`} className="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">{formatTick(v, unit)}</text>
        </g>
      ))}
      {x.ticks.map((v) => (
        <text key={`x${v}`} className="tick" x={x(v)} y={H - PAD.bottom + 20} textAnchor="middle">{v}</text>
      ))}
      <text className="axis-label" x={(PAD.left + W - PAD.right) / 2} y={H - 8} textAnchor="middle">{t('xAxis')}</text>
      <text className="axis-label" x={14} y={(PAD.top + H - PAD.bottom) / 2} textAnchor="middle" transform={`rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})`}>{yAxis}</text>
      <g className="chance-line">
        <line x1={PAD.left} x2={W - PAD.right} y1={y(challenge.chanceScore)} y2={y(challenge.chanceScore)} />
        <text x={W - PAD.right - 4} y={y(challenge.chanceScore) - 6} textAnchor="end">{t('chance')}</text>
      </g>
      {(Object.keys(means) as CellKind[]).map((cell) =>
        means[cell].length > 1 ? (
          <polyline
            key={`mean-${cell}`}
            points={means[cell].map((m) => `${x(m.hidden) + jitter[cell]},${y(m.mean)}`).join(' ')}
            fill="none"
            stroke={CELL_COLORS[cell]}
            strokeWidth={2.5}
            strokeDasharray="6 4"
          />
        ) : null,
      )}
      {points.map((p, i) => (
        <Marker key={i} cell={p.cell} cx={x(p.hidden) + jitter[p.cell]} cy={y(p.score)}>
          <title>{t('pointTitle', { cell: tc(p.cell), layers: p.layers, hidden: p.hidden, score: scoreText(p.score, unit) })}</title>
        </Marker>
      ))}
    </svg>
  );
}

/** rnn ●, lstm ■, gru ▲. */
export function Marker({ cell, cx, cy, size = 6, children }: { cell: CellKind; cx: number; cy: number; size?: number; children?: React.ReactNode }) {
  const common = { fill: CELL_COLORS[cell], fillOpacity: 0.75, stroke: CELL_COLORS[cell], strokeWidth: 1.5 };
  if (cell === 'lstm') return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common}>{children}</rect>;
  if (cell === 'gru') return <polygon points={`${cx},${cy - size * 1.2} ${cx + size * 1.1},${cy + size * 0.8} ${cx - size * 1.1},${cy + size * 0.8}`} {...common}>{children}</polygon>;
  return <circle cx={cx} cy={cy} r={size} {...common}>{children}</circle>;
}
