/** What people do on the pages, by role and label — shared by specs. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const INSTRUCTOR = { name: 'Instructor One', password: 'correct horse battery' };

export async function completeSetup(page: Page, setupUrl: string): Promise<void> {
  await page.goto(setupUrl);
  await page.getByLabel('Name').fill(INSTRUCTOR.name);
  await page.getByLabel('Password').fill(INSTRUCTOR.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: `Hello, ${INSTRUCTOR.name}` })).toBeVisible();
}

/** Creates a class session from /host and returns its join code (the page moves to /host/CODE). */
export async function createClassSession(page: Page, name: string): Promise<string> {
  await page.getByLabel('New class session').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/host\/[A-Z2-9]{6}$/);
  const code = (await page.getByTestId('room-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  return code;
}

export interface Student {
  context: BrowserContext;
  page: Page;
  nickname: string;
}

export async function joinAsStudent(browser: Browser, baseUrl: string, code: string, nickname: string): Promise<Student> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Join code').fill(code.toLowerCase());
  await page.getByLabel('Nickname').fill(nickname);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('my-nickname')).toHaveText(nickname);
  return { context, page, nickname };
}

export async function participantId(page: Page): Promise<string> {
  return (await page.getByTestId('my-id').getAttribute('data-participant-id'))!;
}

export async function participantToken(page: Page, code: string): Promise<string> {
  const kept = await page.evaluate((c) => window.localStorage.getItem(`unrolled:participant:${c}`), code);
  return (JSON.parse(kept!) as { token: string }).token;
}
