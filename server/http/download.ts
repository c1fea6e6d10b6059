/** File downloads: Content-Disposition for any file name, and bodies streamed with back-pressure. */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

/**
 * A file name safe on every system: no path separators, control or reserved characters, at most
 * 120 characters. Non-ASCII (Korean) stays; `contentDisposition` encodes it.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return [...(cleaned || 'download')].slice(0, 120).join('');
}

/**
 * `attachment` with an ASCII fallback `filename` (non-ASCII, quotes and backslashes replaced by _) and
 * the exact name as RFC 5987 / RFC 6266 `filename*` (UTF-8, percent-encoded), which browsers prefer.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Writes a 200 with `headers`, then each chunk as it comes, waiting for 'drain' when the socket's
 * buffer is full, and stops early if the client goes away. The chunks are produced lazily, so a large
 * export never sits in memory as one string. Checks that can fail must happen before: once the
 * headers are out, an error can only cut the download short (the response is destroyed).
 */
export async function streamChunks(res: ServerResponse, headers: Record<string, string>, chunks: Iterable<string>): Promise<void> {
  res.writeHead(200, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  try {
    for (const chunk of chunks) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  } catch (err) {
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}
