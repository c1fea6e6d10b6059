import { z } from 'zod';

/**
 * Every error a person can see has a code (the message catalog key `errors.<code>`), parameters for
 * the message, and an English message for logs and for clients without a catalog.
 */
export const ERROR_CODES = [
  'invalid-payload',
  'rate-limited',
  'unknown-room',
  'room-ended',
  'nickname-empty',
  'nickname-too-long',
  'nickname-control',
  'nickname-taken',
  'unknown-participant',
  'participant-removed',
  'not-signed-in',
  'forbidden',
  'wrong-password',
  'too-many-attempts',
  'setup-done',
  'bad-token',
  'name-taken',
  'not-found',
  'no-challenge',
  'challenge-running',
  'challenge-closed',
  'challenge-paused',
  'submission-limit',
  'cooldown',
  'model-rejected',
  'internal',
  'no-quiz-round',
  'quiz-round-running',
  'quiz-question-closed',
  'quiz-already-answered',
  'quiz-no-questions',
  'question-id-taken',
  'bank-invalid',
  'session-live',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ProtocolError = z.infer<typeof errorSchema>;

/** Thrown by handlers for anything the person can fix; the helper turns it into an error ack. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
  toJSON(): ProtocolError {
    return { code: this.code, message: this.message, ...(this.params ? { params: this.params } : {}) };
  }
}

/** The answer of every acknowledged event: data, or an error a person can act on. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

/** Longest text of one issue: keys and paths come from the sender and may be megabytes long. */
const MAX_ISSUE_CHARS = 120;

/** Formats zod issues as "nickname: Too long" lines, so a bad payload says what to fix. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') + ': ' : ''}${issue.message}`)
    .map((text) => (text.length > MAX_ISSUE_CHARS ? `${text.slice(0, MAX_ISSUE_CHARS - 1)}…` : text))
    .join('; ');
}
