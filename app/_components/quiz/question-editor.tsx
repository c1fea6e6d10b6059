'use client';
/**
 * The form for one of the instructor's own questions: texts in English and Korean, the topic, the
 * kind and its answer, the lecture link. Checked with lib/quiz's schema before it is sent (the server
 * checks again); problems are listed by field.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { CHOICES_MAX, CHOICES_MIN, QUESTION_KINDS, type Question, type QuestionKind } from '@/lib/quiz/schema';
import { TOPICS, topicById, type TopicId } from '@/lib/quiz/topics';
import { LETTERS, pick } from '../../_lib/quiz/answer-text';
import { changeKind, draftFromQuestion, draftToQuestion, emptyDraft, type OptionDraft, type QuestionDraft } from '../../_lib/quiz/question-form';

interface Props {
  /** The question being edited, or null for a new one. */
  initial: Question | null;
  onSave(question: Question): Promise<string[] | null>;
  onCancel(): void;
}

export function QuestionEditor({ initial, onSave, onCancel }: Props) {
  const t = useTranslations('quiz.bank');
  const locale = useLocale();
  const [draft, setDraft] = useState<QuestionDraft>(() => (initial ? draftFromQuestion(initial) : emptyDraft('gating', topicById('gating').videoUrl)));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setOption = (i: number, patch: Partial<OptionDraft>) =>
    setDraft((d) => ({
      ...d,
      // A single-choice question has one right choice: marking one unmarks the others.
      options: d.options.map((o, k) => (k === i ? { ...o, ...patch } : patch.correct && d.kind === 'single' ? { ...o, correct: false } : o)),
    }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const result = draftToQuestion(draft);
    if (!result.ok) return setProblems(result.problems);
    setSaving(true);
    setProblems((await onSave(result.question)) ?? []);
    setSaving(false);
  }

  const text = (name: keyof QuestionDraft, label: string, multiline = false, hint?: string) => (
    <label className="field">
      {label}
      {hint && <span className="hint">{hint}</span>}
      {multiline ? (
        <textarea name={name} rows={3} value={draft[name] as string} onChange={(e) => set({ [name]: e.target.value })} />
      ) : (
        <input name={name} value={draft[name] as string} onChange={(e) => set({ [name]: e.target.value })} />
      )}
    </label>
  );
  const choiceKind = draft.kind === 'single' || draft.kind === 'multi';

  return (
    <form className="panel stack" onSubmit={submit} data-testid="quiz-question-editor" aria-labelledby="quiz-editor-heading">
      <h2 id="quiz-editor-heading">{initial ? t('editorEdit', { id: initial.id }) : t('editorNew')}</h2>
      <div className="grid-2">
        {text('id', t('id'), false, t('idHint'))}
        <label className="field">
          {t('topic')}
          <select name="topic" value={draft.topic} onChange={(e) => set({ topic: e.target.value as TopicId })}>
            {TOPICS.map((x) => (
              <option key={x.id} value={x.id}>
                {x.number}. {pick(x.title, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        {t('kind')}
        <select name="kind" value={draft.kind} onChange={(e) => setDraft((d) => changeKind(d, e.target.value as QuestionKind))}>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="grid-2">
        {text('promptEn', t('promptEn'), true)}
        {text('promptKo', t('promptKo'), true)}
      </div>
      {draft.kind === 'numeric' ? (
        <div className="grid-2">
          {text('numericAnswer', t('numericAnswer'))}
          {text('tolerance', t('tolerance'))}
          {text('unitEn', t('unitEn'))}
          {text('unitKo', t('unitKo'))}
        </div>
      ) : (
        <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600 }}>
            {choiceKind ? t('choices') : t('items')} {!choiceKind && <span className="muted">{t('itemsHint')}</span>}
          </legend>
          {draft.options.map((o, i) => (
            <div key={i} className="quiz-option-row">
              {choiceKind ? (
                <label className="row" style={{ gap: 4 }}>
                  <input
                    type={draft.kind === 'single' ? 'radio' : 'checkbox'}
                    name="correct"
                    checked={o.correct}
                    onChange={(e) => setOption(i, { correct: e.target.checked })}
                    aria-label={`${t('correct')} ${LETTERS[i]}`}
                  />
                  {LETTERS[i]}
                </label>
              ) : (
                <span>{i + 1}.</span>
              )}
              <input aria-label={`${LETTERS[i]} ${t('optionEn')}`} placeholder={t('optionEn')} value={o.en} onChange={(e) => setOption(i, { en: e.target.value })} />
              <input aria-label={`${LETTERS[i]} ${t('optionKo')}`} placeholder={t('optionKo')} value={o.ko} onChange={(e) => setOption(i, { ko: e.target.value })} />
              <button type="button" disabled={draft.options.length <= CHOICES_MIN} onClick={() => set({ options: draft.options.filter((_, k) => k !== i) })}>
                {t('removeOption')}
              </button>
            </div>
          ))}
          <div>
            <button type="button" disabled={draft.options.length >= CHOICES_MAX} onClick={() => set({ options: [...draft.options, { en: '', ko: '', correct: false }] })}>
              {t('addOption')}
            </button>
          </div>
        </fieldset>
      )}
      <div className="grid-2">
        {text('explanationEn', t('explanationEn'), true)}
        {text('explanationKo', t('explanationKo'), true)}
      </div>
      {text('videoUrl', t('videoUrl'), false, t('videoHint'))}
      {problems.length > 0 && (
        <div role="alert">
          <p className="error" style={{ margin: 0 }}>{t('problems')}</p>
          <ul className="quiz-problems" data-testid="quiz-editor-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
