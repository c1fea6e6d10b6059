'use client';
/** REST calls of the quiz pages (own questions, bank files, class-round answers); errors as protocol errors. */
import type { ProtocolError } from '@/lib/protocol/errors';
import type { BankError } from '@/lib/quiz/bank-io';

export type QuizApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ProtocolError; errors?: BankError[] };

/** `body` is sent as JSON, or as-is when it is already a string (a bank file keeps its lines). */
export async function quizApi<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<QuizApiResult<T>> {
  try {
    const res = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      cache: 'no-store',
    });
    const json = (await res.json().catch(() => null)) as { error?: ProtocolError; errors?: BankError[] } | null;
    if (!res.ok) {
      return { ok: false, status: res.status, error: json?.error ?? { code: 'internal', message: `The server answered ${res.status}.` }, ...(json?.errors ? { errors: json.errors } : {}) };
    }
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, error: { code: 'internal', message: 'The server cannot be reached: check your connection.' } };
  }
}
