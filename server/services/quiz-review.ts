/**
 * Past quiz rounds read back: a student's own answers (for self-review at /quiz, by participant
 * token) and the instructor's full record of a session's rounds (every answer with its server time
 * and points). Only closed questions are shown to students: an open one's answer is still secret.
 */
import type { Db } from '../../db/client';
import { findClassSessionById, findParticipantByToken, listActiveParticipants, type ClassSessionRow } from '../../db/queries/class-sessions';
import * as q from '../../db/queries/quiz';
import { UserError } from '../../lib/protocol/errors';
import type { Answer } from '../../lib/quiz/answers';
import type { Question } from '../../lib/quiz/schema';
import { hashToken } from '../auth/tokens';
import type { QuizRounds } from './quiz-rounds';
import { playerHistories } from './quiz-standings';

export interface MyRoundQuestion {
  index: number;
  question: Question;
  answer: Answer | null;
  correct: boolean;
  points: number;
  elapsedMs: number | null;
  answeredAt: number | null;
}

export interface MyRound {
  roundId: string;
  startedAt: number;
  mode: 'speed' | 'accuracy';
  score: number;
  questions: MyRoundQuestion[];
}

export class QuizReview {
  constructor(
    private readonly db: Db,
    private readonly rounds: QuizRounds,
  ) {}

  /**
   * The rounds of the class session `code` as the participant holding `token` answered them. Works
   * after the session ended (self-review is for later); a removed participant's token opens nothing.
   */
  mine(code: string, token: string): { code: string; roomName: string; nickname: string; rounds: MyRound[] } {
    const participant = findParticipantByToken(this.db, hashToken(token));
    const room = participant ? findClassSessionById(this.db, participant.sessionId) : undefined;
    if (!participant || !room || room.code !== code) throw new UserError('unknown-participant', `This browser has no place in class session ${code}.`, { code });
    if (participant.removedAt !== null) throw new UserError('participant-removed', 'The instructor removed you from this class session.', { code });
    const me = [{ id: participant.id, nickname: participant.nickname }];
    const rounds = q.participantRounds(this.db, participant.id).map(({ round }) => {
      const closed = this.rounds.closedCount(round);
      const answers = this.rounds.recordedAnswers(round).filter((a) => a.participantId === participant.id);
      const rows = q.listAnswers(this.db, round.id).filter((a) => a.participantId === participant.id);
      const [history] = playerHistories(me, answers, closed, round.timeLimitMs, round.mode);
      const questions = this.rounds.questionsOf(round).slice(0, closed).map((question, index) => {
        const row = rows.find((a) => a.questionIndex === index);
        return {
          index,
          question,
          answer: row ? (row.answer as unknown as Answer) : null,
          correct: row?.correct ?? false,
          points: history!.perQuestion[index]!.points,
          elapsedMs: row?.elapsedMs ?? null,
          answeredAt: row?.receivedAt ?? null,
        };
      });
      return { roundId: round.id, startedAt: round.startedAt, mode: round.mode, score: history!.total, questions };
    });
    return { code: room.code, roomName: room.name, nickname: participant.nickname, rounds: rounds.filter((r) => r.questions.length > 0) };
  }

  /** Every round of a session the instructor owns: questions in full, each answer with its server time and points. */
  sessionRounds(room: ClassSessionRow) {
    const nicknames = new Map(listActiveParticipants(this.db, room.id).map((p) => [p.id, p.nickname]));
    return q.listRounds(this.db, room.id).map((round) => {
      const closed = this.rounds.closedCount(round);
      const recorded = this.rounds.recordedAnswers(round);
      const players = [...new Set(recorded.map((a) => a.participantId))].map((id) => ({ id, nickname: nicknames.get(id) ?? '?' }));
      const histories = new Map(playerHistories(players, recorded, closed, round.timeLimitMs, round.mode).map((h) => [h.player.id, h]));
      return {
        id: round.id,
        phase: round.phase,
        mode: round.mode,
        timeLimitMs: round.timeLimitMs,
        startedAt: round.startedAt,
        endedAt: round.endedAt,
        questions: this.rounds.questionsOf(round),
        answers: recorded.map((a) => {
          const b = a.questionIndex < closed ? histories.get(a.participantId)?.perQuestion[a.questionIndex] : undefined;
          return { ...a, nickname: nicknames.get(a.participantId) ?? null, points: b?.points ?? null, streakBonus: b?.streakBonus ?? null };
        }),
        standings: this.rounds.standings(round),
      };
    });
  }
}
