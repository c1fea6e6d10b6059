/**
 * Runs bench/chromium/page.ts in headless Chromium: bundles it with esbuild into a temporary folder,
 * serves it and tfjs-backend-wasm's .wasm files from a throwaway local HTTP server with
 * Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp (so the
 * page is cross-origin isolated and the wasm backend may use SharedArrayBuffer threads), drives
 * Debian's Chromium (or CHROMIUM_PATH) with Playwright and returns the page's results.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageResult } from './page';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function runInChromium(timeoutMs = 15 * 60_000): Promise<PageResult> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CHROMIUM_PATH)`);
  const require = createRequire(import.meta.url);
  const wasmDir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  const out = mkdtempSync(path.join(tmpdir(), 'unrolled-bench-'));
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(here, 'page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: path.join(out, 'bundle.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const files: Record<string, [string, string]> = { '/bundle.js': [path.join(out, 'bundle.js'), 'text/javascript'] };
  const html = '<!doctype html><meta charset="utf-8"><title>ml bench</title><script type="module" src="/bundle.js"></script>';
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' };
    if (url === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(html);
    const wasm = url.match(/^\/wasm\/(tfjs-backend-wasm[a-z-]*\.wasm)$/);
    const file = wasm ? [path.join(wasmDir, wasm[1]!), 'application/wasm'] : files[url];
    if (!file || !existsSync(file[0]!)) return res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'Content-Type': file[1]! }).end(readFileSync(file[0]!));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (globalThis as { __bench?: unknown }).__bench !== undefined, null, { timeout: timeoutMs, polling: 1000 });
    const result = (await page.evaluate(() => (globalThis as { __bench?: unknown }).__bench)) as PageResult | { error: string };
    if ('error' in result) throw new Error(`page failed: ${result.error}`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
