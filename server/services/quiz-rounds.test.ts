/**
 * Live quiz rounds on a real (in-memory) database with fake timers: server-side timing, one answer
 * per student, early close, accuracy mode, rejoin keeps the score, restart re-arms timers, and past
 * rounds graded by the questions as they were asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { insertInstructor } from '../../db/queries/instructors';
import type { ErrorCode } from '../../lib/protocol/errors';
import { quizRoundSettingsSchema, type QuizRoundSettingsInput } from '../../lib/protocol/quiz';
import { STATIC_QUESTIONS } from '../../lib/quiz/bank';
import type { SingleQuestion } from '../../lib/quiz/schema';
import { VALID } from '../../lib/quiz/test-fixtures';
import { Quiz } from './quiz';
import type { QuizEvents } from './quiz-rounds';
import { Rooms, type ClassSessionRow } from './rooms';

const T = 20_000;
const IDS = ['g-forget-gate', 'g-input-gate', 'g-output-gate'];
const QUESTIONS = IDS.map((id) => STATIC_QUESTIONS.find((x) => x.id === id) as SingleQuestion);
const right = (i: number) => ({ kind: 'single' as const, choice: QUESTIONS[i]!.answer });
const wrong = (i: number) => ({ kind: 'single' as const, choice: (QUESTIONS[i]!.answer + 1) % 4 });

let db: Db;
let rooms: Rooms;
let quiz: Quiz;
let room: ClassSessionRow;
let ada: string;
let bo: string;
let boToken: string;
let connected: Set<string>;
let heard: { type: keyof QuizEvents; args: unknown[] }[];

function listen(target: Quiz): void {
  const record =
    (type: keyof QuizEvents) =>
    (...args: unknown[]) =>
      heard.push({ type, args });
  target.rounds.events = { question: record('question'), answered: record('answered'), revealed: record('revealed'), ended: record('ended'), updated: record('updated') };
  target.rounds.connectedOf = () => [...connected];
}

const heardTypes = () => heard.map((h) => h.type);
const settings = (input: QuizRoundSettingsInput = {}) => quizRoundSettingsSchema.parse({ questionIds: IDS, timeLimitSeconds: T / 1000, ...input });
const start = (input?: QuizRoundSettingsInput) => quiz.rounds.start(room, 'instructor-1', settings(input));

function codeOf(fn: () => unknown): ErrorCode {
  try {
    fn();
  } catch (err) {
    return (err as { code: ErrorCode }).code;
  }
  throw new Error('expected an error');
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  db = openDb(':memory:');
  insertInstructor(db, { id: 'instructor-1', name: 'Host', nameKey: 'host', passwordHash: 'x', passwordSalt: 'x', createdAt: 0 });
  rooms = new Rooms(db);
  quiz = new Quiz(db);
  heard = [];
  listen(quiz);
  room = rooms.create({ id: 'instructor-1', name: 'Host' }, 'Lecture');
  ada = rooms.join(room.code, 'Ada').participant.id;
  const joined = rooms.join(room.code, 'Bo');
  bo = joined.participant.id;
  boToken = joined.token;
  connected = new Set([ada, bo]);
});

afterEach(() => {
  quiz.close();
  vi.useRealTimers();
});

describe('starting a round', () => {
  it('opens the first question and announces only its public part', () => {
    const row = start();
    expect(row.phase).toBe('open');
    const [event] = heard;
    expect(event!.type).toBe('question');
    const view = event!.args[1] as { question: Record<string, unknown>; questionEndsAt: number; questionStartedAt: number };
    expect(view.question).not.toHaveProperty('answer');
    expect(JSON.stringify(view)).not.toContain(QUESTIONS[0]!.explanation.en.slice(0, 30));
    expect(view.questionEndsAt - view.questionStartedAt).toBe(T);
    expect(quiz.rounds.reveal(row)).toBeNull();
  });

  it('refuses a second round while one runs, a round in an ended session, and a choice without questions', () => {
    start();
    expect(codeOf(() => start())).toBe('quiz-round-running');
    const other = rooms.create({ id: 'instructor-1', name: 'Host' }, 'Other');
    rooms.end(other);
    expect(codeOf(() => quiz.rounds.start(rooms.get(other.code), 'instructor-1', settings()))).toBe('room-ended');
    const third = rooms.create({ id: 'instructor-1', name: 'Host' }, 'Third');
    expect(codeOf(() => quiz.rounds.start(third, 'instructor-1', settings({ questionIds: ['no-such-question'] })))).toBe('not-found');
  });

  it('picks `count` questions of the chosen topic', () => {
    const row = quiz.rounds.start(room, 'instructor-1', quizRoundSettingsSchema.parse({ topic: 'bptt', count: 4 }));
    const questions = quiz.rounds.questionsOf(row);
    expect(questions).toHaveLength(4);
    expect(questions.every((x) => x.topic === 'bptt')).toBe(true);
  });
});

describe('answers', () => {
  it('are timed by the server on receipt, one per student per question', () => {
    const row = start();
    vi.advanceTimersByTime(5_000);
    expect(quiz.rounds.answer(room, ada, row.id, 0, right(0))).toEqual({ elapsedMs: 5_000 });
    expect(codeOf(() => quiz.rounds.answer(room, ada, row.id, 0, wrong(0)))).toBe('quiz-already-answered');
    expect(heard.find((h) => h.type === 'answered')!.args[1]).toEqual({ roundId: row.id, index: 0, answered: 1, expected: 2 });
  });

  it('are refused for another question, after the deadline, or when they do not fit the question', () => {
    const row = start();
    expect(codeOf(() => quiz.rounds.answer(room, ada, row.id, 1, right(1)))).toBe('quiz-question-closed');
    expect(codeOf(() => quiz.rounds.answer(room, ada, row.id, 0, { kind: 'single', choice: 7 }))).toBe('invalid-payload');
    expect(codeOf(() => quiz.rounds.answer(room, ada, row.id, 0, { kind: 'numeric', value: 1 }))).toBe('invalid-payload');
    connected.clear(); // nobody connected: only the timer closes the question
    vi.setSystemTime(row.questionEndsAt + 1);
    expect(codeOf(() => quiz.rounds.answer(room, ada, row.id, 0, right(0)))).toBe('quiz-question-closed');
  });
});

describe('closing a question', () => {
  it('happens early, right after the last connected student answered', () => {
    const row = start();
    quiz.rounds.answer(room, ada, row.id, 0, right(0));
    vi.advanceTimersByTime(1);
    expect(heardTypes()).not.toContain('revealed');
    quiz.rounds.answer(room, bo, row.id, 0, wrong(0));
    expect(heardTypes()).not.toContain('revealed'); // after the ack, not inside the answer call
    vi.advanceTimersByTime(1);
    expect(heardTypes()).toContain('revealed');
    expect(quiz.rounds.latest(room)!.phase).toBe('closed');
  });

  it('happens early when the only student still missing disconnects', () => {
    const row = start();
    quiz.rounds.answer(room, ada, row.id, 0, right(0));
    vi.advanceTimersByTime(1);
    connected.delete(bo);
    quiz.rounds.checkEarlyClose(room.id);
    expect(quiz.rounds.latest(room)!.phase).toBe('closed');
  });

  it('happens at the deadline otherwise, with the reveal, distribution and standings', () => {
    const row = start();
    vi.advanceTimersByTime(10_000);
    quiz.rounds.answer(room, ada, row.id, 0, right(0));
    vi.advanceTimersByTime(T - 10_000 - 1);
    expect(quiz.rounds.latest(room)!.phase).toBe('open');
    vi.advanceTimersByTime(100);
    const revealed = heard.find((h) => h.type === 'revealed')!;
    const [, , reveal, standings] = revealed.args as [unknown, unknown, Record<string, unknown>, { entries: { nickname: string; score: number; lastCorrect: boolean | null }[] }];
    expect(reveal).toMatchObject({ index: 0, questionId: IDS[0], correct: right(0), right: 1, wrong: 0, unanswered: 1, explanation: QUESTIONS[0]!.explanation });
    expect(standings.entries.map((e) => [e.nickname, e.score, e.lastCorrect])).toEqual([
      ['Ada', 750, true],
      ['Bo', 0, null],
    ]);
  });

  it('at the deadline of a session the instructor ended meanwhile ends the round too', () => {
    start();
    rooms.end(room);
    vi.advanceTimersByTime(T + 100);
    expect(quiz.rounds.latest(room)!.phase).toBe('ended');
    expect(heardTypes().slice(-2)).toEqual(['revealed', 'ended']);
  });

  it('by the host is idempotent, and next needs the question closed first', () => {
    const row = start();
    expect(codeOf(() => quiz.rounds.next(room, row.id, 0))).toBe('invalid-payload');
    quiz.rounds.close(room, row.id, 0);
    quiz.rounds.close(room, row.id, 0);
    expect(heardTypes().filter((t) => t === 'revealed')).toHaveLength(1);
    const second = quiz.rounds.next(room, row.id, 0);
    expect(second).toMatchObject({ phase: 'open', questionIndex: 1 });
    expect(quiz.rounds.next(room, row.id, 0).questionIndex).toBe(1); // a double click does not skip a question
  });
});

describe('a whole round', () => {
  function play(mode: 'speed' | 'accuracy') {
    const row = start({ mode });
    const times = [[2_000, 4_000], [6_000, 1_000], [3_000, 8_000]];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      vi.setSystemTime(t0 + times[i]![0]!);
      quiz.rounds.answer(room, ada, row.id, i, right(i));
      vi.setSystemTime(t0 + times[i]![1]!);
      quiz.rounds.answer(room, bo, row.id, i, i === 1 ? wrong(i) : right(i));
      vi.advanceTimersByTime(1);
      expect(quiz.rounds.next(room, row.id, i).phase).toBe(i < 2 ? 'open' : 'ended');
    }
    const ended = heard.find((h) => h.type === 'ended')!.args[2] as { final: boolean; entries: { nickname: string; score: number; rank: number }[] };
    expect(ended.final).toBe(true);
    return ended.entries.map((e) => [e.rank, e.nickname, e.score]);
  }

  it('scores speed and streaks by the formula', () => {
    // T = 20 s. Ada: 2 s, 6 s, 3 s all right → 950 + (850 + 100) + (925 + 200).
    // Bo: 4 s right, wrong, 8 s right (the streak was broken: no bonus) → 900 + 0 + 800.
    expect(play('speed')).toEqual([
      [1, 'Ada', 950 + 950 + 1125],
      [2, 'Bo', 1700],
    ]);
  });

  it('scores 1000 per correct answer in accuracy mode', () => {
    expect(play('accuracy')).toEqual([
      [1, 'Ada', 3000],
      [2, 'Bo', 2000],
    ]);
  });

  it('ends at once from an open question, closing it first', () => {
    const row = start();
    quiz.rounds.answer(room, ada, row.id, 0, right(0));
    quiz.rounds.end(room, row.id);
    expect(heardTypes().slice(-2)).toEqual(['revealed', 'ended']);
    expect(quiz.rounds.standings(quiz.rounds.latest(room)!).entries[0]).toMatchObject({ nickname: 'Ada', score: 1000 });
    expect(codeOf(() => quiz.rounds.answer(room, bo, row.id, 0, right(0)))).toBe('quiz-question-closed');
    quiz.rounds.dismiss(room, row.id);
    expect(quiz.rounds.view(quiz.rounds.latest(room)!).dismissed).toBe(true);
  });
});

describe('state that survives', () => {
  it('a rejoin: the same participant keeps score, streak and the answer given', () => {
    const row = start();
    quiz.rounds.answer(room, bo, row.id, 0, right(0));
    quiz.rounds.close(room, row.id, 0);
    quiz.rounds.next(room, row.id, 0);
    quiz.rounds.answer(room, bo, row.id, 1, right(1));
    const before = quiz.rounds.mine(quiz.rounds.latest(room)!, bo);
    const { participant } = rooms.rejoin(room.code, boToken);
    expect(participant.id).toBe(bo);
    const after = quiz.rounds.mine(quiz.rounds.latest(room)!, participant.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ answer: right(1), standing: { score: 1000, streak: 1 } });
  });

  it('a restart: a new service re-arms the open question’s timer from the database', () => {
    const row = start();
    quiz.rounds.answer(room, ada, row.id, 0, right(0));
    quiz.close(); // the process dies: its timers are gone
    heard = [];
    const restarted = new Quiz(db);
    listen(restarted);
    connected.clear(); // nobody reconnected yet
    restarted.rounds.resume();
    vi.advanceTimersByTime(T - 1_000);
    expect(restarted.rounds.latest(room)!.phase).toBe('open');
    vi.advanceTimersByTime(1_100);
    expect(restarted.rounds.latest(room)!.phase).toBe('closed');
    expect(heardTypes()).toEqual(['revealed']);
    restarted.close();
  });

  it('a restart after the deadline passed: the question closes at once', () => {
    start();
    quiz.close();
    vi.setSystemTime(Date.now() + T + 5_000);
    const restarted = new Quiz(db);
    listen(restarted);
    restarted.rounds.resume();
    vi.advanceTimersByTime(100);
    expect(restarted.rounds.latest(room)!.phase).toBe('closed');
    restarted.close();
  });

  it('a bank edit: a past round keeps the question as asked and its grading', () => {
    const own = { ...(VALID.single as SingleQuestion), id: 'own-q' };
    quiz.bank.create('instructor-1', own);
    const row = start({ questionIds: ['own-q'] });
    quiz.rounds.answer(room, ada, row.id, 0, { kind: 'single', choice: own.answer });
    quiz.bank.update('instructor-1', 'own-q', { ...own, answer: 0, prompt: { en: 'Changed', ko: '바뀜' } });
    quiz.rounds.end(room, row.id);
    const ended = quiz.rounds.latest(room)!;
    expect(quiz.rounds.questionsOf(ended)[0]).toEqual(own);
    expect(quiz.rounds.standings(ended).entries[0]).toMatchObject({ nickname: 'Ada', lastCorrect: true });
    expect(quiz.rounds.reveal(ended)!.correct).toEqual({ kind: 'single', choice: own.answer });
  });
});
