/**
 * Starts the real server (`tsx server/main.ts`, production build) on a free port with its own data
 * folder, so a spec can kill it and start it again on the same port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** The setup link printed on first start (null once an instructor exists). */
  setupUrl: string | null;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function newDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'unrolled-e2e-'));
}

export async function startServer(opts: { port?: number; dataDir?: string } = {}): Promise<RunningServer> {
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? newDataDir();
  // One process (not the tsx wrapper), so a SIGKILL really kills the server.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}`, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));

  const deadline = Date.now() + 60_000;
  while (!/listening on/.test(out)) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) throw new Error(`Server did not start in 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200)); // the setup link is printed right after "listening"
  const setup = /(http:\/\/\S+\/setup\?token=\S+)/.exec(out);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    setupUrl: setup ? setup[1]! : null,
    output: () => out,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
