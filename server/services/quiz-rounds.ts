/**
 * Live quiz rounds: start, answers timed by the server, close (timer, host, or early when every
 * connected student has answered), next, end, podium. The database is the truth: the round row holds
 * every asked question in full and the phase and deadline of the current one; a restart re-arms the
 * close timer of an open question (`resume`). Nothing is announced before it is stored.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { appendSessionEvent, findClassSessionById, listActiveParticipants, participantCounts } from '../../db/queries/class-sessions';
import * as q from '../../db/queries/quiz';
import { describeZodError, UserError } from '../../lib/protocol/errors';
import type { QuizAnswered, QuizMine, QuizReveal, QuizRoundSettings, QuizRoundView, QuizStandings } from '../../lib/protocol/quiz';
import { answerSchemaFor, isCorrect, type Answer } from '../../lib/quiz/answers';
import { pickQuestions } from '../../lib/quiz/pick';
import { revealOf, toPublicQuestion } from '../../lib/quiz/public-view';
import type { Question } from '../../lib/quiz/schema';
import type { QuizBank } from './quiz-bank';
import { answerDistribution, computeStandings, type RecordedAnswer, type RoundPlayer } from './quiz-standings';
import type { ClassSessionRow } from './rooms';

export type QuizRoundRow = q.QuizRoundRow;

/** Who hears about what; implemented over socket.io by server/handlers/quiz.ts. */
export interface QuizEvents {
  question(sessionId: string, view: QuizRoundView): void;
  answered(sessionId: string, counts: QuizAnswered): void;
  revealed(sessionId: string, view: QuizRoundView, reveal: QuizReveal, standings: QuizStandings): void;
  ended(sessionId: string, view: QuizRoundView, standings: QuizStandings): void;
  updated(sessionId: string, view: QuizRoundView): void;
}

/** Slack after the deadline before the close timer fires, so an answer sent at the buzzer is judged by its receipt time. */
const TIMER_SLACK_MS = 50;

export class QuizRounds {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Early-close checks queued by answers (cleared on shutdown: the database may be closed by then). */
  private readonly pendingChecks = new Set<NodeJS.Timeout>();
  private readonly parsed = new Map<string, Question[]>();
  /**
   * Standings and reveal per round, for the state they were computed from (closed questions, phase,
   * who is in the room). Closed questions' answers never change, so a rejoin storm of 2,000 students
   * asking `quiz:state` computes them once instead of 2,000 times.
   */
  private readonly computed = new Map<string, { key: string; standings?: QuizStandings; reveal?: QuizReveal | null }>();
  events: QuizEvents | null = null;
  /** Participant ids connected now (not removed) in a session: an open question closes early once all of them answered. */
  connectedOf: (sessionId: string) => readonly string[] = () => [];

  constructor(
    private readonly db: Db,
    private readonly bank: QuizBank,
    private readonly now: () => number = Date.now,
  ) {}

  /** The questions of a round as they were asked (stored in the row; never re-read from the bank). */
  questionsOf(row: QuizRoundRow): Question[] {
    let questions = this.parsed.get(row.id);
    if (!questions) {
      questions = row.questions as unknown as Question[];
      this.parsed.set(row.id, questions);
    }
    return questions;
  }

  latest(room: ClassSessionRow): QuizRoundRow | undefined {
    return q.latestRound(this.db, room.id);
  }

  get(room: ClassSessionRow, roundId: string): QuizRoundRow {
    const row = q.findRound(this.db, roundId);
    if (!row || row.sessionId !== room.id) throw new UserError('no-quiz-round', 'There is no such quiz round in this class session.');
    return row;
  }

  start(room: ClassSessionRow, instructorId: string, settings: QuizRoundSettings): QuizRoundRow {
    if (room.endedAt !== null) throw new UserError('room-ended', `Class session ${room.code} has ended.`, { code: room.code });
    const current = this.latest(room);
    if (current && current.phase !== 'ended') throw new UserError('quiz-round-running', 'A quiz round is already running: end it before starting another.');
    const seed = randomInt(0, 2 ** 32);
    const questions = settings.questionIds
      ? this.bank.resolve(instructorId, settings.questionIds)
      : pickQuestions(this.bank.pool(instructorId, seed), { count: settings.count, seed, topics: settings.topic ? [settings.topic] : [] });
    if (questions.length === 0) throw new UserError('quiz-no-questions', 'No questions match this choice: pick another topic or other questions.');
    const now = this.now();
    const timeLimitMs = settings.timeLimitSeconds * 1000;
    const row: QuizRoundRow = {
      id: randomUUID(),
      sessionId: room.id,
      settings: { ...settings, seed },
      questions: questions as unknown as Record<string, unknown>[],
      mode: settings.mode,
      timeLimitMs,
      phase: 'open',
      questionIndex: 0,
      questionStartedAt: now,
      questionEndsAt: now + timeLimitMs,
      startedAt: now,
      endedAt: null,
      dismissedAt: null,
    };
    this.db.transaction((tx) => {
      q.insertRound(tx, row);
      appendSessionEvent(tx, { sessionId: room.id, at: now, type: 'quiz-started', data: { roundId: row.id, questionIds: questions.map((x) => x.id), mode: row.mode } });
    });
    this.armTimer(row);
    this.events?.question(room.id, this.view(row));
    return row;
  }

  /** Host: close question `index` now. Closing a question that is already closed changes nothing. */
  close(room: ClassSessionRow, roundId: string, index: number): QuizRoundRow {
    const row = this.get(room, roundId);
    return row.phase === 'open' && row.questionIndex === index ? this.closeQuestion(row) : row;
  }

  /** Host: after question `index` was revealed, open the next one, or end the round after the last. */
  next(room: ClassSessionRow, roundId: string, index: number): QuizRoundRow {
    const row = this.get(room, roundId);
    if (row.questionIndex !== index || row.phase === 'ended') return row; // a repeated click: already moved on
    if (row.phase === 'open') throw new UserError('invalid-payload', 'The question is still open: close it (or wait for the time to run out) first.');
    if (index + 1 >= this.questionsOf(row).length) return this.endRound(row);
    const now = this.now();
    const patch = { phase: 'open' as const, questionIndex: index + 1, questionStartedAt: now, questionEndsAt: now + row.timeLimitMs };
    this.db.transaction((tx) => {
      q.updateRound(tx, row.id, patch);
      appendSessionEvent(tx, { sessionId: row.sessionId, at: now, type: 'quiz-question', data: { roundId: row.id, index: index + 1 } });
    });
    const updated = { ...row, ...patch };
    this.armTimer(updated);
    this.events?.question(row.sessionId, this.view(updated));
    return updated;
  }

  /** Host: end the round now; an open question is closed (and revealed) first. */
  end(room: ClassSessionRow, roundId: string): QuizRoundRow {
    let row = this.get(room, roundId);
    if (row.phase === 'open') row = this.closeQuestion(row);
    return row.phase === 'ended' ? row : this.endRound(row);
  }

  /** Host: take the podium off the projector. */
  dismiss(room: ClassSessionRow, roundId: string): QuizRoundRow {
    const row = this.get(room, roundId);
    if (row.phase !== 'ended') throw new UserError('invalid-payload', 'End the round before taking its podium off the projector.');
    if (row.dismissedAt !== null) return row;
    const patch = { dismissedAt: this.now() };
    q.updateRound(this.db, row.id, patch);
    const updated = { ...row, ...patch };
    this.events?.updated(row.sessionId, this.view(updated));
    return updated;
  }

  /**
   * A student's answer to question `index`, timed on receipt by the server's clock. Refused when the
   * question is not the open one or its time is up, when it does not fit the question, or when the
   * student already answered. Returns once stored; an early close, if due, follows right after.
   */
  answer(room: ClassSessionRow, participantId: string, roundId: string, index: number, answer: Answer): { elapsedMs: number } {
    const receivedAt = this.now();
    const row = this.get(room, roundId);
    if (row.phase !== 'open' || row.questionIndex !== index || receivedAt > row.questionEndsAt) {
      throw new UserError('quiz-question-closed', 'Time is up: this question is closed.');
    }
    const question = this.questionsOf(row)[index]!;
    const checked = answerSchemaFor(question).safeParse(answer);
    if (!checked.success) throw new UserError('invalid-payload', describeZodError(checked.error));
    if (q.findAnswer(this.db, row.id, index, participantId)) throw new UserError('quiz-already-answered', 'You already answered this question.');
    const elapsedMs = receivedAt - row.questionStartedAt;
    try {
      q.insertAnswer(this.db, {
        roundId: row.id,
        questionIndex: index,
        participantId,
        answer: checked.data as unknown as Record<string, unknown>,
        correct: isCorrect(question, checked.data),
        elapsedMs,
        receivedAt,
      });
    } catch (err) {
      // Two tabs of one student answering at the same moment: the unique index keeps the first.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UserError('quiz-already-answered', 'You already answered this question.');
      throw err;
    }
    this.events?.answered(row.sessionId, { roundId: row.id, index, answered: q.countAnswers(this.db, row.id, index), expected: this.connectedOf(row.sessionId).length });
    // After this call returns, so the student's ack leaves before the reveal.
    const check = setTimeout(() => {
      this.pendingChecks.delete(check);
      this.checkEarlyClose(row.sessionId);
    }, 0);
    check.unref();
    this.pendingChecks.add(check);
    return { elapsedMs };
  }

  /**
   * Closes the open question of the session's round when every connected, non-removed student has
   * answered (after an answer, a disconnect or a removal). With nobody connected the timer decides.
   */
  checkEarlyClose(sessionId: string): void {
    const row = q.latestRound(this.db, sessionId);
    if (!row || row.phase !== 'open') return;
    const expected = this.connectedOf(sessionId);
    if (expected.length === 0) return;
    // Cheap first: fewer answers than students here cannot be everyone (keeps each answer O(1), not O(class)).
    if (q.countAnswers(this.db, row.id, row.questionIndex) < expected.length) return;
    const answered = new Set(q.listAnswers(this.db, row.id, row.questionIndex).map((a) => a.participantId));
    if (expected.every((id) => answered.has(id))) this.closeQuestion(row);
  }

  private closeQuestion(row: QuizRoundRow): QuizRoundRow {
    const now = this.now();
    this.db.transaction((tx) => {
      q.updateRound(tx, row.id, { phase: 'closed' });
      appendSessionEvent(tx, { sessionId: row.sessionId, at: now, type: 'quiz-closed', data: { roundId: row.id, index: row.questionIndex } });
    });
    this.clearTimer(row.id);
    const updated: QuizRoundRow = { ...row, phase: 'closed' };
    this.events?.revealed(row.sessionId, this.view(updated), this.reveal(updated)!, this.standings(updated));
    return updated;
  }

  private endRound(row: QuizRoundRow): QuizRoundRow {
    const now = this.now();
    this.db.transaction((tx) => {
      q.updateRound(tx, row.id, { phase: 'ended', endedAt: now });
      appendSessionEvent(tx, { sessionId: row.sessionId, at: now, type: 'quiz-ended', data: { roundId: row.id } });
    });
    this.clearTimer(row.id);
    const updated: QuizRoundRow = { ...row, phase: 'ended', endedAt: now };
    this.events?.ended(row.sessionId, this.view(updated), this.standings(updated));
    return updated;
  }

  private clearTimer(roundId: string): void {
    clearTimeout(this.timers.get(roundId));
    this.timers.delete(roundId);
  }

  /** Closes the open question at its deadline (on start, on next, and after a restart). */
  private armTimer(row: QuizRoundRow): void {
    this.clearTimer(row.id);
    if (row.phase !== 'open') return;
    const delay = Math.max(0, row.questionEndsAt - this.now()) + TIMER_SLACK_MS;
    const timer = setTimeout(() => this.expire(row.id, row.questionIndex), delay);
    timer.unref();
    this.timers.set(row.id, timer);
  }

  private expire(roundId: string, index: number): void {
    this.timers.delete(roundId);
    const row = q.findRound(this.db, roundId);
    if (!row || row.phase !== 'open' || row.questionIndex !== index) return;
    if (row.questionEndsAt >= this.now()) return this.armTimer(row);
    const closed = this.closeQuestion(row);
    // The instructor ended the class session mid-question: nobody can go on, so the round ends too.
    if (findClassSessionById(this.db, row.sessionId)?.endedAt != null) this.endRound(closed);
  }

  /** After a restart: re-arm the close timers of open questions (closing at once those whose time ran out). */
  resume(): void {
    for (const row of q.openRounds(this.db)) this.armTimer(row);
  }

  /** Questions closed so far: the current one counts once it is closed. */
  closedCount(row: QuizRoundRow): number {
    return row.phase === 'open' ? row.questionIndex : row.questionIndex + 1;
  }

  private players(sessionId: string): RoundPlayer[] {
    return listActiveParticipants(this.db, sessionId).map((p) => ({ id: p.id, nickname: p.nickname }));
  }

  recordedAnswers(row: QuizRoundRow, index?: number): RecordedAnswer[] {
    return q.listAnswers(this.db, row.id, index).map((a) => ({ participantId: a.participantId, questionIndex: a.questionIndex, correct: a.correct, elapsedMs: a.elapsedMs, answer: a.answer as unknown as Answer }));
  }

  view(row: QuizRoundRow): QuizRoundView {
    const questions = this.questionsOf(row);
    const settings = row.settings as Partial<QuizRoundSettings>;
    return {
      id: row.id,
      phase: row.phase,
      dismissed: row.dismissedAt !== null,
      mode: row.mode,
      topic: settings.questionIds ? null : (settings.topic ?? null),
      timeLimitSeconds: row.timeLimitMs / 1000,
      questionCount: questions.length,
      index: row.questionIndex,
      question: toPublicQuestion(questions[row.questionIndex]!),
      questionStartedAt: row.questionStartedAt,
      questionEndsAt: row.questionEndsAt,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      answered: q.countAnswers(this.db, row.id, row.questionIndex),
      expected: this.connectedOf(row.sessionId).length,
      serverNow: this.now(),
    };
  }

  /** The current question's answer and distribution; null while it is open (never sent before it closes). */
  reveal(row: QuizRoundRow): QuizReveal | null {
    if (row.phase === 'open') return null;
    const memo = this.memo(row);
    if (memo.reveal === undefined) {
      const question = this.questionsOf(row)[row.questionIndex]!;
      const distribution = answerDistribution(question, this.recordedAnswers(row, row.questionIndex), this.players(row.sessionId));
      memo.reveal = { roundId: row.id, index: row.questionIndex, questionId: question.id, ...revealOf(question), ...distribution };
    }
    return memo.reveal;
  }

  /** Every student's standing (hosts and projectors see all of it; students get `studentStandings` of it). */
  standings(row: QuizRoundRow): QuizStandings {
    const memo = this.memo(row);
    if (!memo.standings) {
      const closedCount = this.closedCount(row);
      const entries = computeStandings(this.players(row.sessionId), this.recordedAnswers(row), closedCount, row.timeLimitMs, row.mode);
      memo.standings = { roundId: row.id, closedCount, final: row.phase === 'ended', total: entries.length, entries };
    }
    return memo.standings;
  }

  /** The cache entry of a round for its current state (a new state starts an empty one). */
  private memo(row: QuizRoundRow) {
    const people = participantCounts(this.db, row.sessionId);
    const key = `${row.questionIndex}:${row.phase}:${people.joined}:${people.removed}`;
    let entry = this.computed.get(row.id);
    if (!entry || entry.key !== key) this.computed.set(row.id, (entry = { key }));
    return entry;
  }

  mine(row: QuizRoundRow, participantId: string): QuizMine {
    const answer = q.findAnswer(this.db, row.id, row.questionIndex, participantId);
    return {
      answer: answer ? (answer.answer as unknown as Answer) : null,
      standing: this.standings(row).entries.find((e) => e.participantId === participantId) ?? null,
    };
  }

  /** Server shutdown: forget the timers (the rows keep the deadlines; `resume` re-arms them). */
  stopTimers(): void {
    for (const t of [...this.timers.values(), ...this.pendingChecks]) clearTimeout(t);
    this.timers.clear();
    this.pendingChecks.clear();
  }
}
