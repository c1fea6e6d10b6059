/**
 * Live quiz round events (client→server with payload + ack schemas; server→client payloads), spread
 * into CLIENT_EVENTS / SERVER_EVENTS by ./events.ts. Same shape as the entries there.
 *
 * Host actions name the question they act on (`index`): a double click on "Next" or a timer that
 * closed the question a moment earlier then changes nothing instead of skipping a question.
 */
import { z } from 'zod';
import { answerSchema } from '../quiz/answers';
import { codeSchema } from './fields';
import {
  quizAnsweredSchema,
  quizMineSchema,
  quizRevealSchema,
  quizRoundSettingsSchema,
  quizRoundViewSchema,
  quizStandingsSchema,
} from './quiz';

const roundRefSchema = z.object({ code: codeSchema, roundId: z.string().uuid('That round id is not valid.') }).strict();
const questionRefSchema = roundRefSchema.extend({ index: z.number().int().min(0).max(1000) }).strict();
const roundReplySchema = z.object({ round: quizRoundViewSchema });

export const QUIZ_CLIENT_EVENTS = {
  /** Host: start a round (one at a time per class session); the first question opens at once. */
  'quiz:start': {
    payload: quizRoundSettingsSchema.extend({ code: codeSchema }).strict(),
    ack: roundReplySchema,
  },
  /** Host: close the open question now (reveal), before its time is up. */
  'quiz:close': { payload: questionRefSchema, ack: roundReplySchema },
  /** Host: after a reveal, open the next question (or end the round after the last one). */
  'quiz:next': { payload: questionRefSchema, ack: roundReplySchema },
  /** Host: end the round now (an open question is closed first); everyone sees the podium. */
  'quiz:end': { payload: roundRefSchema, ack: roundReplySchema },
  /** Host: take the podium off the projector. */
  'quiz:dismiss': { payload: roundRefSchema, ack: roundReplySchema },
  /** Student: answer the open question; timed by the server on receipt. One answer per question. */
  'quiz:answer': {
    payload: questionRefSchema.extend({ answer: answerSchema }).strict(),
    ack: z.object({ accepted: z.literal(true), elapsedMs: z.number() }),
  },
  /** Anyone in the room: the latest round, its reveal and standings, and (students) my answer and score. */
  'quiz:state': {
    payload: z.object({ code: codeSchema }).strict(),
    ack: z.object({
      round: quizRoundViewSchema.nullable(),
      reveal: quizRevealSchema.nullable(),
      standings: quizStandingsSchema.nullable(),
      mine: quizMineSchema.nullable(),
    }),
  },
} as const;

export const QUIZ_SERVER_EVENTS = {
  /** To the room: a question opened (the view carries its public part and its deadline). */
  'quiz:question': roundReplySchema,
  /** To hosts and projectors: how many have answered the open question. */
  'quiz:answered': quizAnsweredSchema,
  /** To the room: the question closed — answer, explanation, distribution. */
  'quiz:reveal': roundReplySchema.extend({ reveal: quizRevealSchema }),
  /** To the room: scores after each closed question. */
  'quiz:standings': quizStandingsSchema,
  /** To the room: the round ended (final standings: the podium). */
  'quiz:ended': roundReplySchema.extend({ standings: quizStandingsSchema }),
  /** To the room: any other change of the round view (the podium was dismissed). */
  'quiz:updated': roundReplySchema,
} as const;
