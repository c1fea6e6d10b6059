/**
 * The real server as a separate process (`node --import tsx server/main.ts`, production build), so a
 * suite can SIGKILL it — a real crash: no shutdown hook runs — and start it again on the same port and
 * data folder, and so its CPU and memory are measured apart from the simulated clients.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/server';
import { sleep } from './clients';

export { freePort };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSWORD = 'proof under fire password';

/**
 * The server needs a Next.js production build to start. Built only when there is none: the suites
 * exercise the API and sockets, not pages, so a build older than the page sources is good enough (and
 * a rebuild in the middle of other people's page edits could fail for reasons that are not ours).
 */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return;
  execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}


export class ServerProcess {
  readonly port: number;
  readonly url: string;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'unrolled-proof-'));
  readonly logFile = path.join(this.dataDir, 'server.log');
  private child: ChildProcess | null = null;
  private log: WriteStream = createWriteStream(this.logFile, { flags: 'a' });
  private output = '';
  /** Process starts so far (1 after the first `start`). */
  starts = 0;

  constructor(
    port: number,
    /** Extra environment (METRICS, UNROLLED_FAULT); everything else is fixed here. */
    private readonly extraEnv: Record<string, string> = {},
    /** Extra node flags, e.g. --cpu-prof to see where the server's time goes. */
    private readonly nodeArgs: string[] = [],
  ) {
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process; resolves once GET /api/health answers 200, with when that was (ms epoch). */
  async start(timeoutMs = 60_000): Promise<{ healthyAt: number }> {
    const { METRICS: _m, UNROLLED_FAULT: _f, ...inherited } = process.env;
    // One process (not the tsx wrapper), so a SIGKILL really kills the server and its scoring threads.
    const child = spawn(process.execPath, [...this.nodeArgs, '--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...inherited, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, PUBLIC_URL: this.url, NODE_ENV: 'production', LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', ...this.extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts++;
    this.log.write(`\n--- start ${this.starts} (pid ${child.pid}) at ${new Date().toISOString()}\n`);
    const keep = (d: Buffer) => {
      this.output = (this.output + String(d)).slice(-20_000);
      this.log.write(d);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode} while starting:\n${this.output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`The server did not answer /api/health within ${timeoutMs / 1000} s:\n${this.output.slice(-3000)}`);
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(1000) });
        if (res.status === 200) return { healthyAt: Date.now() };
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
  }

  /** SIGKILL: the process dies at once, mid-write or mid-score, like a power cut of the process. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** SIGTERM: the orderly shutdown of server/main.ts. */
  stop(): Promise<void> {
    return this.signal('SIGTERM').finally(() => this.log.end());
  }

  private signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(sig);
    });
  }

  /** For a last-resort exit handler: kill synchronously, by our own child's pid only. */
  killNow(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** Creates the first instructor through the printed one-time setup link; returns the login cookie. */
  async setupInstructor(): Promise<string> {
    const deadline = Date.now() + 10_000;
    let token: string | undefined;
    while (!(token = /\/setup\?token=(\S+)/.exec(this.output)?.[1])) {
      if (Date.now() > deadline) throw new Error(`No setup link printed:\n${this.output.slice(-2000)}`);
      await sleep(50);
    }
    const res = await fetch(`${this.url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, name: 'Proof', password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`Setup failed: ${res.status} ${await res.text()}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  /** Creates a class session as the host; returns its join code. */
  async createSession(cookie: string, name: string): Promise<string> {
    const res = await fetch(`${this.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name }) });
    if (res.status !== 201) throw new Error(`Creating a session failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { session: { code: string } }).session.code;
  }

  /** Deletes the data folder (database, log); only once the process is gone. */
  removeData(): void {
    this.killNow();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** The last lines the process printed (for failure messages). */
  tail(chars = 3000): string {
    return this.output.slice(-chars);
  }
}
