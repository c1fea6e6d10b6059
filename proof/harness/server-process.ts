/** Starts proof/harness/server-child.ts and asks it things over IPC (see there). */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildServer {
  url: string;
  hostCookie: string;
  pid: number;
  /** Resident memory of the server process; `afterGc` collects garbage first (what is still held). */
  rssBytes(afterGc?: boolean): Promise<number>;
  count(table: string): Promise<number>;
  crashes(): Promise<{ uncaughtException: number; unhandledRejection: number }>;
  close(): Promise<void>;
}

export async function startChildServer(): Promise<ChildServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./server-child.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map<number, (data: any) => void>();
  const ready = new Promise<{ url: string; hostCookie: string }>((resolve, reject) => {
    pending.set(0, resolve);
    child.once('exit', (code) => reject(new Error(`The server process exited with ${code} before it was ready`)));
  });
  child.on('message', (msg: { id: number; data: unknown }) => {
    pending.get(msg.id)?.(msg.data);
    pending.delete(msg.id);
  });
  const ask = <T>(request: Record<string, unknown>): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, ...request });
    });
  const { url, hostCookie } = await ready;
  return {
    url,
    hostCookie,
    pid: child.pid!,
    rssBytes: async (afterGc = false) => (await ask<NodeJS.MemoryUsage>({ type: 'memory', gc: afterGc })).rss,
    count: (table) => ask<number>({ type: 'count', table }),
    crashes: () => ask({ type: 'crashes' }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      await Promise.race([ask({ type: 'close' }), exited]);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL'); // our own child, by its handle
    },
  };
}
