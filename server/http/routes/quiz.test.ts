/** The quiz REST routes over HTTP: own questions, bank import/export, and a student's class-round answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBankJson } from '../../../lib/quiz/bank-io';
import { STATIC_QUESTIONS } from '../../../lib/quiz/bank';
import { VALID } from '../../../lib/quiz/test-fixtures';
import { ScoringPool } from '../../scoring/pool';
import { ask, connect, createRoom, joinStudent, next, startLiveServer, type LiveServer } from '../../testing/live-server';

let live: LiveServer;
const own = { ...VALID.single, id: 'my-question' };

beforeAll(async () => {
  live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
}, 60_000);

afterAll(async () => {
  await live?.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${live.url}${path}`, {
    method,
    headers: { cookie: live.hostCookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : await res.text(), headers: res.headers };
}

describe('own questions', () => {
  it('need a signed-in instructor', async () => {
    expect((await call('GET', '/api/quiz/questions', undefined, { cookie: '' })).status).toBe(401);
  });

  it('are created, listed, updated and deleted', async () => {
    expect((await call('POST', '/api/quiz/questions', own)).status).toBe(201);
    expect((await call('GET', '/api/quiz/questions')).body.questions.map((x: any) => x.question.id)).toEqual([own.id]);
    const updated = await call('PUT', `/api/quiz/questions/${own.id}`, { ...own, answer: 1 });
    expect(updated).toMatchObject({ status: 200, body: { question: { answer: 1 } } });
    expect((await call('GET', '/api/quiz/bank')).body.questions.filter((x: any) => x.own).map((x: any) => x.id)).toEqual([own.id]);
    expect((await call('DELETE', `/api/quiz/questions/${own.id}`)).status).toBe(200);
    expect((await call('DELETE', `/api/quiz/questions/${own.id}`)).status).toBe(404);
  });

  it.each([
    ['a question that breaks the schema', { ...own, answer: 7 }, 400, 'invalid-payload'],
    ['a built-in id', { ...own, id: STATIC_QUESTIONS[0]!.id }, 400, 'question-id-taken'],
  ])('refuses %s with a message naming the problem', async (_name, body, status, errorCode) => {
    const reply = await call('POST', '/api/quiz/questions', body);
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(errorCode);
    expect(reply.body.error.message.length).toBeGreaterThan(10);
  });
});

describe('bank files', () => {
  it('export as a JSON download', async () => {
    const reply = await call('GET', '/api/quiz/bank/export');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('attachment');
    expect(reply.body.format).toBe('unrolled-quiz-bank');
  });

  it('import, or come back with the line of every problem', async () => {
    const text = exportBankJson([{ ...own, id: 'imported-one' }]);
    expect(await call('POST', '/api/quiz/bank/import', text)).toMatchObject({ status: 200, body: { created: 1, updated: 0, skipped: 0 } });
    const broken = text.replace('"kind": "single"', '"kind": "single",\n      "anwser": 1');
    const reply = await call('POST', '/api/quiz/bank/import', broken);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'bank-invalid', params: { count: 1 } });
    const line = broken.split('\n').findIndex((l) => l.includes('anwser')) + 1;
    expect(reply.body.errors).toEqual([expect.objectContaining({ line, message: 'unknown key "anwser"' })]);
    const notJson = await call('POST', '/api/quiz/bank/import', '{\n  "format": \n}');
    expect(notJson.body.errors[0].line).toBe(3);
  });
});

describe("a student's class-round answers", () => {
  it('come back by participant token, only for closed questions, even after the session ended', async () => {
    const code = await createRoom(live);
    const host = await connect(live.url, live.hostCookie);
    await ask(host, 'host:watch', { code });
    const ada = await joinStudent(live, code, 'Ada');
    const question = STATIC_QUESTIONS.find((x) => x.kind === 'single')!;
    const started = await ask(host, 'quiz:start', { code, questionIds: [question.id, STATIC_QUESTIONS[1]!.id], timeLimitSeconds: 30 });
    const roundId = started.data.round.id;
    const mine = (token: string) => call('GET', `/api/rooms/${code}/quiz/mine`, undefined, { cookie: '', authorization: `Bearer ${token}` });
    expect((await mine(ada.token)).body.rounds).toEqual([]); // the open question's answer is still secret
    const revealed = next(host, 'quiz:reveal');
    await ask(ada.socket, 'quiz:answer', { code, roundId, index: 0, answer: { kind: 'single', choice: (question as { answer: number }).answer } });
    await revealed;
    await ask(host, 'host:end-session', { code });
    const reply = await mine(ada.token);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ code, nickname: 'Ada' });
    expect(reply.body.rounds).toHaveLength(1);
    expect(reply.body.rounds[0].questions).toHaveLength(1);
    expect(reply.body.rounds[0].questions[0]).toMatchObject({ index: 0, correct: true, question: { id: question.id, explanation: question.explanation } });
    expect(reply.body.rounds[0].score).toBe(reply.body.rounds[0].questions[0].points);
    expect((await mine('A'.repeat(43))).status).toBe(400);
    expect((await call('GET', `/api/rooms/${code}/quiz/mine`, undefined, { cookie: '' })).body.error.code).toBe('unknown-participant');
    host.disconnect();
    ada.socket.disconnect();
  });
});
