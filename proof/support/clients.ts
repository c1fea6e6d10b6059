/** socket.io clients as the browser makes them, a seeded random source, and the figure printer. */
import { io, type Socket } from 'socket.io-client';
import type { BenchLine } from '../../bench/line';
import { RECONNECT_OPTIONS } from '../../lib/protocol/limits';

export type ClientSocket = Socket;

/**
 * A socket configured like app/_lib/socket.ts (the real page): WebSocket first, automatic
 * reconnection with the page's backoff (RECONNECT_OPTIONS). `reconnection: false` for short-lived host sockets.
 */
export function openSocket(url: string, opts: { cookie?: string; reconnection?: boolean } = {}): ClientSocket {
  return io(url, {
    transports: ['websocket', 'polling'],
    ...RECONNECT_OPTIONS,
    reconnection: opts.reconnection ?? true,
    forceNew: true,
    extraHeaders: opts.cookie ? { cookie: opts.cookie } : {},
  });
}

export function connected(socket: ClientSocket, timeoutMs = 15_000): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No connection within ${timeoutMs} ms`)), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Emits with an ack; resolves with the reply `{ok, data|error}`, rejects after `timeoutMs`. */
export function ask(socket: ClientSocket, event: string, payload: unknown, timeoutMs = 10_000): Promise<any> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload);
}

/** A host socket signed in by cookie; asks one thing and closes. */
export async function askAsHost(url: string, cookie: string, event: string, payload: unknown): Promise<any> {
  const socket = openSocket(url, { cookie, reconnection: false });
  try {
    await connected(socket);
    const reply = await ask(socket, event, payload);
    if (!reply.ok) throw new Error(`${event} failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  } finally {
    socket.disconnect();
  }
}

/** A seeded generator (lib/ml's mulberry32), so a run's timings can be replayed with --seed. */
export { mulberry32 as seededRandom } from '../../lib/ml/init';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Prints one figure as a JSON line in the bench format (DESIGN.md), plus a `goal` and whether it was met. */
export function emitLine(line: BenchLine & { goal: string; met: boolean | null }): void {
  console.log(JSON.stringify(line));
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Reads `--name value` and `--flag` arguments. */
export function args(argv = process.argv.slice(2)) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    has: (name: string) => argv.includes(`--${name}`),
    str: (name: string) => get(name),
    int: (name: string, fallback: number) => {
      const v = get(name);
      const n = v === undefined ? fallback : Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number (got ${v}).`);
      return n;
    },
  };
}

/** Runs a suite's `main`: its result is the exit code; a thrown error (the run itself broke) exits 2. */
export function runSuite(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}
