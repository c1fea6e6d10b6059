/**
 * Numbers on the student's screen: a task metric in its unit ('%' values are fractions 0..1), a
 * countdown, and the parameter count — formatted for the reader's locale.
 */
import type { MetricSpec } from '@/lib/tasks/types';

/** "87.5%" or "2.134 bits/char"; '–' when there is no value yet. */
export function formatMetric(value: number | null | undefined, metric: Pick<MetricSpec, 'unit'>, locale = 'en'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (metric.unit === '%') return `${(100 * value).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  return `${value.toLocaleString(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 })} ${metric.unit}`;
}

/** "12:05" (m:ss) or "1:02:05" (h:mm:ss) for a duration in ms; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Whether score a beats score b for this metric. */
export function isBetter(a: number, b: number, metric: { higherIsBetter: boolean }): boolean {
  return metric.higherIsBetter ? a > b : a < b;
}

/** "1.2 k/s"-style compact number for rates and counts. */
export function formatCompact(n: number, locale = 'en'): string {
  if (!Number.isFinite(n)) return '–';
  return n.toLocaleString(locale, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Axis labels that stay short: 1e-4, 0.25, 12, 3.4k. */
export function tick(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a < 0.01 || a >= 1e6) return v.toExponential(0);
  if (a >= 1000) return `${+(v / 1000).toPrecision(3)}k`;
  return String(+v.toPrecision(3));
}
