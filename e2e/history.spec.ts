/**
 * Past sessions, as people use them: an instructor and two students play a class session (joins in
 * the browser; the challenge is driven over socket.io with real model files, which the live pages
 * would also send), then the instructor finds the finished session under Past sessions, reviews it,
 * replays it, downloads the leaderboard CSV from the page and it parses back to what the page shows;
 * a student finds it under My past sessions and downloads their best model; the read-only link shows
 * the boards to anyone and a student's own rows only to that student.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { parseCsvObjects } from '../server/testing/csv-parse';
import { completeSetup, createClassSession, joinAsStudent, participantToken } from './support/people';
import { modelFiles, type CellConfig } from './support/model-files';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
const sockets: Socket[] = [];

test.afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await server?.stop();
});

const SESSION = 'RNN 수업, "봄" 학기';
const KIM = 'Kim, "Ace"';
const MINJI = '민지';

async function socketFor(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  return socket;
}

async function ask(socket: Socket, event: string, payload: unknown): Promise<any> {
  const reply = await socket.timeout(20_000).emitWithAck(event, payload);
  expect(reply.ok, `${event}: ${JSON.stringify(reply)}`).toBe(true);
  return reply.data;
}

async function loginCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'unrolled_login')!;
  return `${cookie.name}=${cookie.value}`;
}

test('an instructor reviews a finished session and downloads its CSV; a student gets their best model', async ({ browser }) => {
  server = await startServer();
  const host = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
  const page = await host.newPage();
  await completeSetup(page, server.setupUrl!);
  const code = await createClassSession(page, SESSION);
  const kim = await joinAsStudent(browser, server.url, code, KIM);
  const minji = await joinAsStudent(browser, server.url, code, MINJI);

  // The class: one challenge, three scored submissions, ended and revealed; then the session ends.
  const hostSocket = await socketFor(server.url, await loginCookie(host));
  await ask(hostSocket, 'host:watch', { code });
  const launched = await ask(hostSocket, 'challenge:launch', { code, settings: { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0, maxParameters: 5000 } });
  const challengeId = launched.challenge.id as string;
  const files = new Map<string, Uint8Array>();
  const plan = [
    [kim, { cell: 'lstm', hidden: 4 }, 0.9],
    [minji, { cell: 'gru', hidden: 6 }, 0.8],
    [kim, { cell: 'rnn', hidden: 8 }, null],
  ] as const;
  const models = modelFiles('temporal-order', 'easy', plan.map(([, config]) => config as CellConfig));
  for (const [i, [student, , claimed]] of plan.entries()) {
    const socket = await socketFor(server.url);
    await ask(socket, 'room:rejoin', { code, token: await participantToken(student.page, code) });
    const model = models[i]!;
    const scored = new Promise<any>((resolve) => socket.on('challenge:scored', resolve));
    const { submissionId } = await ask(socket, 'challenge:submit', { code, challengeId, model, claimedScore: claimed });
    files.set(submissionId, model);
    expect((await scored).status).toBe('scored');
  }
  await ask(hostSocket, 'challenge:control', { code, challengeId, action: 'end' });
  await ask(hostSocket, 'challenge:control', { code, challengeId, action: 'reveal' });
  await ask(hostSocket, 'host:end-session', { code });

  // The instructor finds it from /host, searching by name.
  await page.goto('/host');
  await page.getByTestId('past-sessions-link').click();
  await expect(page).toHaveURL(/\/sessions$/);
  await page.getByLabel('Search by name, join code or date').fill('수업');
  await expect(page.getByTestId('history-session')).toHaveCount(1);
  await page.getByLabel('Search by name, join code or date').fill('no such session');
  await expect(page.getByTestId('history-session')).toHaveCount(0);
  await page.getByLabel('Search by name, join code or date').fill(code.toLowerCase());
  await page.getByRole('link', { name: `Review ${SESSION}` }).click();
  await expect(page.getByTestId('review-title')).toHaveText(SESSION);

  // Final boards, the ablation, each student's timeline.
  const publicBoard = page.getByTestId('public-board');
  await expect(publicBoard.getByTestId('history-board-row')).toHaveCount(2);
  await expect(page.getByTestId('private-board').getByTestId('history-board-row')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Score against hidden size for 3 scored models/ })).toBeVisible();
  await page.getByTestId('student-timeline').filter({ hasText: KIM }).locator('summary').click();
  await expect(page.getByTestId('student-timeline').filter({ hasText: KIM }).getByTestId('timeline-row')).toHaveCount(2);

  // Replay: every scoring event in order, from nothing to the final board.
  await page.getByRole('button', { name: 'Replay the leaderboard' }).click();
  const slider = page.getByTestId('replay-slider');
  await expect(slider).toHaveAttribute('max', '3');
  await slider.fill('0');
  await expect(page.getByTestId('replay-event')).toHaveText('Before the first score');
  await slider.fill('1');
  await expect(page.getByTestId('replay-event')).toContainText(`${KIM} scored`);
  await expect(page.getByTestId('replay-board').getByTestId('history-board-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.getByTestId('replay-event')).toContainText(`${MINJI} scored`);

  // The CSV, downloaded through the page, parses back to what the page shows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-leaderboards-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^RNN 수업, _봄_ 학기 \d{4}-\d\d-\d\d leaderboards\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsvObjects(csv);
  const shown = await publicBoard.getByTestId('history-board-row').evaluateAll((trs) =>
    trs.map((tr) => ({ rank: tr.getAttribute('data-rank'), nickname: tr.querySelector('th')!.firstChild!.textContent })),
  );
  expect(rows.map((r) => ({ rank: r.public_rank, nickname: r.nickname }))).toEqual(shown);
  expect(rows.map((r) => r.nickname).sort()).toEqual([KIM, MINJI].sort());
  expect(rows.every((r) => r.private_rank !== '' && Number(r.public_score) >= 0 && r.task === 'temporal-order')).toBe(true);

  // A read-only link: anyone sees the boards; Kim, on the browser he joined with, also sees his rows.
  await page.getByRole('button', { name: 'Make a read-only link' }).click();
  const link = (await page.getByTestId('share-link').textContent())!;
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(link);
  await expect(strangerPage.getByTestId('public-board').getByTestId('history-board-row')).toHaveCount(2);
  await expect(strangerPage.getByTestId('shared-mine')).toHaveCount(0);
  await kim.page.goto(link);
  await expect(kim.page.getByTestId('shared-mine').getByTestId('timeline-row')).toHaveCount(2);
  await stranger.close();

  // Kim's own past sessions, on the device he used: his best model downloads, byte for byte.
  await kim.page.goto('/');
  await kim.page.getByRole('link', { name: 'My past sessions' }).click();
  await expect(kim.page.getByTestId('my-session')).toHaveCount(1);
  await expect(kim.page.getByTestId('my-session')).toContainText(SESSION);
  const [best] = await Promise.all([kim.page.waitForEvent('download'), kim.page.getByRole('button', { name: 'Download my best model for challenge 1' }).click()]);
  expect(best.suggestedFilename()).toMatch(/^Kim, _Ace_-temporal-order-easy-(lstm-1x4|rnn-1x8)\.unrl$/);
  const bytes = new Uint8Array(readFileSync((await best.path())!));
  expect([...files.values()].some((f) => Buffer.from(f).equals(Buffer.from(bytes)))).toBe(true);

  for (const s of [kim, minji]) await s.context.close();
  await host.close();
});
