/** REST bodies and replies (the instructor's account and class-session list). */
import { z } from 'zod';
import { instructorNameSchema, oneTimeTokenSchema, passwordSchema, sessionNameSchema } from './fields';

export const setupBodySchema = z.object({ token: oneTimeTokenSchema, name: instructorNameSchema, password: passwordSchema }).strict();
export const acceptInviteBodySchema = setupBodySchema;
export const loginBodySchema = z.object({ name: z.string().max(200), password: z.string().max(200) }).strict();
export const createSessionBodySchema = z.object({ name: sessionNameSchema }).strict();

export const instructorSchema = z.object({ id: z.string(), name: z.string() });
export const authStateSchema = z.object({ instructor: instructorSchema.nullable(), needsSetup: z.boolean() });
export type AuthState = z.infer<typeof authStateSchema>;

export const classSessionSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  participants: z.number(),
});
export type ClassSessionSummary = z.infer<typeof classSessionSummarySchema>;

export const roomPublicSchema = z.object({ code: z.string(), name: z.string(), endedAt: z.number().nullable() });
export type RoomPublic = z.infer<typeof roomPublicSchema>;
