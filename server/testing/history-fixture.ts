/**
 * Test fixture for past sessions: a finished class session with real scored submissions, made over
 * real sockets and the real scoring pool, plus the people the access rules are tried with.
 *
 * Session A ("RNN 수업, "봄" 학기", ended), students Kim, "Ace" · 민지 · =SUM(1) (names that CSV and
 * file names must survive):
 *   challenge 1 temporal-order: Kim lstm, 민지 gru, Kim rnn, host baseline; ended and revealed
 *   challenge 2 temporal-order: 민지 lstm; ended, not revealed
 *   challenge 3 sentiment on an instructor dataset: no submissions; ended (the dataset must outlive A)
 *   one ended quiz round of two questions (speed, 20 s): Kim right twice (2 s, 5 s), 민지 wrong then right
 *     — stored through the quiz queries, as the live round stores them
 * Session B (live, same instructor): Zed, and Yan (removed). A second instructor, Other.
 */
import { expect } from 'vitest';
import { ask, connect, createRoom, joinStudent, startLiveServer, type LiveServer } from './live-server';
import { modelFile } from './model-file';
import { ScoringPool } from '../scoring/pool';
import { insertAnswer, insertRound } from '../../db/queries/quiz';
import type { Question } from '../../lib/quiz/schema';

export const SESSION_NAME = 'RNN 수업, "봄" 학기';
export const NICKNAMES = { kim: 'Kim, "Ace"', minji: '민지', formula: '=SUM(1)' } as const;

export interface PastSession {
  live: LiveServer;
  otherCookie: string;
  a: { code: string; id: string; challengeIds: string[]; roundId: string; tokens: Record<keyof typeof NICKNAMES, string>; ids: Record<keyof typeof NICKNAMES, string> };
  b: { code: string; id: string; zedToken: string; yanToken: string };
  datasetId: string;
  /** The model files as sent, by submission id. */
  files: Map<string, Uint8Array>;
}

async function json(live: LiveServer, method: string, path: string, body: unknown, cookie = live.hostCookie) {
  const res = await fetch(`${live.url}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  return { res, body: (await res.json()) as any };
}

async function waitUntilScored(live: LiveServer): Promise<void> {
  const queued = () => (live.server.ctx.db.$client.prepare("select count(*) as n from submissions where status = 'queued'").get() as { n: number }).n;
  for (let i = 0; i < 600 && queued() > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(queued()).toBe(0);
}

export async function buildPastSession(): Promise<PastSession> {
  const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  const ctx = live.server.ctx;

  const invite = await json(live, 'POST', '/api/invites', {});
  const token = new URL(invite.body.url).searchParams.get('token');
  const accepted = await json(live, 'POST', '/api/auth/accept-invite', { token, name: 'Other', password: 'another long password' }, '');
  const otherCookie = (accepted.res.headers.get('set-cookie') ?? '').split(';')[0]!;

  const host = await connect(live.url, live.hostCookie);
  const code = await createRoom(live, SESSION_NAME);
  expect((await ask(host, 'host:watch', { code })).ok).toBe(true);
  const kim = await joinStudent(live, code, NICKNAMES.kim);
  const minji = await joinStudent(live, code, NICKNAMES.minji);
  const formula = await joinStudent(live, code, NICKNAMES.formula);

  const files = new Map<string, Uint8Array>();
  const challengeIds: string[] = [];
  const settings = { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0, maxSubmissions: 5, maxParameters: 5000 };
  const launch = async (s: Record<string, unknown>) => {
    const reply = await ask(host, 'challenge:launch', { code, settings: s });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    challengeIds.push(reply.data.challenge.id);
    return reply.data.challenge.id as string;
  };
  const submit = async (socket: typeof host, challengeId: string, config: { cell: 'rnn' | 'lstm' | 'gru'; hidden: number }, claimedScore: number | null, label?: string) => {
    const model = await modelFile('temporal-order', 'easy', config);
    const reply = await ask(socket, 'challenge:submit', { code, challengeId, model, claimedScore, ...(label ? { label } : {}) });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    files.set(reply.data.submissionId, model);
    await waitUntilScored(live); // one at a time, so scoring order = submission order here
  };
  const control = async (challengeId: string, action: string) => expect((await ask(host, 'challenge:control', { code, challengeId, action })).ok).toBe(true);

  const c1 = await launch(settings);
  await submit(kim.socket, c1, { cell: 'lstm', hidden: 4 }, 0.91);
  await submit(minji.socket, c1, { cell: 'gru', hidden: 6 }, 0.88);
  await submit(kim.socket, c1, { cell: 'rnn', hidden: 8 }, null);
  await submit(host, c1, { cell: 'lstm', hidden: 4 }, null, 'Instructor, "LSTM"');
  await control(c1, 'end');
  await control(c1, 'reveal');
  const c2 = await launch(settings);
  await submit(minji.socket, c2, { cell: 'lstm', hidden: 5 }, 0.5);
  await control(c2, 'end');

  const tsv = Array.from({ length: 60 }, (_, i) => `review number ${i} was ${i % 2 ? 'great fun' : 'dull and slow'}\t${i % 2}`).join('\n');
  const dataset = ctx.datasets.import('sentiment', 'History test reviews', 'reviews.tsv', new TextEncoder().encode(tsv), null);
  const c3 = await launch({ taskId: 'sentiment', level: 'imported', datasetId: dataset.id });
  await control(c3, 'end');
  const roundId = addQuizRound(live, ctx.rooms.get(code).id, { kim: kim.participantId, minji: minji.participantId });
  expect((await ask(host, 'host:end-session', { code })).ok).toBe(true);

  const codeB = await createRoom(live, 'Session B');
  const zed = await joinStudent(live, codeB, 'Zed');
  const yan = await joinStudent(live, codeB, 'Yan');
  expect((await ask(host, 'host:watch', { code: codeB })).ok).toBe(true);
  expect((await ask(host, 'host:remove-participant', { code: codeB, participantId: yan.participantId })).ok).toBe(true);

  for (const s of [host, kim.socket, minji.socket, formula.socket, zed.socket, yan.socket]) s.disconnect();
  return {
    live,
    otherCookie,
    a: {
      code,
      id: ctx.rooms.get(code).id,
      challengeIds,
      roundId,
      tokens: { kim: kim.token, minji: minji.token, formula: formula.token },
      ids: { kim: kim.participantId, minji: minji.participantId, formula: formula.participantId },
    },
    b: { code: codeB, id: ctx.rooms.get(codeB).id, zedToken: zed.token, yanToken: yan.token },
    datasetId: dataset.id,
    files,
  };
}

export const QUIZ_QUESTIONS: Question[] = [
  {
    id: 'history-gates',
    kind: 'single',
    topic: 'gating',
    prompt: { en: 'Which gate decides what the LSTM forgets?', ko: 'LSTM에서 무엇을 잊을지 정하는 게이트는?' },
    explanation: { en: 'The forget gate.', ko: '망각 게이트입니다.' },
    videoUrl: 'https://youtu.be/5KSGNomPJTE?t=3068',
    choices: [
      { en: 'input gate', ko: '입력 게이트' },
      { en: 'forget gate', ko: '망각 게이트' },
    ],
    answer: 1,
  },
  {
    id: 'history-params',
    kind: 'numeric',
    topic: 'hidden-dimension',
    prompt: { en: 'How many weights has W_h for a hidden size of 4?', ko: '은닉 크기가 4일 때 W_h의 가중치는 몇 개인가요?' },
    explanation: { en: '4 × 4 = 16.', ko: '4 × 4 = 16입니다.' },
    videoUrl: 'https://youtu.be/5KSGNomPJTE?t=307',
    answer: 16,
    tolerance: 0,
  },
];

function addQuizRound(live: LiveServer, sessionId: string, who: { kim: string; minji: string }): string {
  const db = live.server.ctx.db;
  const start = Date.now();
  const id = crypto.randomUUID();
  insertRound(db, {
    id,
    sessionId,
    settings: { topic: null, questionIds: QUIZ_QUESTIONS.map((q) => q.id) },
    questions: QUIZ_QUESTIONS as unknown as Record<string, unknown>[],
    mode: 'speed',
    timeLimitMs: 20_000,
    phase: 'ended',
    questionIndex: 1,
    questionStartedAt: start + 30_000,
    questionEndsAt: start + 50_000,
    startedAt: start,
    endedAt: start + 50_000,
    dismissedAt: null,
  });
  const answer = (questionIndex: number, participantId: string, value: Record<string, unknown>, correct: boolean, elapsedMs: number) =>
    insertAnswer(db, { roundId: id, questionIndex, participantId, answer: value, correct, elapsedMs, receivedAt: start + questionIndex * 30_000 + elapsedMs });
  answer(0, who.kim, { kind: 'single', choice: 1 }, true, 2000);
  answer(0, who.minji, { kind: 'single', choice: 0 }, false, 3000);
  answer(1, who.kim, { kind: 'numeric', value: 16 }, true, 5000);
  answer(1, who.minji, { kind: 'numeric', value: 16 }, true, 8000);
  return id;
}

/** GET/POST/DELETE against the fixture's server; `as` picks the credentials. */
export function caller(fx: PastSession) {
  return async (method: string, path: string, as: { cookie?: string; bearer?: string } = {}, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (as.cookie) headers.cookie = as.cookie;
    if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${fx.live.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let parsed: any = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a CSV or a model file
    }
    return { status: res.status, headers: res.headers, bytes, text, body: parsed };
  };
}
