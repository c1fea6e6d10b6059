'use client';
/** Where a student's browser keeps its participant token, one per join code (localStorage). */
import { z } from 'zod';

const keptSchema = z.object({ token: z.string(), participantId: z.string(), nickname: z.string() });
export type KeptParticipant = z.infer<typeof keptSchema>;

const key = (code: string) => `unrolled:participant:${code}`;

export function loadParticipant(code: string): KeptParticipant | null {
  try {
    const raw = window.localStorage.getItem(key(code));
    const parsed = keptSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveParticipant(code: string, kept: KeptParticipant): void {
  window.localStorage.setItem(key(code), JSON.stringify(kept));
}

export function forgetParticipant(code: string): void {
  window.localStorage.removeItem(key(code));
}

/** Every code this browser has joined (for "my past sessions"). */
export function keptCodes(): string[] {
  const out: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const k = window.localStorage.key(i);
    if (k?.startsWith('unrolled:participant:')) out.push(k.slice('unrolled:participant:'.length));
  }
  return out;
}
