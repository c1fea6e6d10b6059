'use client';
/** JSON calls to the REST API; errors come back as the protocol's error objects. */
import type { ProtocolError } from '@/lib/protocol/errors';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ProtocolError };

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    const json = (await res.json().catch(() => null)) as { error?: ProtocolError } | null;
    if (!res.ok) {
      return { ok: false, status: res.status, error: json?.error ?? { code: 'internal', message: `The server answered ${res.status}.` } };
    }
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, error: { code: 'internal', message: 'The server cannot be reached: check your connection.' } };
  }
}
