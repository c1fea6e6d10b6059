'use client';
/**
 * /host/questions: the instructor's own quiz questions — list, add, edit, delete — and the bank as a
 * JSON file: export (built-in + own), import with every problem shown by line number.
 */
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { STATIC_QUESTIONS, QUESTION_GENERATORS } from '@/lib/quiz/bank';
import { formatJsonPath, type BankError } from '@/lib/quiz/bank-io';
import type { Question } from '@/lib/quiz/schema';
import { topicById } from '@/lib/quiz/topics';
import { AccountForm } from '../account-form';
import { pick } from '../../_lib/quiz/answer-text';
import { quizApi } from '../../_lib/quiz/quiz-api';
import { useAuth } from '../../_lib/use-auth';
import { useErrorText } from '../../_lib/use-error-text';
import { QuestionEditor } from './question-editor';
import './quiz.css';

type Editing = { question: Question | null } | null;

export function QuestionBankManager() {
  const t = useTranslations('quiz.bank');
  const locale = useLocale();
  const errorText = useErrorText();
  const { auth, reload } = useAuth();
  const [questions, setQuestions] = useState<Question[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () => void quizApi<{ questions: { question: Question }[] }>('GET', '/api/quiz/questions').then((r) => (r.ok ? setQuestions(r.data.questions.map((x) => x.question)) : setError(r.error)));
  useEffect(() => {
    if (auth?.instructor) load();
  }, [auth?.instructor?.id]);

  if (auth === undefined) return <p className="muted">…</p>;
  if (!auth.instructor) {
    return (
      <div className="stack">
        <p className="notice">{t('signIn')}</p>
        <AccountForm mode="login" onDone={reload} />
      </div>
    );
  }

  async function save(question: Question): Promise<string[] | null> {
    const original = editing?.question;
    const reply = original
      ? await quizApi<{ question: Question }>('PUT', `/api/quiz/questions/${encodeURIComponent(original.id)}`, question)
      : await quizApi<{ question: Question }>('POST', '/api/quiz/questions', question);
    if (!reply.ok) return [errorText(reply.error)];
    setEditing(null);
    setNotice(t('saved', { id: question.id }));
    load();
    return null;
  }

  async function remove(id: string) {
    if (!window.confirm(t('deleteConfirm', { id }))) return;
    const reply = await quizApi('DELETE', `/api/quiz/questions/${encodeURIComponent(id)}`);
    if (!reply.ok) return setError(reply.error);
    load();
  }

  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('title')}</h1>
        <Link href="/host">{t('back')}</Link>
      </div>
      <p className="muted">{t('intro', { count: STATIC_QUESTIONS.length + QUESTION_GENERATORS.length })}</p>
      {notice && (
        <p className="notice good" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      )}
      {editing ? (
        <QuestionEditor key={editing.question?.id ?? 'new'} initial={editing.question} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <div>
          <button type="button" className="primary" onClick={() => (setNotice(null), setEditing({ question: null }))}>
            {t('newQuestion')}
          </button>
        </div>
      )}
      <section className="panel stack" aria-labelledby="quiz-own-heading">
        <h2 id="quiz-own-heading" style={{ margin: 0 }}>{t('title')}</h2>
        {questions === null ? (
          <p className="muted">…</p>
        ) : questions.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="session-list" data-testid="quiz-own-questions">
            {questions.map((q) => (
              <li key={q.id} data-testid="quiz-own-question" data-question-id={q.id}>
                <span>
                  <code>{q.id}</code> · <span className="muted">{pick(topicById(q.topic).title, locale)}</span>
                  <br />
                  {pick(q.prompt, locale)}
                </span>
                <span className="row">
                  <button type="button" onClick={() => (setNotice(null), setEditing({ question: q }))}>
                    {t('edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => remove(q.id)}>
                    {t('delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <BankFiles onImported={(text) => (setNotice(text), load())} />
    </div>
  );
}

function BankFiles({ onImported }: { onImported(notice: string): void }) {
  const t = useTranslations('quiz.bank');
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<BankError[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(e: React.FormEvent) {
    e.preventDefault();
    setProblems(null);
    setError(null);
    if (!file) return setError(t('chooseFile'));
    setBusy(true);
    const reply = await quizApi<{ created: number; updated: number; skipped: number }>('POST', '/api/quiz/bank/import', await file.text());
    setBusy(false);
    if (reply.ok) return onImported(t('imported', reply.data));
    if (reply.errors) setProblems(reply.errors);
    else setError(errorText(reply.error));
  }

  return (
    <section className="panel stack" aria-labelledby="quiz-files-heading">
      <h2 id="quiz-files-heading" style={{ margin: 0 }}>{t('importHeading')}</h2>
      <p>
        <a href="/api/quiz/bank/export" download="unrolled-quiz-bank.json" data-testid="quiz-export">
          {t('export')}
        </a>
      </p>
      <p className="muted">{t('importHint')}</p>
      <form className="row" onSubmit={upload}>
        <label className="field">
          {t('importFile')}
          <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="primary" disabled={busy} style={{ alignSelf: 'flex-end' }}>
          {busy ? t('importing') : t('import')}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {problems && (
        <div role="alert" data-testid="quiz-import-problems">
          <p className="error" style={{ margin: 0 }}>{t('importProblems', { count: problems.length })}</p>
          <ul className="quiz-problems">
            {problems.map((p, i) => (
              <li key={i}>{t('lineProblem', { line: p.line, message: p.path.length ? `${p.message} (${formatJsonPath(p.path)})` : p.message })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
