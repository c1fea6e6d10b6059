'use client';
/** What the challenge asks: the task in words (tasks.json), its lecture diagram, samples, the video. */
import { useTranslations } from 'next-intl';
import { levelDetails, TASKS } from '@/lib/tasks/info';
import type { TaskId, TextSample } from '@/lib/tasks/types';

interface Props {
  readonly taskId: TaskId;
  readonly level: string;
  readonly datasetName: string | null;
  /** null while the task's data loads. */
  readonly samples: readonly TextSample[] | null;
}

export function TaskCard({ taskId, level, datasetName, samples }: Props) {
  const t = useTranslations('train');
  const tt = useTranslations(`tasks.${taskId}`);
  const info = TASKS[taskId];
  return (
    <section className="panel stack task-card" aria-labelledby="task-heading" data-testid="task-card">
      <div>
        <h2 id="task-heading">{tt('title')}</h2>
        <p className="muted">
          {datasetName ? t('task.dataset', { name: datasetName }) : t('task.level', { level: tt('level', levelDetails(taskId, level)) })} · {t(`task.diagram.${info.diagram}`)}
        </p>
      </div>
      <dl className="task-facts">
        <dt>{t('task.input')}</dt>
        <dd>{tt('input')}</dd>
        <dt>{t('task.output')}</dt>
        <dd>{tt('output')}</dd>
        <dt>{t('task.why')}</dt>
        <dd>{tt('why')}</dd>
        <dt>{t('task.watch')}</dt>
        <dd>{tt('watch')}</dd>
      </dl>
      <details open>
        <summary>{t('task.samples')}</summary>
        {samples ? (
          <table className="samples">
            <thead>
              <tr>
                <th scope="col">{t('task.sampleInput')}</th>
                <th scope="col">{t('task.sampleTarget')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s, i) => (
                <tr key={i}>
                  <td>
                    <code>{s.input}</code>
                  </td>
                  <td>
                    <code>{s.target}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('task.loadingSamples')}</p>
        )}
      </details>
      <a href={info.videoUrl} target="_blank" rel="noopener noreferrer">
        {t('task.video')}
      </a>
    </section>
  );
}
