/**
 * Every socket event, once. Client→server events have a payload schema and an ack (reply) schema;
 * server→client events have a payload schema. The TypeScript event maps below are derived from these
 * objects, and event names exist nowhere else: code refers to them as `CLIENT_EVENTS`/`SERVER_EVENTS`
 * keys, which the compiler checks.
 *
 * Later domains (challenges, quiz) add their events here, next to their schemas in ./schemas-*.ts.
 */
import { z } from 'zod';
import type { Ack } from './errors';
import { QUIZ_CLIENT_EVENTS, QUIZ_SERVER_EVENTS } from './quiz-events';
import { codeSchema, participantIdSchema, participantTokenSchema, nicknameSchema } from './fields';
import {
  challengeSettingsSchema,
  challengeViewSchema,
  insightsSchema,
  leaderboardEntrySchema,
  leaderboardSchema,
  MAX_MODEL_BYTES,
  myStandingSchema,
  progressSchema,
  racePointSchema,
} from './challenge';

const modelBytesSchema = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, 'The model must be sent as binary data.')
  .transform((v) => (v instanceof ArrayBuffer ? new Uint8Array(v) : v))
  .refine((v) => v.byteLength <= MAX_MODEL_BYTES, `A model file is at most ${MAX_MODEL_BYTES} bytes.`);

const challengeRefSchema = z.object({ code: codeSchema, challengeId: z.string().uuid() }).strict();

export const participantSchema = z.object({
  id: z.string(),
  nickname: z.string(),
  connected: z.boolean(),
  joinedAt: z.number(),
});
export type Participant = z.infer<typeof participantSchema>;

export const roomInfoSchema = z.object({
  code: z.string(),
  name: z.string(),
  endedAt: z.number().nullable(),
});

export const rosterSchema = z.object({
  code: z.string(),
  participants: z.array(participantSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

const selfSchema = z.object({
  room: roomInfoSchema,
  participantId: z.string(),
  nickname: z.string(),
});

export const CLIENT_EVENTS = {
  ...QUIZ_CLIENT_EVENTS,
  /** A student joins a room with a nickname; the reply carries the participant token to keep. */
  'room:join': {
    payload: z.object({ code: codeSchema, nickname: nicknameSchema }).strict(),
    ack: selfSchema.extend({ token: participantTokenSchema }),
  },
  /** A student comes back (refresh, dropped connection, server restart) with the token it kept. */
  'room:rejoin': {
    payload: z.object({ code: codeSchema, token: participantTokenSchema }).strict(),
    ack: selfSchema,
  },
  /** The instructor's control room or projector subscribes to a room it owns. */
  'host:watch': {
    payload: z.object({ code: codeSchema }).strict(),
    ack: z.object({ room: roomInfoSchema, roster: rosterSchema }),
  },
  'host:remove-participant': {
    payload: z.object({ code: codeSchema, participantId: participantIdSchema }).strict(),
    ack: z.object({ removed: z.string() }),
  },
  'host:end-session': {
    payload: z.object({ code: codeSchema }).strict(),
    ack: z.object({ endedAt: z.number() }),
  },
  /** Host: launch a challenge (one at a time per class session). */
  'challenge:launch': {
    payload: z.object({ code: codeSchema, settings: challengeSettingsSchema }).strict(),
    ack: z.object({ challenge: challengeViewSchema }),
  },
  /** Host: pause, resume, extend (by `minutes`), end, reveal the private leaderboard. */
  'challenge:control': {
    payload: challengeRefSchema.extend({ action: z.enum(['pause', 'resume', 'extend', 'end', 'reveal']), minutes: z.number().int().min(1).max(120).optional() }).strict(),
    ack: z.object({ challenge: challengeViewSchema }),
  },
  /** Anyone in the room (student or host): the current (or latest) challenge, its leaderboard, my standing. */
  'challenge:state': {
    payload: z.object({ code: codeSchema }).strict(),
    ack: z.object({
      challenge: challengeViewSchema.nullable(),
      /** Hosts: every row. Students: the top rows; their own row is `myRow`. */
      leaderboard: leaderboardSchema.nullable(),
      myRow: leaderboardEntrySchema.nullable(),
      mine: myStandingSchema.nullable(),
      insights: insightsSchema.nullable(),
    }),
  },
  /**
   * Student (or host, as a baseline): submit a model file. The reply means it is stored and queued;
   * the verified score follows as `challenge:scored`. `claimedScore` is shown, never ranked.
   */
  'challenge:submit': {
    payload: challengeRefSchema
      .extend({
        model: modelBytesSchema,
        claimedScore: z.number().finite().nullable().default(null),
        label: z.string().max(40).optional(),
      })
      .strict(),
    ack: z.object({ submissionId: z.string(), queuePosition: z.number(), mine: myStandingSchema.nullable() }),
  },
  /** Student: training progress for the race (the server keeps at most one per second per student). */
  'challenge:progress': { payload: progressSchema, ack: z.object({ accepted: z.boolean() }) },
} as const;

export const SERVER_EVENTS = {
  ...QUIZ_SERVER_EVENTS,
  /** To everyone in the room: a challenge started, paused, resumed, was extended, ended or revealed. */
  'challenge:updated': challengeViewSchema,
  /** To everyone in the room: the leaderboard after a scored submission or a reveal. */
  /** To hosts and projectors: every row, after each change. To students: the top rows, when they change. */
  'challenge:leaderboard': leaderboardSchema,
  /** To one student: their own leaderboard row, when it changed (null: none yet). `scored` orders them with the boards. */
  'challenge:my-row': z.object({ challengeId: z.string(), scored: z.number(), entry: leaderboardEntrySchema.nullable() }),
  /** To one participant (or the host for a baseline): a submission's verified result. */
  'challenge:scored': z.object({
    challengeId: z.string(),
    submissionId: z.string(),
    status: z.enum(['scored', 'failed']),
    publicScore: z.number().nullable(),
    error: z.string().nullable(),
    rank: z.number().nullable(),
    mine: myStandingSchema.nullable(),
  }),
  /** To hosts and projectors, about once a second: new progress points of students training. */
  'challenge:race': z.object({ challengeId: z.string(), points: z.array(racePointSchema) }),
  /** To hosts and projectors: class insights (training/submitted counts, score vs cell and size). */
  'challenge:insights': insightsSchema,
  /** To hosts and projectors: the whole roster after any change (small: one room). */
  'room:roster': rosterSchema,
  /** To one participant: the instructor removed you; the token no longer works. */
  'room:removed': z.object({ code: z.string() }),
  /** To everyone in the room: the instructor ended the class session. */
  'room:ended': z.object({ code: z.string(), endedAt: z.number() }),
} as const;

export type ClientEventName = keyof typeof CLIENT_EVENTS;
export type ServerEventName = keyof typeof SERVER_EVENTS;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof CLIENT_EVENTS)[E]['payload']>;
export type ClientReply<E extends ClientEventName> = z.infer<(typeof CLIENT_EVENTS)[E]['ack']>;
export type ServerPayload<E extends ServerEventName> = z.infer<(typeof SERVER_EVENTS)[E]>;

/** socket.io's typed maps, derived from the schemas above. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (reply: Ack<ClientReply<E>>) => void) => void;
};
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};
