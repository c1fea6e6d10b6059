/**
 * The spine, as people use it: first-start setup, a class session, three students, live roster on the
 * control room and the projector, a reload, a server restart, a forged host event, removal and end.
 */
import { expect, test } from '@playwright/test';
import { io } from 'socket.io-client';
import { completeSetup, createClassSession, joinAsStudent, participantId, participantToken, type Student } from './support/people';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;

test.afterAll(async () => {
  await server?.stop();
});

test('instructor sets up, three students join, everyone survives a reload and a server restart', async ({ browser }) => {
  server = await startServer();
  expect(server.setupUrl, 'the first start prints a setup link').toBeTruthy();

  const host = await browser.newContext({ baseURL: server.url });
  const control = await host.newPage();
  await completeSetup(control, server.setupUrl!);
  const code = await createClassSession(control, 'RNN lecture');

  const board = await host.newPage();
  await board.goto(`/board/${code}`);
  await expect(board.getByTestId('board-code')).toHaveText(code);
  await expect(board.getByRole('img', { name: `QR code to join class session ${code}` })).toBeVisible();

  const students: Student[] = [];
  for (const nickname of ['Ada', 'Grace', '민지']) students.push(await joinAsStudent(browser, server.url, code, nickname));

  await expect(control.getByTestId('roster-entry')).toHaveCount(3);
  await expect(board.getByTestId('board-entry')).toHaveCount(3);
  await expect(board.getByTestId('board-count')).toHaveText('3 students joined');
  await expect(control.getByTestId('roster-count')).toHaveText('3 joined, 3 online');

  // A nickname is unique in the room, case-insensitively; an unknown code names the code.
  const late = await browser.newContext({ baseURL: server.url });
  const latePage = await late.newPage();
  await latePage.goto(`/join/${code}`);
  await latePage.getByLabel('Nickname').fill('ada');
  await latePage.getByRole('button', { name: 'Join' }).click();
  await expect(latePage.getByTestId('join-error')).toHaveText('The nickname "ada" is taken in this class session: pick another.');
  await latePage.goto('/');
  await latePage.getByLabel('Join code').fill('ZZZZ22');
  await latePage.getByLabel('Nickname').fill('Someone');
  await latePage.getByRole('button', { name: 'Join' }).click();
  await expect(latePage.getByTestId('join-error')).toHaveText('No class session with code ZZZZ22.');
  await late.close();

  // A reload brings back the same participant without typing anything.
  const ada = students[0]!;
  const adaId = await participantId(ada.page);
  await ada.page.reload();
  await expect(ada.page.getByTestId('my-nickname')).toHaveText('Ada');
  expect(await participantId(ada.page)).toBe(adaId);
  const idsBefore = await Promise.all(students.map((s) => participantId(s.page)));

  // The server goes down hard and comes back on the same port and data: everyone is still there.
  await server.stop('SIGKILL');
  await expect(control.getByText('Connection lost — reconnecting…')).toBeVisible();
  server = await startServer({ port: server.port, dataDir: server.dataDir });
  expect(server.setupUrl, 'no setup link once an instructor exists').toBeNull();
  for (const s of students) await expect(s.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  expect(await Promise.all(students.map((s) => participantId(s.page)))).toEqual(idsBefore);
  await expect(control.getByTestId('roster-count')).toHaveText('3 joined, 3 online');
  await expect(board.getByTestId('board-entry')).toHaveCount(3);

  // A student's socket that sends host events is refused, and nothing changes.
  const token = await participantToken(ada.page, code);
  const forged = io(server.url, { transports: ['websocket'] });
  const rejoin = await forged.timeout(5000).emitWithAck('room:rejoin', { code, token });
  expect(rejoin.ok).toBe(true);
  const end = await forged.timeout(5000).emitWithAck('host:end-session', { code });
  expect(end).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  const remove = await forged.timeout(5000).emitWithAck('host:remove-participant', { code, participantId: idsBefore[1] });
  expect(remove).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  const watch = await forged.timeout(5000).emitWithAck('host:watch', { code });
  expect(watch).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  const bad = await forged.timeout(5000).emitWithAck('room:join', { code, nickname: 'x'.repeat(300) });
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  forged.disconnect();
  await expect(control.getByTestId('room-status')).toHaveText('Live');
  await expect(control.getByTestId('roster-entry')).toHaveCount(3);

  // The instructor removes Grace: she is told, and her browser cannot come back.
  control.once('dialog', (d) => void d.accept());
  await control.getByRole('button', { name: 'Remove Grace' }).click();
  await expect(students[1]!.page.getByTestId('removed')).toBeVisible();
  await expect(control.getByTestId('roster-entry')).toHaveCount(2);
  await students[1]!.page.reload();
  await expect(students[1]!.page.getByText('This browser has not joined this class session yet.')).toBeVisible();

  // The instructor ends the class session: students are told; joining afterwards says it has ended.
  control.once('dialog', (d) => void d.accept());
  await control.getByRole('button', { name: 'End class session' }).click();
  await expect(control.getByTestId('room-status')).toHaveText('Ended');
  await expect(students[0]!.page.getByTestId('ended')).toBeVisible();
  await expect(students[2]!.page.getByTestId('ended')).toBeVisible();
  await expect(board.getByText('RNN lecture has ended.')).toBeVisible();
  const after = await browser.newContext({ baseURL: server.url });
  const afterPage = await after.newPage();
  await afterPage.goto(`/join/${code}`);
  await afterPage.getByLabel('Nickname').fill('Latecomer');
  await afterPage.getByRole('button', { name: 'Join' }).click();
  await expect(afterPage.getByTestId('join-error')).toHaveText(`Class session ${code} has ended.`);
});
