/**
 * Schemas of live quiz rounds: start settings, the public view of a round, the reveal after a
 * question closes, standings, and a student's own standing. Events using them are declared in
 * ./quiz-events.ts. Nothing sent while a question is open carries its answer or explanation: the
 * question travels as lib/quiz's `publicQuestionSchema`, the answer only in `quizRevealSchema`.
 */
import { z } from 'zod';
import { answerSchema } from '../quiz/answers';
import { publicQuestionSchema } from '../quiz/public-view';
import { bilingualSchema } from '../quiz/schema';
import { TOPIC_IDS } from '../quiz/topics';

export const QUIZ_MODES = ['speed', 'accuracy'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

export const QUIZ_MAX_QUESTIONS = 30;
export const QUIZ_MIN_SECONDS = 5;
export const QUIZ_MAX_SECONDS = 300;

/** A question id as the bank writes it: kebab-case, or `<generator>@<seed>` for computed questions. */
export const questionIdSchema = z
  .string()
  .max(80, 'A question id has at most 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:@\d+)?$/, 'A question id is lowercase kebab-case, like "lstm-forget-gate".');

/** What the instructor chooses when starting a round. */
export const quizRoundSettingsSchema = z
  .object({
    /** One lecture topic, or null for all topics. Ignored when `questionIds` is given. */
    topic: z.enum(TOPIC_IDS).nullable().default(null),
    /** Exactly these questions, asked in this order (built-in or the instructor's own). */
    questionIds: z
      .array(questionIdSchema)
      .min(1, 'Pick at least one question.')
      .max(QUIZ_MAX_QUESTIONS, `A round has at most ${QUIZ_MAX_QUESTIONS} questions.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each question once.')
      .optional(),
    count: z.number().int().min(1, 'A round has at least 1 question.').max(QUIZ_MAX_QUESTIONS, `A round has at most ${QUIZ_MAX_QUESTIONS} questions.`).default(5),
    timeLimitSeconds: z
      .number()
      .int()
      .min(QUIZ_MIN_SECONDS, `Give at least ${QUIZ_MIN_SECONDS} seconds per question.`)
      .max(QUIZ_MAX_SECONDS, `Give at most ${QUIZ_MAX_SECONDS} seconds per question.`)
      .default(20),
    mode: z.enum(QUIZ_MODES).default('speed'),
  })
  .strict();
export type QuizRoundSettings = z.output<typeof quizRoundSettingsSchema>;
export type QuizRoundSettingsInput = z.input<typeof quizRoundSettingsSchema>;

export const QUIZ_PHASES = ['open', 'closed', 'ended'] as const;
export type QuizPhase = (typeof QUIZ_PHASES)[number];

/** What everyone in the room may know about a round. Times are server milliseconds. */
export const quizRoundViewSchema = z.object({
  id: z.string(),
  /** open: answers accepted; closed: the current question was revealed; ended: podium. */
  phase: z.enum(QUIZ_PHASES),
  /** The instructor took the podium off the projector. */
  dismissed: z.boolean(),
  mode: z.enum(QUIZ_MODES),
  topic: z.enum(TOPIC_IDS).nullable(),
  timeLimitSeconds: z.number(),
  questionCount: z.number(),
  /** 0-based index of the current (or last) question. */
  index: z.number(),
  question: publicQuestionSchema,
  questionStartedAt: z.number(),
  questionEndsAt: z.number(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** Answers to the current question so far, and the students connected who could answer. */
  answered: z.number(),
  expected: z.number(),
  /** Server clock when this view was made, so clients can correct their countdown. */
  serverNow: z.number(),
});
export type QuizRoundView = z.infer<typeof quizRoundViewSchema>;

/** Sent when a question closes: the answer, why, where in the lecture, and how the class answered. */
export const quizRevealSchema = z.object({
  roundId: z.string(),
  index: z.number(),
  questionId: z.string(),
  correct: answerSchema,
  explanation: bilingualSchema(2000),
  videoUrl: z.string(),
  /** Single / multi questions: how many students picked each choice (multi: each ticked box counts). */
  choiceCounts: z.array(z.number()).nullable(),
  right: z.number(),
  wrong: z.number(),
  /** Students in the room who did not answer. */
  unanswered: z.number(),
});
export type QuizReveal = z.infer<typeof quizRevealSchema>;

export const quizStandingSchema = z.object({
  /** 1-based; students with the same score share a rank. */
  rank: z.number(),
  participantId: z.string(),
  nickname: z.string(),
  score: z.number(),
  /** Consecutive correct answers up to the last closed question. */
  streak: z.number(),
  correctCount: z.number(),
  /** The last closed question: right, wrong, or not answered (null); its points and streak bonus. */
  lastCorrect: z.boolean().nullable(),
  lastPoints: z.number(),
  lastBonus: z.number(),
});
export type QuizStanding = z.infer<typeof quizStandingSchema>;

export const quizStandingsSchema = z.object({
  roundId: z.string(),
  /** Questions closed so far (the standings count these). */
  closedCount: z.number(),
  final: z.boolean(),
  /** How many students the standings rank (a student's copy lists only the top rows and their own). */
  total: z.number(),
  entries: z.array(quizStandingSchema),
});
export type QuizStandings = z.infer<typeof quizStandingsSchema>;

/** A student's own view: their answer to the current question, and their standing. */
export const quizMineSchema = z.object({
  answer: answerSchema.nullable(),
  standing: quizStandingSchema.nullable(),
});
export type QuizMine = z.infer<typeof quizMineSchema>;

export const quizAnsweredSchema = z.object({ roundId: z.string(), index: z.number(), answered: z.number(), expected: z.number() });
export type QuizAnswered = z.infer<typeof quizAnsweredSchema>;
