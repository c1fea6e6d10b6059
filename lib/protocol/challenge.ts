/**
 * Schemas of the live challenge: launch settings, the public view of a challenge, leaderboards,
 * submissions, progress (the learning-curve race) and class insights. Events using them are declared
 * in ./events.ts. Nothing here carries a hidden sample or the split's secret.
 */
import { z } from 'zod';
import { TASK_IDS } from '../tasks/types';

export const CELL_KINDS = ['rnn', 'lstm', 'gru'] as const;

/** Models travel as one binary message; this bounds it (1M float32 parameters + header). */
export const MAX_MODEL_BYTES = 4 * 1024 * 1024 + 64 * 1024;
export const MAX_PARAMETERS_LIMIT = 1_000_000;

export const challengeSettingsSchema = z
  .object({
    taskId: z.enum(TASK_IDS),
    level: z.string().min(1).max(40),
    /** sentiment / lm only: an instructor dataset instead of the built-in data (level 'imported'). */
    datasetId: z.string().uuid().nullable().default(null),
    timeLimitMinutes: z.number().int().min(1, 'The time limit is at least 1 minute.').max(240, 'The time limit is at most 240 minutes.').default(15),
    maxSubmissions: z.number().int().min(1).max(100).default(10),
    cooldownSeconds: z.number().int().min(0).max(3600).default(30),
    allowedCells: z
      .array(z.enum(CELL_KINDS))
      .min(1, 'Allow at least one cell type.')
      .max(3)
      .refine((cells) => new Set(cells).size === cells.length, 'Each cell type once.')
      .default(['rnn', 'lstm', 'gru']),
    maxParameters: z.number().int().min(10).max(MAX_PARAMETERS_LIMIT).default(100_000),
    /** Fraction of the hidden split ranked live; the rest is revealed at the end. */
    publicFraction: z.number().min(0.1).max(0.9).default(0.5),
  })
  .strict();
export type ChallengeSettings = z.output<typeof challengeSettingsSchema>;
export type ChallengeSettingsInput = z.input<typeof challengeSettingsSchema>;

export const metricViewSchema = z.object({
  name: z.string(),
  higherIsBetter: z.boolean(),
  unit: z.enum(['%', 'bits/char']),
});

/** What everyone in the room may know about a challenge. */
export const challengeViewSchema = z.object({
  id: z.string(),
  taskId: z.enum(TASK_IDS),
  level: z.string(),
  datasetId: z.string().nullable(),
  datasetName: z.string().nullable(),
  settings: challengeSettingsSchema,
  status: z.enum(['running', 'paused', 'ended']),
  startedAt: z.number(),
  /** When submissions close (while paused: null, see remainingMs). */
  endsAt: z.number().nullable(),
  remainingMs: z.number().nullable(),
  endedAt: z.number().nullable(),
  revealedAt: z.number().nullable(),
  metric: metricViewSchema,
  /** The trivial predictor's score on this task ("better than chance"). */
  chanceScore: z.number(),
  /** Server clock when this view was made, so clients can correct their countdown. */
  serverNow: z.number(),
});
export type ChallengeView = z.infer<typeof challengeViewSchema>;

export const leaderboardEntrySchema = z.object({
  /** 1-based rank among students; null for baseline (reference) rows. */
  rank: z.number().nullable(),
  participantId: z.string().nullable(),
  nickname: z.string(),
  isBaseline: z.boolean(),
  submissionId: z.string(),
  score: z.number(),
  /** Only after the instructor reveals: the private score and the rank it gives. */
  privateScore: z.number().nullable(),
  privateRank: z.number().nullable(),
  cell: z.enum(CELL_KINDS),
  layers: z.number(),
  hidden: z.number(),
  parameters: z.number(),
  submissions: z.number(),
  submittedAt: z.number(),
});
export type LeaderboardEntry = z.infer<typeof leaderboardEntrySchema>;

export const leaderboardSchema = z.object({
  challengeId: z.string(),
  revealed: z.boolean(),
  /** How many students are ranked (a student's copy lists only the top rows; their own row comes apart). */
  total: z.number(),
  /** Submissions scored so far: grows with every scoring, so the later of two boards is the larger. */
  scored: z.number(),
  entries: z.array(leaderboardEntrySchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

export const mySubmissionSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'scored', 'failed']),
  publicScore: z.number().nullable(),
  privateScore: z.number().nullable(),
  claimedScore: z.number().nullable(),
  error: z.string().nullable(),
  cell: z.enum(CELL_KINDS),
  layers: z.number(),
  hidden: z.number(),
  parameters: z.number(),
  createdAt: z.number(),
});
export type MySubmission = z.infer<typeof mySubmissionSchema>;

export const myStandingSchema = z.object({
  submissionsLeft: z.number(),
  /** Server time before which the next submission is refused (cooldown), or null. */
  cooldownUntil: z.number().nullable(),
  submissions: z.array(mySubmissionSchema),
});
export type MyStanding = z.infer<typeof myStandingSchema>;

/** A student's training progress, streamed at most about once a second. */
export const progressSchema = z
  .object({
    code: z.string().max(12),
    challengeId: z.string().uuid(),
    step: z.number().int().min(0).max(1e9),
    loss: z.number().finite().min(0).max(1e6),
    metric: z.number().finite().min(0).max(1e6).nullable(),
    cell: z.enum(CELL_KINDS),
    hidden: z.number().int().min(1).max(4096),
  })
  .strict();

export const racePointSchema = z.object({
  participantId: z.string(),
  nickname: z.string(),
  step: z.number(),
  loss: z.number(),
  metric: z.number().nullable(),
  at: z.number(),
});
export type RacePoint = z.infer<typeof racePointSchema>;

export const insightsSchema = z.object({
  challengeId: z.string(),
  /** Students who sent progress in the last 30 s. */
  training: z.number(),
  submitted: z.number(),
  students: z.number(),
  /** Every scored submission: the class's own ablation (score vs cell and hidden size). */
  points: z.array(z.object({ cell: z.enum(CELL_KINDS), hidden: z.number(), layers: z.number(), parameters: z.number(), score: z.number() })),
  averageByCell: z.array(z.object({ cell: z.enum(CELL_KINDS), average: z.number(), count: z.number() })),
});
export type Insights = z.infer<typeof insightsSchema>;
