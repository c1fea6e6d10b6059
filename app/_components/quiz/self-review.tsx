'use client';
/**
 * /quiz: self-review without an account. A mastery bar per lecture topic, practice by topic with
 * immediate feedback, "review my mistakes", and my answers in class rounds. Attempts stay in this
 * browser (localStorage). Computed questions get fresh numbers on every visit (a new bank seed);
 * mastery counts question families, so they still add up.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildBank } from '@/lib/quiz/bank';
import { pickQuestions } from '@/lib/quiz/pick';
import { masteryByTopic, selectMistakes, type Attempt } from '@/lib/quiz/review';
import type { Question } from '@/lib/quiz/schema';
import { topicById, type TopicId } from '@/lib/quiz/topics';
import { ATTEMPTS_KEY, loadAttempts, mergeAttempts, saveAttempts } from '../../_lib/quiz/attempts-store';
import { pick } from '../../_lib/quiz/answer-text';
import { ClassRounds } from './class-rounds';
import { PracticeSession } from './practice-session';
import './quiz.css';

const randomSeed = () => Math.floor(Math.random() * 2 ** 32);

type Practice = { kind: 'topic'; topic: TopicId; questions: Question[] } | { kind: 'mistakes'; questions: Question[] };

export function SelfReview() {
  const t = useTranslations('quiz.review');
  const locale = useLocale();
  // Built after mounting: a random seed during server rendering would not match the browser's.
  const [bank, setBank] = useState<Question[] | null>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [classAttempts, setClassAttempts] = useState<Attempt[]>([]);
  const [practice, setPractice] = useState<Practice | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    setBank(buildBank(randomSeed()));
    setAttempts(loadAttempts());
    // Another tab practising updates this one too.
    const onStorage = (e: StorageEvent) => e.key === ATTEMPTS_KEY && setAttempts(loadAttempts());
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const record = useCallback((a: Attempt) => {
    setAttempts((prev) => {
      const next = mergeAttempts(prev, [a]);
      saveAttempts(next);
      return next;
    });
  }, []);

  const all = useMemo(() => mergeAttempts(attempts, classAttempts), [attempts, classAttempts]);
  const mastery = useMemo(() => (bank ? masteryByTopic(bank, all) : []), [bank, all]);
  const mistakes = useMemo(() => (bank ? selectMistakes(bank, all) : []), [bank, all]);

  if (!bank) return <p className="muted">{t('loading')}</p>;

  const startTopic = (topic: TopicId) => {
    setRound((n) => n + 1);
    setPractice({ kind: 'topic', topic, questions: pickQuestions(bank, { count: bank.length, seed: randomSeed(), topics: [topic] }) });
  };
  const startMistakes = () => {
    setRound((n) => n + 1);
    setPractice({ kind: 'mistakes', questions: selectMistakes(bank, all) });
  };

  if (practice) {
    return (
      <PracticeSession
        key={round}
        title={practice.kind === 'topic' ? pick(topicById(practice.topic).title, locale) : t('mistakes')}
        questions={practice.questions}
        onAttempt={record}
        onAgain={() => (practice.kind === 'topic' ? startTopic(practice.topic) : startMistakes())}
        onDone={() => setPractice(null)}
      />
    );
  }

  return (
    <div className="stack">
      <section className="hero">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </section>
      <section className="panel stack" aria-labelledby="quiz-mastery-heading">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="quiz-mastery-heading" style={{ margin: 0 }}>{t('masteryHeading')}</h2>
          <button type="button" className="primary" data-testid="quiz-mistakes" disabled={mistakes.length === 0} onClick={startMistakes}>
            {mistakes.length ? `${t('mistakes')} (${t('mistakesCount', { count: mistakes.length })})` : t('mistakes')}
          </button>
        </div>
        {mistakes.length === 0 && all.length > 0 && <p className="muted">{t('noMistakes')}</p>}
        <ul className="quiz-mastery" data-testid="quiz-mastery">
          {mastery.map((m) => {
            const topic = topicById(m.topic);
            const title = `${topic.number}. ${pick(topic.title, locale)}`;
            const percent = Math.round(m.mastery * 100);
            return (
              <li key={m.topic} data-testid="quiz-mastery-topic" data-topic={m.topic} data-mastered={m.mastered}>
                <span>
                  <strong>{title}</strong> <span className="muted">{t('mastery', { mastered: m.mastered, total: m.total })}</span>
                </span>
                <button type="button" onClick={() => startTopic(m.topic)} aria-label={`${t('practise')}: ${title}`}>
                  {t('practise')}
                </button>
                <span className="quiz-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('masteryLabel', { topic: title, percent })}>
                  <span style={{ width: `${percent}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <ClassRounds onAttempts={setClassAttempts} />
      {attempts.length > 0 && (
        <div>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (!window.confirm(t('resetConfirm'))) return;
              saveAttempts([]);
              setAttempts([]);
            }}
          >
            {t('reset')}
          </button>
        </div>
      )}
    </div>
  );
}
