/**
 * Past class sessions (issue 7): REST bodies and replies of /api/history/*. Who may see what is
 * decided on the server (server/services/history-access.ts); these shapes carry only what the
 * caller was granted — e.g. `privateBoard` is null for anyone but the owner until the reveal.
 */
import { z } from 'zod';
import { CELL_KINDS, leaderboardEntrySchema, metricViewSchema } from './challenge';
import { TASK_IDS } from '../tasks/types';

/** A participant token as the join ack gave it (32 random bytes, base64url). */
export const participantTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a participant token.');
/** A share-link token (same form). */
export const shareTokenSchema = participantTokenSchema;

export const historySessionSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  participants: z.number(),
  challenges: z.number(),
  submissions: z.number(),
  shared: z.boolean(),
});
export type HistorySessionSummary = z.infer<typeof historySessionSummarySchema>;

/** One submission in a student's timeline: config, claimed (browser) and verified (server) scores. */
export const timelineSubmissionSchema = z.object({
  id: z.string(),
  challengeId: z.string(),
  status: z.enum(['queued', 'scored', 'failed']),
  cell: z.enum(CELL_KINDS),
  layers: z.number(),
  hidden: z.number(),
  parameters: z.number(),
  config: z.record(z.string(), z.unknown()),
  claimedScore: z.number().nullable(),
  publicScore: z.number().nullable(),
  /** Null unless the viewer may see private scores of this challenge. */
  privateScore: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.number(),
  scoredAt: z.number().nullable(),
  /** The submission the leaderboard counts for this student (their best public score). */
  counted: z.boolean(),
});
export type TimelineSubmission = z.infer<typeof timelineSubmissionSchema>;

export const ablationPointSchema = z.object({ cell: z.enum(CELL_KINDS), hidden: z.number(), layers: z.number(), score: z.number() });
export type AblationPoint = z.infer<typeof ablationPointSchema>;

export const historyChallengeSchema = z.object({
  id: z.string(),
  taskId: z.enum(TASK_IDS),
  level: z.string(),
  datasetName: z.string().nullable(),
  status: z.enum(['running', 'paused', 'ended']),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  revealedAt: z.number().nullable(),
  metric: metricViewSchema,
  chanceScore: z.number(),
  /** Ranked by public score (the live board), without private columns. */
  publicBoard: z.array(leaderboardEntrySchema),
  /** Ranked by private score; null while the viewer may not see private scores. */
  privateBoard: z.array(leaderboardEntrySchema).nullable(),
});
export type HistoryChallenge = z.infer<typeof historyChallengeSchema>;

export const studentTimelineSchema = z.object({
  participantId: z.string(),
  nickname: z.string(),
  joinedAt: z.number(),
  removedAt: z.number().nullable(),
  submissions: z.array(timelineSubmissionSchema),
});
export type StudentTimeline = z.infer<typeof studentTimelineSchema>;

/** Live quiz rounds of the session, scored by lib/quiz's rules (server/services/history-quiz.ts). */
export const quizStandingSchema = z.object({ rank: z.number(), participantId: z.string(), nickname: z.string(), points: z.number(), correct: z.number() });
export const quizRoundResultSchema = z.object({
  id: z.string(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  mode: z.enum(['speed', 'accuracy']),
  /** Topic ids (lib/quiz/topics.ts) of the questions asked, in lecture order. */
  topics: z.array(z.string()),
  /** Questions closed (asked to the end). */
  questions: z.number(),
  answered: z.number(),
  correct: z.number(),
  standings: z.array(quizStandingSchema),
});
export const quizStudentResultSchema = z.object({ participantId: z.string(), nickname: z.string(), answered: z.number(), correct: z.number(), points: z.number() });
export const quizResultsSchema = z.object({ rounds: z.array(quizRoundResultSchema), students: z.array(quizStudentResultSchema) });
export type QuizResults = z.infer<typeof quizResultsSchema>;

export const sessionHeadSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), createdAt: z.number(), endedAt: z.number().nullable() });

/** GET /api/history/sessions/ID — the owner's review of one class session. */
export const sessionReviewSchema = z.object({
  session: sessionHeadSchema,
  share: z.object({ createdAt: z.number() }).nullable(),
  challenges: z.array(historyChallengeSchema.extend({ ablation: z.array(ablationPointSchema) })),
  students: z.array(studentTimelineSchema),
  quiz: quizResultsSchema,
});
export type SessionReview = z.infer<typeof sessionReviewSchema>;

/** One scoring event of a challenge and the public leaderboard right after it. */
export const replayStepSchema = z.object({
  at: z.number(),
  submissionId: z.string(),
  nickname: z.string(),
  score: z.number(),
  board: z.array(leaderboardEntrySchema),
});
export const replaySchema = z.object({ challengeId: z.string(), steps: z.array(replayStepSchema) });
export type Replay = z.infer<typeof replaySchema>;
export type ReplayStep = z.infer<typeof replayStepSchema>;

/** DELETE /api/history/sessions/ID: the join code typed again, so nothing is deleted by a stray click. */
export const deleteSessionBodySchema = z.object({ confirm: z.string().max(20) }).strict();

export const shareLinkSchema = z.object({ url: z.string(), createdAt: z.number() });
export type ShareLink = z.infer<typeof shareLinkSchema>;

/** GET /api/history/shared/TOKEN — what a read-only link grants, plus `mine` for a student of it. */
export const sharedViewSchema = z.object({
  session: sessionHeadSchema.omit({ id: true }),
  challenges: z.array(historyChallengeSchema),
  mine: studentTimelineSchema.nullable(),
});
export type SharedView = z.infer<typeof sharedViewSchema>;

/** POST /api/history/mine — the participant tokens this browser keeps. */
export const myHistoryBodySchema = z.object({ tokens: z.array(participantTokenSchema).min(1).max(100) }).strict();

export const myChallengeSchema = historyChallengeSchema
  .pick({ id: true, taskId: true, level: true, datasetName: true, status: true, startedAt: true, revealedAt: true, metric: true })
  .extend({
    students: z.number(),
    rank: z.number().nullable(),
    privateRank: z.number().nullable(),
    bestSubmissionId: z.string().nullable(),
    submissions: z.array(timelineSubmissionSchema),
  });
export const mySessionSchema = sessionHeadSchema.omit({ id: true }).extend({
  participantId: z.string(),
  nickname: z.string(),
  challenges: z.array(myChallengeSchema),
});
export const myHistorySchema = z.object({ sessions: z.array(mySessionSchema) });
export type MySession = z.infer<typeof mySessionSchema>;
export type MyHistory = z.infer<typeof myHistorySchema>;

/** The three exports, each as CSV or JSON. */
export const EXPORT_KINDS = ['leaderboards', 'submissions', 'quiz-answers'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
