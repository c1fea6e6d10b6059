/**
 * Self-review attempts kept in this browser (no account): `unrolled:quiz:attempts` in localStorage,
 * a JSON array of lib/quiz `Attempt`s, newest last. Parsing is forgiving: a damaged entry is dropped,
 * not the whole history.
 */
import { z } from 'zod';
import type { Attempt } from '@/lib/quiz/review';

export const ATTEMPTS_KEY = 'unrolled:quiz:attempts';
/** Enough for every question many times over; older attempts fall off first. */
export const MAX_ATTEMPTS = 2000;

const attemptSchema = z.object({ questionId: z.string().max(100), correct: z.boolean(), at: z.number().finite() });

export function parseAttempts(raw: string | null): Attempt[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = attemptSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** `attempts` plus `more`, without duplicates (same question, same time), capped to the newest MAX_ATTEMPTS. */
export function mergeAttempts(attempts: readonly Attempt[], more: readonly Attempt[]): Attempt[] {
  const seen = new Set(attempts.map((a) => `${a.questionId}@${a.at}`));
  const merged = [...attempts, ...more.filter((a) => !seen.has(`${a.questionId}@${a.at}`))].sort((a, b) => a.at - b.at);
  return merged.slice(-MAX_ATTEMPTS);
}

export function loadAttempts(): Attempt[] {
  try {
    return parseAttempts(window.localStorage.getItem(ATTEMPTS_KEY));
  } catch {
    return [];
  }
}

export function saveAttempts(attempts: readonly Attempt[]): void {
  try {
    window.localStorage.setItem(ATTEMPTS_KEY, JSON.stringify(attempts.slice(-MAX_ATTEMPTS)));
  } catch {
    // Storage full or disabled (private mode): practice still works, it is just not remembered.
  }
}
