'use client';
/**
 * The instructor's "start a round" form: a topic (or all), how many questions, seconds per question,
 * scoring mode — or an exact list of questions ticked from the bank (built-in and the instructor's own).
 */
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { QUIZ_MAX_QUESTIONS, type QuizMode, type QuizRoundSettingsInput } from '@/lib/protocol/quiz';
import type { Question } from '@/lib/quiz/schema';
import { TOPICS, type TopicId } from '@/lib/quiz/topics';
import { pick } from '../../_lib/quiz/answer-text';
import { quizApi } from '../../_lib/quiz/quiz-api';

interface Summary {
  id: string;
  topic: TopicId;
  kind: Question['kind'];
  prompt: { en: string; ko: string };
  own: boolean;
}

const TIME_LIMITS = [10, 15, 20, 30, 45, 60, 90, 120];

export function QuizStartForm({ onStart }: { onStart(settings: QuizRoundSettingsInput): Promise<ProtocolError | null> }) {
  const t = useTranslations('quiz.host');
  const tc = useTranslations('quiz.common');
  const locale = useLocale();
  const [topic, setTopic] = useState<TopicId | ''>('');
  const [count, setCount] = useState(5);
  const [seconds, setSeconds] = useState(20);
  const [mode, setMode] = useState<QuizMode>('speed');
  const [picked, setPicked] = useState<string[]>([]);
  const [bank, setBank] = useState<Summary[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void quizApi<{ questions: Summary[] }>('GET', '/api/quiz/bank').then((r) => setBank(r.ok ? r.data.questions : []));
  }, []);

  const listed = useMemo(() => (bank ?? []).filter((q) => !topic || q.topic === topic), [bank, topic]);
  // Asked in bank order (lecture order), whatever order they were ticked in.
  const questionIds = (bank ?? []).map((q) => q.id).filter((id) => picked.includes(id));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const settings: QuizRoundSettingsInput = questionIds.length
      ? { questionIds, timeLimitSeconds: seconds, mode }
      : { topic: topic || null, count, timeLimitSeconds: seconds, mode };
    await onStart(settings);
    setBusy(false);
  }

  return (
    <form className="stack" onSubmit={submit} data-testid="quiz-start-form">
      <p className="muted">{t('intro')}</p>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <label className="field">
          {t('topic')}
          <select name="quiz-topic" value={topic} onChange={(e) => setTopic(e.target.value as TopicId | '')}>
            <option value="">{tc('allTopics')}</option>
            {TOPICS.map((x) => (
              <option key={x.id} value={x.id}>
                {x.number}. {pick(x.title, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('count')}
          <input type="number" name="quiz-count" min={1} max={QUIZ_MAX_QUESTIONS} value={count} disabled={questionIds.length > 0} onChange={(e) => setCount(Math.max(1, Math.min(QUIZ_MAX_QUESTIONS, Number(e.target.value) || 1)))} />
        </label>
        <label className="field">
          {t('timeLimit')}
          <select name="quiz-seconds" value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {TIME_LIMITS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: 6 }}>
        <legend style={{ fontWeight: 600 }}>{t('mode')}</legend>
        {(['speed', 'accuracy'] as const).map((m) => (
          <label key={m} className="row" style={{ gap: 8, alignItems: 'baseline' }}>
            <input type="radio" name="quiz-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            <span>
              <strong>{m === 'speed' ? tc('modeSpeed') : tc('modeAccuracy')}</strong> <span className="muted">{m === 'speed' ? t('modeSpeedHint') : t('modeAccuracyHint')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <details>
        <summary>{t('pickQuestions')}</summary>
        {bank === null ? (
          <p className="muted">{t('loadingBank')}</p>
        ) : (
          <ul className="quiz-pick-list" data-testid="quiz-pick-list">
            {listed.map((q) => (
              <li key={q.id}>
                <label>
                  <input
                    type="checkbox"
                    value={q.id}
                    data-testid={`quiz-pick-${q.id}`}
                    checked={picked.includes(q.id)}
                    disabled={!picked.includes(q.id) && picked.length >= QUIZ_MAX_QUESTIONS}
                    onChange={(e) => setPicked((p) => (e.target.checked ? [...p, q.id] : p.filter((x) => x !== q.id)))}
                  />
                  <span>
                    {pick(q.prompt, locale)} {q.own && <span className="badge">{t('own')}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </details>
      <p className="muted" role="status">
        {t('picked', { count: questionIds.length, draw: count })}{' '}
        {questionIds.length > 0 && (
          <button type="button" onClick={() => setPicked([])}>
            {t('clearPicked')}
          </button>
        )}
      </p>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('starting') : t('start')}
        </button>
        <Link href="/host/questions">{t('manageQuestions')}</Link>
      </div>
    </form>
  );
}
