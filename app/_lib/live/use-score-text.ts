'use client';
/** Score text in the reader's language: "87.5%", "2.13 bits/char" (“2.13 비트/문자”). */
import { useTranslations } from 'next-intl';
import { formatScoreNumber, type ScoreUnit } from './score-format';

export function useScoreText(): (value: number | null | undefined, unit: ScoreUnit) => string {
  const t = useTranslations('live.units');
  return (value, unit) => {
    const n = formatScoreNumber(value, unit);
    if (n === '—') return n;
    return unit === '%' ? t('percent', { value: n }) : t('bitsPerChar', { value: n });
  };
}

/** The metric's name in the reader's language ("exact match", "정확히 일치"), or as the task names it. */
export function useMetricName(): (name: string) => string {
  const t = useTranslations('live.metrics');
  return (name) => (t.has(name) ? t(name) : name);
}
