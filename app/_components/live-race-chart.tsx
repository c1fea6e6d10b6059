'use client';
/**
 * The learning-curve race on the projector: loss (or the challenge metric) against training step for
 * the leading students, one coloured line each with its nickname at the end, the chance line when the
 * metric is plotted, and "+ K more training" for everyone not drawn. Hand-drawn SVG: at most 8 × 240
 * points, and direct labels read better from the back row than a legend.
 */
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import type { ChallengeView } from '@/lib/protocol/challenge';
import { extent, linearScale } from '../_lib/live/chart-scale';
import { chooseField, selectRace, valueOf, type RaceHistory } from '../_lib/live/race-history';
import { formatTick } from '../_lib/live/score-format';
import { useMetricName } from '../_lib/live/use-score-text';
import { assignColors, SERIES_COLORS, spreadLabels } from '../_lib/live/series-colors';

const W = 960;
const H = 480;
const PAD = { left: 72, right: 190, top: 20, bottom: 56 };
/** A student counts as training while their last point is at most this old (server clock, ms). */
export const ACTIVE_MS = 30_000;

export interface LiveRaceChartProps {
  race: RaceHistory;
  challenge: Pick<ChallengeView, 'metric' | 'chanceScore'>;
  /** Server time now (ms), to tell who is still training. */
  serverNow: number;
  maxSeries?: number;
}

export function LiveRaceChart({ race, challenge, serverNow, maxSeries = SERIES_COLORS.length }: LiveRaceChartProps) {
  const t = useTranslations('live.race');
  const metricName = useMetricName();
  const colors = useRef(new Map<string, number>());
  const { unit, higherIsBetter } = challenge.metric;
  const field = chooseField(Object.values(race.series));
  const { shown, moreTraining } = selectRace(race, { n: maxSeries, serverNow, activeMs: ACTIVE_MS, field, higherIsBetter });
  colors.current = assignColors(colors.current, shown.map((s) => s.participantId), SERIES_COLORS.length);

  const asMetric = field === 'metric';
  const lines = shown.map((s) => ({
    s,
    pts: s.samples.flatMap((x) => {
      const v = valueOf(x, field);
      return v === null ? [] : [{ step: x.step, v }];
    }),
  }));
  const steps = lines.flatMap((l) => l.pts.map((p) => p.step));
  const values = lines.flatMap((l) => l.pts.map((p) => p.v));
  const [, maxStep] = extent([0, ...steps], 0);
  let [lo, hi] = extent(asMetric ? [...values, challenge.chanceScore] : [0, ...values], 0.05);
  if (asMetric && unit === '%') [lo, hi] = [0, 1];
  if (!asMetric || unit !== '%') lo = Math.max(0, lo);
  const x = linearScale(0, maxStep, PAD.left, W - PAD.right, 6);
  const y = linearScale(lo, hi, H - PAD.bottom, PAD.top, 5);
  const tickText = (v: number) => (asMetric ? formatTick(v, unit) : String(Number(v.toPrecision(3))));
  const ends = lines.map((l) => {
    const last = l.pts[l.pts.length - 1];
    return last ? y(last.v) : PAD.top;
  });
  const labelYs = spreadLabels(ends, 26, PAD.top + 8, H - PAD.bottom);
  const yLabel = asMetric ? t('metricAxis', { metric: metricName(challenge.metric.name), unit: unit === '%' ? '%' : t('bitsPerChar') }) : t('lossAxis');

  return (
    <figure className="race" data-testid="race" data-field={field} data-shown={shown.length}>
      {shown.length === 0 ? (
        <p className="race-empty muted">{t('empty')}</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('summary', { count: shown.length, axis: yLabel })} className="race-svg">
          {y.ticks.map((v) => (
            <g key={`y${v}`} className="grid">
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 10} y={y(v)} textAnchor="end" dominantBaseline="middle">{tickText(v)}</text>
            </g>
          ))}
          {x.ticks.map((v) => (
            <text key={`x${v}`} className="tick" x={x(v)} y={H - PAD.bottom + 24} textAnchor="middle">{v}</text>
          ))}
          <text className="axis-label" x={(PAD.left + W - PAD.right) / 2} y={H - 8} textAnchor="middle">{t('stepAxis')}</text>
          <text className="axis-label" x={16} y={(PAD.top + H - PAD.bottom) / 2} textAnchor="middle" transform={`rotate(-90 16 ${(PAD.top + H - PAD.bottom) / 2})`}>{yLabel}</text>
          {asMetric && (
            <g className="chance-line">
              <line x1={PAD.left} x2={W - PAD.right} y1={y(challenge.chanceScore)} y2={y(challenge.chanceScore)} />
              <text x={W - PAD.right + 8} y={y(challenge.chanceScore)} dominantBaseline="middle">{t('chance')}</text>
            </g>
          )}
          {lines.map((l, i) => {
            const color = SERIES_COLORS[colors.current.get(l.s.participantId) ?? 0];
            const d = l.pts.map((p, k) => `${k ? 'L' : 'M'}${x(p.step).toFixed(1)},${y(p.v).toFixed(1)}`).join('');
            const last = l.pts[l.pts.length - 1];
            return (
              <g key={l.s.participantId} className="series" data-participant-id={l.s.participantId}>
                <path d={d} fill="none" stroke={color} strokeWidth={4} strokeLinejoin="round" strokeLinecap="round" />
                {last && <circle cx={x(last.step)} cy={y(last.v)} r={6} fill={color} />}
                <text x={W - PAD.right + 12} y={labelYs[i]} dominantBaseline="middle" className="series-label" style={{ fill: color }}>
                  {truncate(l.s.nickname, 12)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <figcaption className="race-caption">
        {moreTraining > 0 && <span data-testid="race-more">{t('moreTraining', { count: moreTraining })}</span>}
      </figcaption>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
