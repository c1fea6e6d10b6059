'use client';
/**
 * The model a student trains: cell, size and training knobs, with the challenge's limits and the
 * live parameter count. Problems show beside their field (aria-invalid + aria-describedby); the
 * whole form is disabled while a model is loaded in the worker (stop first to change it).
 */
import { useLocale, useTranslations } from 'next-intl';
import { CELLS, OPTIMIZERS } from '@/lib/ml/config';
import type { DraftCheck, FormProblem, ModelDraft, ModelLimits } from '@/app/_lib/training/model-form';

interface Props {
  readonly draft: ModelDraft;
  readonly onChange: (draft: ModelDraft) => void;
  readonly check: DraftCheck;
  readonly limits: ModelLimits;
  readonly streamed: boolean;
  readonly disabled: boolean;
}

type NumberField = 'layers' | 'hidden' | 'embeddingDim' | 'learningRate' | 'clipNorm' | 'batchSize' | 'chunkLen' | 'seed';

export function ModelForm({ draft, onChange, check, limits, streamed, disabled }: Props) {
  const t = useTranslations('train');
  const locale = useLocale();
  const set = <K extends keyof ModelDraft>(key: K, value: ModelDraft[K]) => onChange({ ...draft, [key]: value });
  const problemText = (p: FormProblem) => {
    const params = { ...(p.params ?? {}) } as Record<string, string | number>;
    for (const k of ['count', 'max', 'min'] as const) if (typeof params[k] === 'number') params[k] = (params[k] as number).toLocaleString(locale);
    return t(`form.problem.${p.key}`, params);
  };
  const problemOf = (field: FormProblem['field']) => check.problems.find((p) => p.field === field);

  const numberInput = (field: NumberField, hint?: string) => {
    const problem = problemOf(field);
    const id = `model-${field}`;
    return (
      <label className="field" htmlFor={id}>
        {t(`form.${field}`)}
        <input
          id={id}
          inputMode={field === 'learningRate' || field === 'clipNorm' ? 'decimal' : 'numeric'}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem || hint ? `${id}-note` : undefined}
          data-testid={`model-${field}`}
        />
        {problem ? (
          <span id={`${id}-note`} className="error small">{problemText(problem)}</span>
        ) : hint ? (
          <span id={`${id}-note`} className="hint">{hint}</span>
        ) : null}
      </label>
    );
  };

  const cellProblem = problemOf('cell');
  const modelProblems = check.problems.filter((p) => p.field === 'model');
  const over = check.parameters !== null && check.parameters > limits.maxParameters;

  return (
    <fieldset className="model-form" disabled={disabled} data-testid="model-form">
      <legend>{t('form.heading')}</legend>
      <p className="muted small" data-testid="model-limits">
        {t('form.limits', { cells: limits.allowedCells.map((c) => t(`cell.${c}`)).join(', '), max: limits.maxParameters.toLocaleString(locale) })}
      </p>
      <div className="form-grid">
        <label className="field" htmlFor="model-cell">
          {t('form.cell')}
          <select id="model-cell" value={draft.cell} onChange={(e) => set('cell', e.target.value as ModelDraft['cell'])} aria-invalid={cellProblem ? true : undefined} aria-describedby={cellProblem ? 'model-cell-note' : undefined} data-testid="model-cell">
            {CELLS.map((c) => (
              <option key={c} value={c} disabled={!limits.allowedCells.includes(c)}>
                {limits.allowedCells.includes(c) ? t(`cell.${c}`) : t('form.notAllowed', { cell: t(`cell.${c}`) })}
              </option>
            ))}
          </select>
          {cellProblem ? <span id="model-cell-note" className="error small">{problemText(cellProblem)}</span> : null}
        </label>
        {numberInput('layers')}
        {numberInput('hidden')}
        {numberInput('learningRate')}
        {numberInput('batchSize')}
        {streamed ? numberInput('chunkLen', t('form.chunkLenHint')) : null}
      </div>
      <details>
        <summary>{t('form.more')}</summary>
        <div className="form-grid">
          {draft.cell === 'rnn' ? (
            <label className="field" htmlFor="model-activation">
              {t('form.activation')}
              <select id="model-activation" value={draft.activation} onChange={(e) => set('activation', e.target.value as ModelDraft['activation'])}>
                <option value="tanh">tanh</option>
                <option value="relu">ReLU</option>
              </select>
            </label>
          ) : null}
          <label className="field" htmlFor="model-optimizer">
            {t('form.optimizer')}
            <select id="model-optimizer" value={draft.optimizer} onChange={(e) => set('optimizer', e.target.value as ModelDraft['optimizer'])}>
              {OPTIMIZERS.map((o) => (
                <option key={o} value={o}>
                  {t(`optimizer.${o}`)}
                </option>
              ))}
            </select>
          </label>
          {numberInput('clipNorm', t('form.clipHint'))}
          <label className="field" htmlFor="model-embedding">
            {t('form.embedding')}
            <select id="model-embedding" value={draft.embedding} onChange={(e) => set('embedding', e.target.value as ModelDraft['embedding'])}>
              <option value="one-hot">{t('form.oneHot')}</option>
              <option value="learned">{t('form.learned')}</option>
            </select>
          </label>
          {draft.embedding === 'learned' ? numberInput('embeddingDim') : null}
          {numberInput('seed')}
        </div>
      </details>
      <p className={over ? 'error' : 'muted'} data-testid="param-count" aria-live="polite">
        {check.parameters === null ? t('form.paramsUnknown') : t('form.params', { count: check.parameters.toLocaleString(locale), max: limits.maxParameters.toLocaleString(locale) })}
      </p>
      {modelProblems.map((p) => (
        <p key={p.key} className="notice bad" role="alert" data-testid="model-problem">
          {problemText(p)}
        </p>
      ))}
    </fieldset>
  );
}
