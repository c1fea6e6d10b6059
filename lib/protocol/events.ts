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
import { codeSchema, participantIdSchema, participantTokenSchema, nicknameSchema } from './fields';

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
} as const;

export const SERVER_EVENTS = {
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
