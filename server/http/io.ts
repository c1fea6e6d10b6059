/** Small helpers for the REST API: JSON bodies with a size cap and zod validation, JSON replies, cookies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { describeZodError, UserError, type ProtocolError } from '../../lib/protocol/errors';
import { MAX_JSON_BODY_BYTES } from '../../lib/protocol/limits';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ProtocolError,
  ) {
    super(error.message);
  }
}

const STATUS_BY_CODE: Partial<Record<ProtocolError['code'], number>> = {
  'not-signed-in': 401,
  forbidden: 403,
  'wrong-password': 401,
  'too-many-attempts': 429,
  'rate-limited': 429,
  'unknown-room': 404,
  'not-found': 404,
  'name-taken': 409,
  'setup-done': 409,
  'bad-token': 410,
  'room-ended': 410,
  'session-live': 409,
};

export function statusFor(err: UserError): number {
  return STATUS_BY_CODE[err.code] ?? 400;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

/** Reads a JSON body (content-type application/json, at most MAX_JSON_BODY_BYTES) and validates it. */
export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, { code: 'invalid-payload', message: 'Send the request body as JSON (Content-Type: application/json).' });
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) {
    throw new HttpError(413, { code: 'invalid-payload', message: `The request body is over ${MAX_JSON_BODY_BYTES} bytes.` });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY_BYTES) {
      throw new HttpError(413, { code: 'invalid-payload', message: `The request body is over ${MAX_JSON_BODY_BYTES} bytes.` });
    }
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { code: 'invalid-payload', message: 'The request body is not valid JSON.' });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, { code: 'invalid-payload', message: describeZodError(parsed.error) });
  return parsed.data;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    try {
      out.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A malformed cookie is ignored, as a browser would.
    }
  }
  return out;
}

export const LOGIN_COOKIE = 'unrolled_login';

export function loginCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${LOGIN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** Reads a raw body (a file upload) of at most `maxBytes`, refusing larger ones before reading them. */
export async function readBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const limitMessage = `The file is over the ${Math.round(maxBytes / 1e6)} MB limit.`;
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new HttpError(413, { code: 'invalid-payload', message: limitMessage });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, { code: 'invalid-payload', message: limitMessage });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
