/**
 * The address students use to join. PUBLIC_URL wins; otherwise the address the request came in on,
 * except that "localhost" is useless to a student's laptop, so it is swapped for this machine's
 * first LAN address.
 */
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === 'IPv4' && !info.internal) return info.address;
  }
  return null;
}

export function publicBaseUrl(req: IncomingMessage, configured: string | undefined, port: number): string {
  if (configured) return configured;
  const host = String(req.headers.host ?? `localhost:${port}`);
  if (/^(localhost|127\.|\[::1\])/.test(host)) {
    const lan = lanAddress();
    if (lan) return `http://${lan}:${port}`;
  }
  return `http://${host}`;
}
