/** Field schemas shared by socket events and REST bodies. */
import { z } from 'zod';
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from './codes';
import { NICKNAME_MAX, nicknameProblem, normalizeNickname } from './nickname';

export const codeSchema = z
  .string()
  .max(32, 'A join code has 6 characters.')
  .transform(normalizeCode)
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), `A join code is ${CODE_LENGTH} letters and digits (no 0, O, 1, I or L).`),
  );

export const nicknameSchema = z
  .string()
  .max(200, `A nickname has at most ${NICKNAME_MAX} characters.`)
  .superRefine((value, ctx) => {
    const problem = nicknameProblem(value);
    if (problem === 'nickname-empty') ctx.addIssue({ code: 'custom', message: 'Type a nickname.' });
    if (problem === 'nickname-too-long') ctx.addIssue({ code: 'custom', message: `A nickname has at most ${NICKNAME_MAX} characters.` });
    if (problem === 'nickname-control') ctx.addIssue({ code: 'custom', message: 'A nickname cannot contain control characters.' });
  })
  .transform(normalizeNickname);

/** Participant tokens are 32 random bytes, base64url. */
export const participantTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'That participant token is not valid.');
export const participantIdSchema = z.string().uuid('That participant id is not valid.');

export const instructorNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(2, 'A name has at least 2 characters.').max(60, 'A name has at most 60 characters.'))
  .refine((s) => !/\p{Cc}/u.test(s), 'A name cannot contain control characters.');

export const passwordSchema = z
  .string()
  .min(10, 'A password has at least 10 characters.')
  .max(200, 'A password has at most 200 characters.');

export const sessionNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1, 'Give the class session a name.').max(80, 'A class session name has at most 80 characters.'))
  .refine((s) => !/\p{Cc}/u.test(s), 'A name cannot contain control characters.');

export const oneTimeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'That link is not valid: copy the whole link.');
