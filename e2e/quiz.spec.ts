/**
 * A live quiz round as people run it, in real Chromium: the instructor picks three questions and
 * starts the round from the control room; three students answer on their own screens; each question
 * closes early once all have answered; after each one the scores on every screen (student, control
 * room, projector) equal the formula applied to the answer times the server recorded. One
 * student reloads mid-round and keeps the score. The podium ends it; /quiz shows the class round.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATIC_QUESTIONS } from '../lib/quiz/bank';
import { exportBankJson } from '../lib/quiz/bank-io';
import type { SingleQuestion } from '../lib/quiz/schema';
import { completeSetup, createClassSession, joinAsStudent, participantId, type Student } from './support/people';
import { startServer, type RunningServer } from './support/server';

const IDS = ['g-forget-gate', 'g-input-gate', 'g-output-gate'];
const QUESTIONS = IDS.map((id) => STATIC_QUESTIONS.find((q) => q.id === id) as SingleQuestion);
const T_SECONDS = 30;
/** Who gets which question right: Ada all; Grace breaks her streak on 2; 민지 misses 1 and builds a streak after. */
const PLAN: Record<string, boolean[]> = { Ada: [true, true, true], Grace: [true, false, true], 민지: [false, true, true] };

interface RecordedAnswer {
  participantId: string;
  questionIndex: number;
  correct: boolean;
  elapsedMs: number;
}

/** The formula of issue 6, written out here independently of lib/quiz: speed points plus streak bonus. */
function expectedScores(answers: RecordedAnswer[], closed: number, timeLimitMs: number) {
  const ids = [...new Set(answers.map((a) => a.participantId))];
  return new Map(
    ids.map((id) => {
      let streak = 0;
      let total = 0;
      let last = 0;
      for (let i = 0; i < closed; i++) {
        const a = answers.find((x) => x.participantId === id && x.questionIndex === i);
        last = 0;
        if (a?.correct) {
          last = Math.round(1000 * (1 - Math.min(Math.max(a.elapsedMs, 0), timeLimitMs) / timeLimitMs / 2)) + Math.min(100 * streak, 500);
          streak++;
        } else streak = 0;
        total += last;
      }
      return [id, { total, last }];
    }),
  );
}

let server: RunningServer;

test.afterEach(async () => {
  await server?.stop();
});

test('an instructor runs a 3-question round with three students; every screen shows the formula’s scores', async ({ browser }) => {
  server = await startServer();
  const host = await browser.newContext({ baseURL: server.url });
  const control = await host.newPage();
  await completeSetup(control, server.setupUrl!);
  const code = await createClassSession(control, 'RNN quiz');
  const board = await host.newPage();
  await board.goto(`/board/${code}`);
  await expect(board.getByTestId('board-code')).toHaveText(code);

  const students: Student[] = [];
  for (const nickname of Object.keys(PLAN)) students.push(await joinAsStudent(browser, server.url, code, nickname));
  const ids = new Map<Student, string>();
  for (const s of students) ids.set(s, await participantId(s.page));
  await expect(control.getByTestId('roster-count')).toHaveText('3 joined, 3 online');

  // The instructor picks the three questions and the time limit, and starts.
  const panel = control.getByTestId('quiz-host-panel');
  await panel.getByLabel('Topic').selectOption('gating');
  await panel.getByText('Or pick the questions yourself').click();
  for (const id of IDS) await panel.getByTestId(`quiz-pick-${id}`).check();
  await expect(panel.getByText('3 questions picked: the round asks exactly these, in this order.')).toBeVisible();
  await panel.getByLabel('Seconds per question').selectOption(String(T_SECONDS));
  await panel.getByRole('button', { name: 'Start the round' }).click();

  for (let i = 0; i < 3; i++) {
    const q = QUESTIONS[i]!;
    // The projector shows the question, the countdown and the answered count; students get big buttons.
    await expect(board.getByTestId('quiz-board')).toHaveAttribute('data-phase', 'open');
    await expect(board.getByTestId('quiz-prompt')).toHaveText(q.prompt.en);
    await expect(board.getByTestId('quiz-answered')).toHaveText('0 / 3 answered');
    await expect(board.getByTestId('quiz-countdown')).toBeVisible();
    const startedAt = Date.now();
    for (const [k, s] of students.entries()) {
      await expect(s.page.getByTestId('quiz-prompt')).toHaveText(q.prompt.en);
      const right = PLAN[s.nickname]![i]!;
      await s.page.getByTestId(`quiz-choice-${right ? q.answer : (q.answer + 1) % 4}`).click();
      if (k < 2) {
        await expect(s.page.getByTestId('quiz-waiting')).toBeVisible();
        await expect(board.getByTestId('quiz-answered')).toHaveText(`${k + 1} / 3 answered`);
      }
      // Mid-round, after answering question 2, Grace reloads: she is the same participant, still answered.
      if (i === 1 && s.nickname === 'Grace') {
        await s.page.reload();
        await expect(s.page.getByTestId('quiz-waiting')).toBeVisible();
        expect(await participantId(s.page)).toBe(ids.get(s));
      }
    }

    // Everyone answered: the question closes long before its 30 s are up.
    await expect(board.getByTestId('quiz-board')).toHaveAttribute('data-phase', 'closed', { timeout: 10_000 });
    expect(Date.now() - startedAt).toBeLessThan(T_SECONDS * 1000);
    await expect(board.getByTestId('quiz-explanation')).toHaveText(q.explanation.en);
    await expect(board.getByTestId('quiz-bar').nth(q.answer)).toHaveAttribute('data-correct', 'true');
    await expect(board.getByTestId('quiz-counts')).toContainText(`${Object.values(PLAN).filter((p) => p[i]).length} right`);

    // The server's own record of the answer times gives the expected scores.
    const record = (await (await host.request.get(`/api/rooms/${code}/quiz/rounds`)).json()).rounds[0];
    const answers = record.answers as RecordedAnswer[];
    for (const s of students) {
      const a = answers.find((x) => x.participantId === ids.get(s) && x.questionIndex === i)!;
      expect(a.correct).toBe(PLAN[s.nickname]![i]);
      expect(a.elapsedMs).toBeGreaterThan(0);
      expect(a.elapsedMs).toBeLessThan(T_SECONDS * 1000);
    }
    const expected = expectedScores(answers, i + 1, record.timeLimitMs);

    for (const s of students) {
      const mine = expected.get(ids.get(s)!)!;
      await expect(s.page.getByTestId('quiz-verdict')).toHaveAttribute('data-correct', String(PLAN[s.nickname]![i]));
      await expect(s.page.getByTestId('quiz-my-points')).toHaveText(`+${n(mine.last)} points`);
      await expect(s.page.getByTestId('quiz-my-score')).toHaveAttribute('data-score', String(mine.total));
      await expectScores(board, ids.get(s)!, mine.total);
      await expectScores(control, ids.get(s)!, mine.total);
    }
    await panel.getByTestId('quiz-next').click();
  }

  // The podium: everyone sees the final ranking; the winner is Ada (all right, a full streak).
  await expect(board.getByTestId('quiz-board')).toHaveAttribute('data-phase', 'ended');
  const record = (await (await host.request.get(`/api/rooms/${code}/quiz/rounds`)).json()).rounds[0];
  const finals = expectedScores(record.answers, 3, record.timeLimitMs);
  const ada = students[0]!;
  await expect(board.getByTestId('quiz-podium-entry').first()).toHaveAttribute('data-participant-id', ids.get(ada)!);
  await expect(board.getByTestId('quiz-podium-entry').first().getByTestId('quiz-podium-score')).toHaveText(`${n(finals.get(ids.get(ada)!)!.total)} points`);
  await expect(ada.page.getByTestId('quiz-final-text')).toHaveText(`You finished 1st of 3 with ${n(finals.get(ids.get(ada)!)!.total)} points.`);
  for (const s of students) {
    await expectScores(control, ids.get(s)!, finals.get(ids.get(s)!)!.total);
    await expect(s.page.getByTestId('quiz-my-score')).toHaveAttribute('data-score', String(finals.get(ids.get(s)!)!.total));
  }

  // The instructor takes the podium off the projector: the join screen is back.
  await panel.getByRole('button', { name: 'Take the podium off the projector' }).click();
  await expect(board.getByTestId('board-code')).toHaveText(code);
  await expect(ada.page.getByTestId('quiz-student-panel')).toHaveCount(0);

  // Later, self-review shows the student's class-round answers next to the practice topics.
  await ada.page.goto('/quiz');
  await expect(ada.page.getByTestId('quiz-mastery-topic')).toHaveCount(10);
  await expect(ada.page.getByTestId('quiz-class-round')).toHaveCount(1);
  await expect(ada.page.getByTestId('quiz-class-round').locator(':scope > ol > li')).toHaveCount(3);
  await expect(ada.page.locator('[data-topic="gating"]')).toHaveAttribute('data-mastered', '3');
  // Practice by topic: an answer is checked at once, with the explanation, and counts towards mastery.
  await ada.page.getByRole('button', { name: /^Practise: 1\. / }).click();
  await answerAnything(ada.page);
  await expect(ada.page.getByTestId('quiz-verdict')).toBeVisible();
  await expect(ada.page.getByTestId('quiz-explanation')).not.toBeEmpty();
  await ada.page.getByRole('button', { name: 'Back to the topics' }).click();
  const attempts = await ada.page.evaluate(() => JSON.parse(window.localStorage.getItem('unrolled:quiz:attempts') ?? '[]').length);
  expect(attempts).toBe(1);

  for (const s of students) await s.context.close();
  await host.close();
});

test('an instructor writes a question in the editor, and sees a broken bank file’s problems by line', async ({ browser }) => {
  server = await startServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await completeSetup(page, server.setupUrl!);
  await page.getByTestId('quiz-bank-link').click();
  await expect(page).toHaveURL(/\/host\/questions$/);
  await expect(page.getByText('You have no questions of your own yet.')).toBeVisible();

  // An empty form says what is missing before anything is sent.
  await page.getByRole('button', { name: 'New question' }).click();
  const editor = page.getByTestId('quiz-question-editor');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('quiz-editor-problems')).toContainText('id: id must be lowercase kebab-case');

  await editor.getByRole('textbox', { name: /^Id / }).fill('my-cell-state');
  await editor.getByLabel('Question (English)').fill('What carries long-term memory in an LSTM?');
  await editor.getByLabel('Question (Korean)').fill('LSTM에서 장기 기억을 나르는 것은?');
  const choices = [['The cell state', '셀 상태'], ['The output gate', '출력 게이트'], ['The bias', '편향'], ['The input', '입력']];
  for (const [i, [en, ko]] of choices.entries()) {
    await editor.getByLabel(`${'ABCD'[i]} English`).fill(en!);
    await editor.getByLabel(`${'ABCD'[i]} Korean`).fill(ko!);
  }
  await editor.getByLabel('Right A').check();
  await editor.getByLabel('Explanation (English)').fill('The cell state is updated additively, so it keeps information for long.');
  await editor.getByLabel('Explanation (Korean)').fill('셀 상태는 덧셈으로 갱신되어 정보를 오래 유지합니다.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved “my-cell-state”.');
  await expect(page.locator('[data-testid="quiz-own-question"][data-question-id="my-cell-state"]')).toBeVisible();

  // A bank file with a misspelt key is refused as a whole; the problem is shown with its line.
  const good = exportBankJson([{ ...QUESTIONS[0]!, id: 'imported-forget-gate' }]);
  const broken = good.replace('"kind": "single"', '"kind": "single",\n      "anwser": 1');
  const line = broken.split('\n').findIndex((l) => l.includes('anwser')) + 1;
  await page.getByLabel('Bank file', { exact: true }).setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('quiz-import-problems')).toContainText(`Line ${line}: unknown key "anwser" (questions[0].anwser)`);
  await expect(page.locator('[data-testid="quiz-own-question"]')).toHaveCount(1);

  await page.getByLabel('Bank file', { exact: true }).setInputFiles({ name: 'bank.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Imported: 1 new, 0 replaced, 0 built-in skipped.');
  await expect(page.locator('[data-testid="quiz-own-question"]')).toHaveCount(2);
  await context.close();
});

/** Gives some answer to whatever kind of question is shown (self-review draws them at random). */
async function answerAnything(page: Page): Promise<void> {
  const choice = page.getByTestId('quiz-choice-0');
  const numeric = page.getByTestId('quiz-numeric');
  await expect(choice.or(numeric).or(page.getByTestId('quiz-submit')).first()).toBeVisible();
  if (await numeric.isVisible()) await numeric.fill('1');
  else if (await choice.isVisible()) await choice.click();
  if (await page.getByTestId('quiz-submit').isVisible()) await page.getByTestId('quiz-submit').click();
}

/** Numbers as the English UI writes them ("3,150"). */
const n = (value: number) => value.toLocaleString('en-US');

async function expectScores(page: Page, participant: string, total: number): Promise<void> {
  await expect(page.locator(`[data-testid="quiz-standing"][data-participant-id="${participant}"]`).getByTestId('quiz-standing-score')).toHaveText(n(total));
}
