/**
 * The database schema (drizzle, SQLite). Edit this file, then run `npm run db:generate` to write a
 * migration into db/migrations/ — never edit a committed migration. Times are Unix milliseconds.
 * Secrets (participant tokens, login tokens, invite tokens) are stored only as SHA-256 hashes.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
