/**
 * Test harness: a real Unrolled server (no Next.js: pages answer 404) on an ephemeral port with an
 * in-memory or temporary database, an instructor signed in, and socket.io clients for hosts and students.
 */
import { io, type Socket } from 'socket.io-client';
import type { AddressInfo } from 'node:net';
import { createUnrolledServer, type ServerOptions, type UnrolledServer } from '../create-server';
import { readEnv } from '../env';

export interface LiveServer {
  server: UnrolledServer;
  url: string;
  /** Cookie header of the signed-in first instructor. */
  hostCookie: string;
  close(): Promise<void>;
}

/** `extraEnv`: more environment for readEnv (e.g. METRICS=1, so every optional route exists). */
export async function startLiveServer(dataDir = ':memory:', options: ServerOptions = {}, extraEnv: Record<string, string> = {}): Promise<LiveServer> {
  const env = readEnv({ DATA_DIR: dataDir, PORT: '3000', LOG_LEVEL: 'error', ...extraEnv } as unknown as NodeJS.ProcessEnv, false);
  const server = createUnrolledServer(
    env,
    (_req, res) => {
      res.writeHead(404).end();
    },
    'test',
    options,
  );
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  let hostCookie = '';
  const token = server.ctx.accounts.issueSetupToken();
  if (token) {
    const res = await fetch(`${url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: 'Host', password: 'long enough password' }),
    });
    hostCookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  return {
    server,
    url,
    hostCookie,
    close: async () => {
      await server.close();
      await new Promise((r) => server.http.close(r));
    },
  };
}

export type TestSocket = Socket;

export async function connect(url: string, cookie?: string): Promise<TestSocket> {
  const socket = io(url, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Emits with an ack and returns the reply (any shape: tests send malformed payloads on purpose). */
export function ask(socket: TestSocket, event: string, ...args: unknown[]): Promise<any> {
  return socket.timeout(10_000).emitWithAck(event, ...args);
}

/** Resolves with the next `event` payload that matches. */
export function next<T = any>(socket: TestSocket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${event} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Creates a class session as the signed-in host and returns its code. */
export async function createRoom(live: LiveServer, name = 'Test session'): Promise<string> {
  const res = await fetch(`${live.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: live.hostCookie },
    body: JSON.stringify({ name }),
  });
  return ((await res.json()) as { session: { code: string } }).session.code;
}

/** A student socket joined to `code`. */
export async function joinStudent(live: LiveServer, code: string, nickname: string) {
  const socket = await connect(live.url);
  const reply = await ask(socket, 'room:join', { code, nickname });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return { socket, participantId: reply.data.participantId as string, token: reply.data.token as string };
}
