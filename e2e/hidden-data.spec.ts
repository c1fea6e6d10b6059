/**
 * Hidden data never reaches a browser. A student's browser joins, trains and submits in two
 * challenges — temporal-order easy (a generated task) and lm on Moby Dick (a corpus with a hidden
 * tail) — while every WebSocket frame it receives and every HTTP response it gets is recorded.
 * Afterwards the hidden splits are regenerated from the server's database (read-only, in a child
 * process: proof/hidden-needles.ts) and searched for in everything recorded: no hidden input, no
 * 60-character window of the hidden tail, no secret may appear. Positive controls show the search
 * finds what the browser did receive (its nickname, a window of the train text).
 *
 * The instructor's side is driven over socket.io with the login cookie (its pages are tested in
 * challenge.spec.ts); the student's side is the real page.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let host: Socket | undefined;

test.afterAll(async () => {
  host?.disconnect();
  await server?.stop();
});

interface Recording {
  frames: string[];
  responses: Array<{ url: string; text: string }>;
  skipped: number;
  pending: Promise<unknown>[];
}

/**
 * Records what the context's pages receive. Skipped: Next.js build assets (/_next/static/) and
 * binary files (fonts, images, wasm) — made before any challenge existed, so they cannot carry one.
 */
function record(context: BrowserContext, page: Page): Recording {
  const rec: Recording = { frames: [], responses: [], skipped: 0, pending: [] };
  page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => rec.frames.push(typeof payload === 'string' ? payload : payload.toString('utf8'))));
  context.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (new URL(res.url()).pathname.startsWith('/_next/static/') || /^(font|image|audio|video)\/|wasm|octet-stream/.test(type)) return void rec.skipped++;
    rec.pending.push(
      res.body().then(
        (body) => rec.responses.push({ url: res.url(), text: body.toString('utf8') }),
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  return rec;
}

async function hostAsk(event: string, payload: unknown): Promise<any> {
  const reply = await host!.timeout(20_000).emitWithAck(event, payload);
  expect(reply.ok, `${event}: ${JSON.stringify(reply)}`).toBe(true);
  return reply.data;
}

async function trainAndSubmit(page: Page, minSteps: number): Promise<void> {
  await expect(page.getByTestId('challenge-panel')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('model-hidden').fill('8');
  await page.getByTestId('train-start').click();
  await expect.poll(async () => Number((await page.getByTestId('train-step').textContent())?.replace(/\D/g, '') || 0), { timeout: 60_000 }).toBeGreaterThan(minSteps);
  await page.getByTestId('submit-model').click();
  await expect(page.getByTestId('verified-score')).toHaveText(/\d/, { timeout: 60_000 });
}

test('a student’s browser never receives a hidden sample, a hidden-tail window or a split secret', async ({ browser }) => {
  test.setTimeout(300_000);
  server = await startServer();
  const setup = await fetch(`${server.url}/api/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(server.setupUrl!).searchParams.get('token'), name: 'Instructor', password: 'correct horse battery' }),
  });
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  const created = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Hidden data' }) });
  const code = ((await created.json()) as { session: { code: string } }).session.code;
  host = io(server.url, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false });
  await hostAsk('host:watch', { code });
  const first = (await hostAsk('challenge:launch', { code, settings: { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0 } })).challenge.id;

  // The student, recorded from before the first page load.
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const rec = record(context, page);
  await page.goto('/');
  await page.getByLabel('Join code').fill(code);
  await page.getByLabel('Nickname').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('my-nickname')).toHaveText('Ada Lovelace');

  await trainAndSubmit(page, 100);
  await hostAsk('challenge:control', { code, challengeId: first, action: 'end' });
  await hostAsk('challenge:control', { code, challengeId: first, action: 'reveal' });
  await expect(page.getByTestId('final-standings')).toBeVisible({ timeout: 30_000 });

  const second = (await hostAsk('challenge:launch', { code, settings: { taskId: 'lm', level: 'moby-dick', cooldownSeconds: 0 } })).challenge.id;
  await trainAndSubmit(page, 10);
  await hostAsk('challenge:control', { code, challengeId: second, action: 'end' });
  await hostAsk('challenge:control', { code, challengeId: second, action: 'reveal' });
  await expect(page.getByTestId('final-standings')).toBeVisible({ timeout: 30_000 });
  await page.reload(); // a fresh page load: server-rendered pages and state replies are recorded too
  await expect(page.getByTestId('my-nickname')).toHaveText('Ada Lovelace');
  await page.waitForTimeout(1000);
  await Promise.all(rec.pending);

  const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'proof/hidden-needles.ts', path.join(server.dataDir, 'unrolled.sqlite')], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const hidden = JSON.parse(stdout) as Array<{ challengeId: string; taskId: string; secret: string; needles: string[] }>;
  const haystack = [...rec.frames, ...rec.responses.map((r) => r.text)].join('\n');
  const seen = (needle: string) => haystack.includes(needle) || haystack.includes(JSON.stringify(needle).slice(1, -1));
  console.log(`recorded ${rec.frames.length} frames and ${rec.responses.length} responses (${(haystack.length / 1e6).toFixed(1)} MB); ${rec.skipped} build assets skipped`);

  // Positive controls: what the browser did receive is found.
  expect(seen('Ada Lovelace')).toBe(true);
  expect(rec.frames.filter((f) => f.includes('"challenge:scored"')).length, 'both verified scores arrived over the recorded socket').toBe(2);
  const trainData = rec.responses.find((r) => r.url.includes(`/challenges/${second}/train-data`));
  expect(trainData, 'the lm train data was fetched and recorded').toBeDefined();
  expect(seen((JSON.parse(trainData!.text) as { text: string }).text.slice(50_000, 50_060))).toBe(true);

  expect(hidden.map((h) => h.challengeId).sort()).toEqual([first, second].sort());
  for (const h of hidden) {
    console.log(`${h.taskId}: ${h.needles.length} hidden needles searched`);
    expect(h.needles.length).toBeGreaterThan(100);
    expect(seen(h.secret), `${h.taskId}: the secret`).toBe(false);
    expect(h.needles.filter(seen), `${h.taskId}: hidden data in the browser`).toEqual([]);
  }
});
