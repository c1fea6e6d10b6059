'use client';
/**
 * The class ablation of a past challenge: every scored student model as a marker, score against
 * hidden size (base-2 axis), one shape and colour per cell type (circle RNN, square LSTM, triangle
 * GRU, so it reads without colour vision), the chance line, averages per cell, and the same points
 * as a table for screen readers and exact values. Hand-drawn SVG; it scales to the container width.
 */
import { useTranslations } from 'next-intl';
import type { AblationPoint, HistoryChallenge } from '@/lib/protocol/history';
import { extent, linearScale, log2Scale } from '../../_lib/live/chart-scale';
import { formatScoreNumber } from '../../_lib/live/score-format';
import { useHistoryText } from '../../_lib/history/use-history-text';
import './history.css';

type Cell = AblationPoint['cell'];
const W = 640;
const H = 320;
const PAD = { left: 60, right: 16, top: 14, bottom: 50 };
const COLORS: Record<Cell, string> = { rnn: '#d55e00', lstm: '#0072b2', gru: '#009e73' };
/** Markers at one hidden size would cover each other: each cell is nudged sideways a little. */
const NUDGE: Record<Cell, number> = { rnn: -7, lstm: 0, gru: 7 };
const CELLS: Cell[] = ['rnn', 'lstm', 'gru'];

export function AblationChart({ points, challenge }: { points: readonly AblationPoint[]; challenge: Pick<HistoryChallenge, 'metric' | 'chanceScore'> }) {
  const t = useTranslations('history.chart');
  const text = useHistoryText();
  const { unit } = challenge.metric;
  if (points.length === 0) return <p className="muted">{t('empty')}</p>;

  const hiddens = points.map((p) => p.hidden);
  const x = log2Scale(Math.min(4, ...hiddens), Math.max(64, ...hiddens), PAD.left, W - PAD.right);
  const [lo, hi] = unit === '%' ? [0, 1] : extent([...points.map((p) => p.score), challenge.chanceScore, 0], 0.05);
  const y = linearScale(Math.max(0, lo), hi, H - PAD.bottom, PAD.top, 5);
  const averages = CELLS.flatMap((cell) => {
    const scores = points.filter((p) => p.cell === cell).map((p) => p.score);
    return scores.length ? [{ cell, average: scores.reduce((a, b) => a + b, 0) / scores.length, count: scores.length }] : [];
  });
  const midY = (PAD.top + H - PAD.bottom) / 2;

  return (
    <figure className="ablation" data-testid="ablation-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('label', { count: points.length })}>
        {y.ticks.map((v) => (
          <g key={`y${v}`} className="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">{formatScoreNumber(v, unit)}</text>
          </g>
        ))}
        {x.ticks.map((v) => (
          <text key={`x${v}`} className="tick" x={x(v)} y={H - PAD.bottom + 18} textAnchor="middle">{v}</text>
        ))}
        <text className="axis-label" x={(PAD.left + W - PAD.right) / 2} y={H - 10} textAnchor="middle">{t('xAxis')}</text>
        <text className="axis-label" x={14} y={midY} textAnchor="middle" transform={`rotate(-90 14 ${midY})`}>
          {t('yAxis', { metric: text.metric(challenge.metric.name), unit: unit === '%' ? '%' : t('bitsPerChar') })}
        </text>
        <line className="chance-line" x1={PAD.left} x2={W - PAD.right} y1={y(challenge.chanceScore)} y2={y(challenge.chanceScore)} />
        {points.map((p, i) => (
          <Marker key={i} cell={p.cell} cx={x(p.hidden) + NUDGE[p.cell]} cy={y(p.score)}>
            <title>{t('point', { cell: text.cell(p.cell), layers: p.layers, hidden: p.hidden, score: text.score(p.score, unit) })}</title>
          </Marker>
        ))}
      </svg>
      <figcaption>
        <strong>{t('averages')}</strong>
        <ul className="legend">
          {averages.map((a) => (
            <li key={a.cell}>
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <Marker cell={a.cell} cx={8} cy={8} size={5} />
              </svg>
              {t('average', { cell: text.cell(a.cell), score: text.score(a.average, unit), count: a.count })}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('table')}</summary>
          <ul className="plain-list">
            {points.map((p, i) => (
              <li key={i}>{t('point', { cell: text.cell(p.cell), layers: p.layers, hidden: p.hidden, score: text.score(p.score, unit) })}</li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}

function Marker({ cell, cx, cy, size = 6, children }: { cell: Cell; cx: number; cy: number; size?: number; children?: React.ReactNode }) {
  const style = { fill: COLORS[cell], fillOpacity: 0.75, stroke: COLORS[cell], strokeWidth: 1.5 };
  if (cell === 'lstm') return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...style}>{children}</rect>;
  if (cell === 'gru') return <polygon points={`${cx},${cy - size * 1.2} ${cx + size * 1.1},${cy + size * 0.8} ${cx - size * 1.1},${cy + size * 0.8}`} {...style}>{children}</polygon>;
  return <circle cx={cx} cy={cy} r={size} {...style}>{children}</circle>;
}
