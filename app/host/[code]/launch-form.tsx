'use client';
/**
 * The launch form: task, level (or an imported dataset), time limit, submission limit, cooldown,
 * allowed cells, model size, public/private split. Defaults come from the protocol's schema (a
 * 15-minute slot), so the form and the server never disagree about them.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { CELL_KINDS, challengeSettingsSchema, MAX_PARAMETERS_LIMIT, type ChallengeSettings } from '@/lib/protocol/challenge';
import { describeZodError, type ProtocolError } from '@/lib/protocol/errors';
import { levelDetails, TASKS } from '@/lib/tasks/info';
import { TASK_IDS, type TaskId } from '@/lib/tasks/types';
import { api } from '../../_lib/api';
import { useErrorText } from '../../_lib/use-error-text';

interface DatasetOption {
  id: string;
  name: string;
  taskId: string;
}

/** Tasks that can run on an instructor's own dataset; the level is then 'imported'. */
const DATASET_TASKS: readonly TaskId[] = ['sentiment', 'lm'];
export const IMPORTED_LEVEL = 'imported';

export function defaultSettings(taskId: TaskId = 'temporal-order'): ChallengeSettings {
  return challengeSettingsSchema.parse({ taskId, level: TASKS[taskId].defaultLevel });
}

export function LaunchForm({ initial, onLaunch, heading }: { initial: ChallengeSettings; onLaunch: (s: ChallengeSettings) => Promise<ProtocolError | null>; heading: string }) {
  const t = useTranslations('live.form');
  const tt = useTranslations('tasks');
  const tc = useTranslations('live.cells');
  const errorText = useErrorText();
  const id = useId();
  const [s, setS] = useState<ChallengeSettings>(initial);
  const [datasets, setDatasets] = useState<DatasetOption[]>([]);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api<{ datasets: DatasetOption[] }>('GET', '/api/datasets').then((r) => r.ok && setDatasets(r.data.datasets));
  }, []);

  const set = <K extends keyof ChallengeSettings>(key: K, value: ChallengeSettings[K]) => setS((prev) => ({ ...prev, [key]: value }));
  const num = (value: string) => (value === '' ? Number.NaN : Number(value));
  const usesDatasets = DATASET_TASKS.includes(s.taskId);
  const taskDatasets = datasets.filter((d) => d.taskId === s.taskId);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (s.allowedCells.length === 0) return setError({ code: 'invalid-payload', message: t('needCell') });
    const parsed = challengeSettingsSchema.safeParse(s);
    if (!parsed.success) return setError({ code: 'invalid-payload', message: describeZodError(parsed.error) });
    setBusy(true);
    const failed = await onLaunch(parsed.data);
    setBusy(false);
    setError(failed);
  }

  return (
    <form className="stack launch-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <div className="form-grid">
        <label className="field">
          {t('task')}
          <select
            value={s.taskId}
            onChange={(e) => {
              const taskId = e.target.value as TaskId;
              setS((prev) => ({ ...prev, taskId, level: TASKS[taskId].defaultLevel, datasetId: null }));
            }}
          >
            {TASK_IDS.map((task) => (
              <option key={task} value={task}>{tt(`${task}.title`)}</option>
            ))}
          </select>
        </label>
        {usesDatasets && (
          <div className="stack" style={{ gap: 6 }}>
            <label className="field">
              {t('dataset')}
              <select
                value={s.datasetId ?? ''}
                aria-describedby={taskDatasets.length === 0 ? `${id}-no-data` : undefined}
                onChange={(e) => {
                  const datasetId = e.target.value || null;
                  setS((prev) => ({ ...prev, datasetId, level: datasetId ? IMPORTED_LEVEL : TASKS[prev.taskId].defaultLevel }));
                }}
              >
                <option value="">{t('datasetBuiltIn')}</option>
                {taskDatasets.map((d) => (
                  <option key={d.id} value={d.id}>{d.name}</option>
                ))}
              </select>
            </label>
            {taskDatasets.length === 0 && <span id={`${id}-no-data`} className="muted small">{t('noDatasets')}</span>}
          </div>
        )}
        <label className="field">
          {t('level')}
          <select value={s.level} disabled={s.datasetId !== null} onChange={(e) => set('level', e.target.value)}>
            {s.datasetId !== null ? (
              <option value={IMPORTED_LEVEL}>{t('levelImported')}</option>
            ) : (
              TASKS[s.taskId].levels.map((level) => (
                <option key={level} value={level}>
                  {level === TASKS[s.taskId].defaultLevel ? t('levelDefault', { level: tt(`${s.taskId}.level`, levelDetails(s.taskId, level)) }) : tt(`${s.taskId}.level`, levelDetails(s.taskId, level))}
                </option>
              ))
            )}
          </select>
        </label>
        <NumberField label={t('timeLimit')} hint={t('timeLimitHint')} value={s.timeLimitMinutes} min={1} max={240} onChange={(v) => set('timeLimitMinutes', num(v))} />
        <NumberField label={t('maxSubmissions')} value={s.maxSubmissions} min={1} max={100} onChange={(v) => set('maxSubmissions', num(v))} />
        <NumberField label={t('cooldown')} hint={t('cooldownHint')} value={s.cooldownSeconds} min={0} max={3600} onChange={(v) => set('cooldownSeconds', num(v))} />
        <NumberField label={t('maxParameters')} hint={t('maxParametersHint')} value={s.maxParameters} min={10} max={MAX_PARAMETERS_LIMIT} onChange={(v) => set('maxParameters', num(v))} />
      </div>
      <fieldset className="cells-fieldset">
        <legend>{t('cells')}</legend>
        <div className="row">
          {CELL_KINDS.map((cell) => (
            <label key={cell} className="check">
              <input
                type="checkbox"
                checked={s.allowedCells.includes(cell)}
                onChange={(e) => set('allowedCells', e.target.checked ? CELL_KINDS.filter((c) => c === cell || s.allowedCells.includes(c)) : s.allowedCells.filter((c) => c !== cell))}
              />
              {tc(cell)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        {t('split')}
        <span className="hint">{t('splitHint')}</span>
        <input
          type="range"
          min={10}
          max={90}
          step={5}
          value={Math.round(s.publicFraction * 100)}
          onChange={(e) => set('publicFraction', Number(e.target.value) / 100)}
          aria-valuetext={t('splitValue', { pub: Math.round(s.publicFraction * 100), priv: 100 - Math.round(s.publicFraction * 100) })}
        />
        <output className="split-output">{t('splitValue', { pub: Math.round(s.publicFraction * 100), priv: 100 - Math.round(s.publicFraction * 100) })}</output>
      </label>
      {error && <p className="error" role="alert" data-testid="launch-error">{errorText(error)}</p>}
      <div>
        <button type="submit" className="primary" disabled={busy} data-testid="launch-challenge">{busy ? t('launching') : t('launch')}</button>
      </div>
    </form>
  );
}

function NumberField(props: { label: string; hint?: string; value: number; min: number; max: number; onChange: (v: string) => void }) {
  const hintId = useId();
  // The hint sits outside the label so the field's accessible name stays short ("Cooldown (seconds)").
  return (
    <div className="stack" style={{ gap: 6 }}>
      <label className="field">
        {props.label}
        <input
          type="number"
          inputMode="numeric"
          required
          min={props.min}
          max={props.max}
          step={1}
          value={Number.isNaN(props.value) ? '' : props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={props.hint ? hintId : undefined}
        />
      </label>
      {props.hint && <span id={hintId} className="muted small">{props.hint}</span>}
    </div>
  );
}
