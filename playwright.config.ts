import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Playwright's own Chromium where it is installed; otherwise the system's (Debian's `chromium`), with
 * the flags a machine without network access needs so Chromium does not try to phone home.
 */
function launchOptions() {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return {};
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!system) throw new Error('No Chromium found: run `npx playwright install chromium` or install Debian\'s `chromium` package.');
  return {
    executablePath: system,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'],
  };
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Each spec starts its own server (it restarts it mid-test), so specs run one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: launchOptions(),
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
});
