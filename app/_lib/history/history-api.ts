'use client';
/**
 * Calls to /api/history/*: JSON with any method (app/_lib/api.ts covers GET and POST only) and an
 * optional participant token as a Bearer header; model files fetched with that header and saved.
 */
import type { ApiResult } from '../api';
import type { ProtocolError } from '@/lib/protocol/errors';

export async function historyCall<T>(method: 'GET' | 'POST' | 'DELETE', path: string, opts: { body?: unknown; bearer?: string } = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  try {
    const res = await fetch(path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), cache: 'no-store' });
    const json = (await res.json().catch(() => null)) as { error?: ProtocolError } | null;
    if (!res.ok) return { ok: false, status: res.status, error: json?.error ?? { code: 'internal', message: `The server answered ${res.status}.` } };
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, status: 0, error: { code: 'internal', message: 'The server cannot be reached: check your connection.' } };
  }
}

/** The file name the server chose (RFC 5987 `filename*` first, then the plain fallback). */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]*)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * Downloads a submission's model file as a student: the participant token goes in a header (a plain
 * link would have to put it in the URL, where it ends up in history and logs), then the bytes are
 * saved through a temporary object URL. Models are at most a few MB.
 */
export async function downloadModel(submissionId: string, bearer: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/history/submissions/${submissionId}/model`, { headers: { authorization: `Bearer ${bearer}` }, cache: 'no-store' });
    if (!res.ok) return false;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameFrom(res.headers.get('content-disposition'), 'model.unrl');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
