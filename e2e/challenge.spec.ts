/**
 * The live challenge as people run it: the instructor launches temporal-order easy, three students
 * train small models in their browsers for a few seconds and submit, the leaderboard updates on every
 * screen, a forged score changes nothing, the server restarts mid-challenge and nothing is lost, the
 * instructor ends and reveals, and the projector shows the podium.
 */
import { expect, test, type Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { completeSetup, createClassSession, joinAsStudent, participantToken, type Student } from './support/people';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;

test.afterAll(async () => {
  await server?.stop();
});

async function trainAndSubmit(page: Page): Promise<void> {
  const panel = page.getByTestId('challenge-panel');
  await expect(panel).toBeVisible();
  await page.getByTestId('model-hidden').fill('8');
  await page.getByTestId('train-start').click();
  // A few seconds of training in the browser: the step counter moves.
  await expect.poll(async () => Number((await page.getByTestId('train-step').textContent())?.replace(/\D/g, '') || 0), { timeout: 30_000 }).toBeGreaterThan(100);
  await page.getByTestId('submit-model').click();
  await expect(page.getByTestId('verified-score')).toContainText('%', { timeout: 60_000 });
  await expect(page.getByTestId('my-rank')).toBeVisible();
}

test('instructor runs a challenge; students train, submit and climb; restart, end, reveal, podium', async ({ browser }) => {
  test.setTimeout(300_000);
  server = await startServer();
  const host = await browser.newContext({ baseURL: server.url });
  const control = await host.newPage();
  await completeSetup(control, server.setupUrl!);
  const code = await createClassSession(control, 'Challenge day');

  await control.getByRole('combobox', { name: /^Task/ }).selectOption('temporal-order');
  await control.getByRole('combobox', { name: /^Level/ }).selectOption('easy');
  await control.getByTestId('launch-challenge').click();
  await expect(control.getByTestId('challenge-status')).toHaveAttribute('data-status', 'running');

  const board = await host.newPage();
  await board.goto(`/board/${code}`);
  await expect(board.getByTestId('countdown')).toBeVisible();

  const students: Student[] = [];
  for (const nickname of ['Ada', 'Grace', 'Alan']) students.push(await joinAsStudent(browser, server.url, code, nickname));
  for (const s of students) await trainAndSubmit(s.page);

  for (const page of [control, board, students[0]!.page]) {
    await expect(page.getByTestId('leaderboard-row').or(page.getByTestId('my-board-row'))).not.toHaveCount(0);
  }
  await expect(control.getByTestId('leaderboard-row')).toHaveCount(3);
  await expect(board.getByTestId('leaderboard-row')).toHaveCount(3);
  const scoresBefore = await control.getByTestId('leaderboard-row').allTextContents();

  // A forged "score" field is refused and changes nothing; a claimed score is never ranked.
  const token = await participantToken(students[0]!.page, code);
  const forged = io(server.url, { transports: ['websocket'] });
  expect((await forged.timeout(5000).emitWithAck('room:rejoin', { code, token })).ok).toBe(true);
  const state = await forged.timeout(5000).emitWithAck('challenge:state', { code });
  const challengeId = state.data.challenge.id as string;
  const forgedReply = await forged.timeout(5000).emitWithAck('challenge:submit', { code, challengeId, model: new Uint8Array(16), score: 1 });
  expect(forgedReply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  const garbage = await forged.timeout(5000).emitWithAck('challenge:submit', { code, challengeId, model: new Uint8Array(16), claimedScore: 1 });
  // Refused (inside the cooldown here; a bad model otherwise): a claimed score alone earns nothing.
  expect(garbage.ok).toBe(false);
  expect(['cooldown', 'model-rejected']).toContain(garbage.error.code);
  forged.disconnect();
  await expect(control.getByTestId('leaderboard-row')).toHaveText(scoresBefore);

  // The server dies mid-challenge and comes back: the challenge and every verified score are still there.
  await server.stop('SIGKILL');
  server = await startServer({ port: server.port, dataDir: server.dataDir });
  await expect(control.getByTestId('challenge-status')).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await expect(control.getByTestId('leaderboard-row')).toHaveText(scoresBefore, { timeout: 30_000 });
  await expect(board.getByTestId('leaderboard-row')).toHaveCount(3, { timeout: 30_000 });
  for (const s of students) await expect(s.page.getByTestId('verified-score')).toContainText('%', { timeout: 30_000 });

  // End, reveal the private leaderboard, podium on the projector.
  control.on('dialog', (d) => void d.accept());
  await control.getByTestId('end-challenge').click();
  await expect(control.getByTestId('challenge-status')).toHaveAttribute('data-status', 'ended');
  await control.getByTestId('reveal').click();
  await expect(control.getByTestId('challenge-status')).toHaveAttribute('data-status', 'revealed');
  await expect(board.getByTestId('podium')).toBeVisible({ timeout: 30_000 });
  for (const s of students) await expect(s.page.getByTestId('final-standings')).toBeVisible();
});
