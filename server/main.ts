/**
 * The process entry: `npm start` (production) and `npm run dev` (development, hot reload).
 * Reads the configuration, opens the database (applying migrations), prepares Next.js and serves
 * pages, the REST API and socket.io on one port.
 */
import next from 'next';
import { EventEmitter } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUnrolledServer } from './create-server';
import { readEnv } from './env';
import { lanAddress } from './http/public-url';
import { log, setLogLevel } from './log';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production';
  const env = readEnv(process.env, dev);
  setLogLevel(env.LOG_LEVEL);
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

  // Next.js attaches its own 'upgrade' listener to the server of the first request it sees, and that
  // listener closes socket.io's WebSockets. Hand it a stand-in server instead and route upgrades ourselves.
  const upgradeSink = new EventEmitter() as unknown as HttpServer;
  const nextApp = next({ dev, dir: root, hostname: env.HOST, port: env.PORT, httpServer: upgradeSink });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();
  const upgrade = nextApp.getUpgradeHandler();
  const server = createUnrolledServer(env, (req, res) => handle(req, res), version, { upgradeHandler: (req, socket, head) => void upgrade(req, socket, head) });

  server.http.listen(env.PORT, env.HOST, () => {
    const local = `http://localhost:${env.PORT}`;
    const lan = lanAddress();
    log.info(`Unrolled ${version} listening on ${local}${lan ? ` (students on this network: http://${lan}:${env.PORT})` : ''}; data in ${path.resolve(env.DATA_DIR)}`);
    const setupToken = server.ctx.accounts.issueSetupToken();
    if (setupToken) {
      const base = env.PUBLIC_URL ?? local;
      console.log(`\nNo instructor account yet. Open this one-time link to create the first one:\n\n  ${base}/setup?token=${setupToken}\n`);
    }
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: closing`);
    server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
