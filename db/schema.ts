/**
 * The database schema (drizzle, SQLite). Edit this file, then run `npm run db:generate` to write a
 * migration into db/migrations/ — never edit a committed migration. Times are Unix milliseconds.
 * Secrets (participant tokens, login tokens, invite tokens) are stored only as SHA-256 hashes.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const instructors = sqliteTable(
  'instructors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** lower-cased name: sign-in is case-insensitive and names are unique that way. */
    nameKey: text('name_key').notNull(),
    /** scrypt hash and per-user salt, both base64. */
    passwordHash: text('password_hash').notNull(),
    passwordSalt: text('password_salt').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('instructors_name_key').on(t.nameKey)],
);

export const loginSessions = sqliteTable(
  'login_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    instructorId: text('instructor_id')
      .notNull()
      .references(() => instructors.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('login_sessions_instructor').on(t.instructorId)],
);

/** One-time links: the first-start setup link and instructor invitations. */
export const oneTimeTokens = sqliteTable('one_time_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  kind: text('kind', { enum: ['setup', 'invite'] }).notNull(),
  createdBy: text('created_by').references(() => instructors.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
});

export const classSessions = sqliteTable(
  'class_sessions',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    instructorId: text('instructor_id')
      .notNull()
      .references(() => instructors.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    endedAt: integer('ended_at'),
  },
  (t) => [uniqueIndex('class_sessions_code').on(t.code), index('class_sessions_instructor').on(t.instructorId, t.createdAt)],
);

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    nickname: text('nickname').notNull(),
    nicknameKey: text('nickname_key').notNull(),
    tokenHash: text('token_hash').notNull(),
    joinedAt: integer('joined_at').notNull(),
    removedAt: integer('removed_at'),
  },
  (t) => [uniqueIndex('participants_nickname').on(t.sessionId, t.nicknameKey), uniqueIndex('participants_token').on(t.tokenHash)],
);

/** Append-only log of what happened in a class session (joins, removals, end; later challenges, quiz). */
export const sessionEvents = sqliteTable(
  'session_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    at: integer('at').notNull(),
    type: text('type').notNull(),
    participantId: text('participant_id'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  (t) => [index('session_events_session').on(t.sessionId, t.id)],
);

/** Instructor datasets (sentiment TSV/CSV, lm plain text): the original file, re-parsed when used. */
export const datasets = sqliteTable(
  'datasets',
  {
    id: text('id').primaryKey(),
    /** Unique, case-insensitively: `--dataset NAME` in the CLI and the dataset picker use it. */
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    taskId: text('task_id', { enum: ['sentiment', 'lm'] }).notNull(),
    /** Null for datasets imported by the operator with the CLI (visible to every instructor). */
    ownerId: text('owner_id').references(() => instructors.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    stats: text('stats', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('datasets_name').on(t.nameKey)],
);

/** A challenge launched in a class session. `secret` seeds the hidden split and never leaves the server. */
export const challenges = sqliteTable(
  'challenges',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    taskId: text('task_id').notNull(),
    level: text('level').notNull(),
    datasetId: text('dataset_id').references(() => datasets.id, { onDelete: 'restrict' }),
    /** Launch settings (time limit, submissions, cooldown, cells, max parameters, public fraction). */
    settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    secret: text('secret').notNull(),
    status: text('status', { enum: ['running', 'paused', 'ended'] }).notNull(),
    startedAt: integer('started_at').notNull(),
    /** When submissions close (moves on extend; while paused, `remainingMs` holds the time left). */
    endsAt: integer('ends_at').notNull(),
    remainingMs: integer('remaining_ms'),
    endedAt: integer('ended_at'),
    revealedAt: integer('revealed_at'),
  },
  (t) => [index('challenges_session').on(t.sessionId, t.startedAt)],
);

/**
 * A submitted model: the file as sent (header + weights), its verified scores once scored. The
 * client's claimed score is kept for display and never ranked. A baseline has no participant.
 */
export const submissions = sqliteTable(
  'submissions',
  {
    id: text('id').primaryKey(),
    challengeId: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    isBaseline: integer('is_baseline', { mode: 'boolean' }).notNull().default(false),
    label: text('label'),
    config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    cell: text('cell').notNull(),
    layers: integer('layers').notNull(),
    hidden: integer('hidden').notNull(),
    parameters: integer('parameters').notNull(),
    model: blob('model', { mode: 'buffer' }).notNull(),
    claimedScore: real('claimed_score'),
    status: text('status', { enum: ['queued', 'scored', 'failed'] }).notNull(),
    publicScore: real('public_score'),
    privateScore: real('private_score'),
    /** Secondary figures (token accuracy, per-char accuracy), JSON. */
    extra: text('extra', { mode: 'json' }).$type<Record<string, number>>(),
    error: text('error'),
    createdAt: integer('created_at').notNull(),
    scoredAt: integer('scored_at'),
  },
  (t) => [index('submissions_challenge').on(t.challengeId, t.createdAt), index('submissions_participant').on(t.participantId, t.createdAt)],
);

/**
 * The read-only link of a past class session (issue 7): at most one per session; turning it on again
 * replaces the token (the old link stops working). Only the SHA-256 hash of the token is stored, so
 * the instructor sees the link once, when it is made.
 */
export const sessionShares = sqliteTable(
  'session_shares',
  {
    sessionId: text('session_id')
      .primaryKey()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('session_shares_token').on(t.tokenHash)],
);

/**
 * An instructor's own quiz questions (the built-in bank lives in lib/quiz). `question` is the whole
 * question as lib/quiz's `questionSchema` validated it; `questionId` is its id, unique per instructor.
 */
export const quizQuestions = sqliteTable(
  'quiz_questions',
  {
    instructorId: text('instructor_id')
      .notNull()
      .references(() => instructors.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    topic: text('topic').notNull(),
    question: text('question', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('quiz_questions_owner_id').on(t.instructorId, t.questionId)],
);

/**
 * A live quiz round. `questions` holds every asked question in full (answer and explanation too), so
 * editing the bank later never changes how a past round was graded. The current question's timing is
 * the server's clock: answers are timed from `questionStartedAt`.
 */
export const quizRounds = sqliteTable(
  'quiz_rounds',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => classSessions.id, { onDelete: 'cascade' }),
    /** Start settings (topic, question ids, count, time limit, mode) and the seed that picked the questions. */
    settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    questions: text('questions', { mode: 'json' }).$type<Record<string, unknown>[]>().notNull(),
    mode: text('mode', { enum: ['speed', 'accuracy'] }).notNull(),
    timeLimitMs: integer('time_limit_ms').notNull(),
    phase: text('phase', { enum: ['open', 'closed', 'ended'] }).notNull(),
    /** 0-based index of the current (or last) question. */
    questionIndex: integer('question_index').notNull(),
    questionStartedAt: integer('question_started_at').notNull(),
    questionEndsAt: integer('question_ends_at').notNull(),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    dismissedAt: integer('dismissed_at'),
  },
  (t) => [index('quiz_rounds_session').on(t.sessionId, t.startedAt)],
);

/** One student's answer to one question of a round; the unique index refuses a second one. */
export const quizAnswers = sqliteTable(
  'quiz_answers',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => quizRounds.id, { onDelete: 'cascade' }),
    questionIndex: integer('question_index').notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    answer: text('answer', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    /** Server receipt time − question start (server clock), ms. */
    elapsedMs: integer('elapsed_ms').notNull(),
    receivedAt: integer('received_at').notNull(),
  },
  (t) => [uniqueIndex('quiz_answers_one_each').on(t.roundId, t.questionIndex, t.participantId), index('quiz_answers_participant').on(t.participantId)],
);
