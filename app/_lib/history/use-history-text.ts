'use client';
/** Texts shared by the history pages: scores in the metric's unit, metric names, challenge titles. */
import { useTranslations } from 'next-intl';
import type { HistoryChallenge } from '@/lib/protocol/history';
import { formatScoreNumber } from '../live/score-format';

type Unit = HistoryChallenge['metric']['unit'];

export function useHistoryText() {
  const t = useTranslations('history.common');
  const tasks = useTranslations('tasks');
  return {
    score: (value: number | null | undefined, unit: Unit) => {
      const n = formatScoreNumber(value, unit);
      if (n === '—') return n;
      return unit === '%' ? t('units.percent', { value: n }) : t('units.bitsPerChar', { value: n });
    },
    metric: (name: string) => (t.has(`metrics.${name}`) ? t(`metrics.${name}`) : name),
    direction: (higherIsBetter: boolean) => (higherIsBetter ? t('higher') : t('lower')),
    cell: (cell: 'rnn' | 'lstm' | 'gru') => t(`cells.${cell}`),
    title: (c: Pick<HistoryChallenge, 'taskId' | 'level' | 'datasetName'>) =>
      t('challengeTitle', {
        task: tasks.has(`${c.taskId}.title`) ? tasks(`${c.taskId}.title`) : c.taskId,
        level: c.datasetName ? t('datasetLevel', { name: c.datasetName }) : c.level,
      }),
  };
}
