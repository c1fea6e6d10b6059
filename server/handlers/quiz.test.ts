/**
 * A live quiz round over real sockets: the host starts it, three students answer for themselves,
 * the question closes early once all have answered, scores follow the formula from the server's own
 * times, a student rejoining mid-round keeps the score, and the podium ends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATIC_QUESTIONS } from '../../lib/quiz/bank';
import type { SingleQuestion } from '../../lib/quiz/schema';
import { ScoringPool } from '../scoring/pool';
import { ask, connect, createRoom, joinStudent, next, startLiveServer, type LiveServer, type TestSocket } from '../testing/live-server';

const IDS = ['g-forget-gate', 'g-input-gate', 'g-output-gate'];
const QUESTIONS = IDS.map((id) => STATIC_QUESTIONS.find((x) => x.id === id) as SingleQuestion);
const T = 30_000;
const right = (i: number) => ({ kind: 'single', choice: QUESTIONS[i]!.answer });
const wrong = (i: number) => ({ kind: 'single', choice: (QUESTIONS[i]!.answer + 1) % 4 });
/** The formula from the issue, written out independently of lib/quiz. */
const speed = (elapsedMs: number) => Math.round(1000 * (1 - Math.min(elapsedMs, T) / T / 2));

let live: LiveServer;
let code: string;
let host: TestSocket;
let students: Awaited<ReturnType<typeof joinStudent>>[];
let roundId: string;
const elapsed: Record<string, number[]> = {};

beforeAll(async () => {
  live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  code = await createRoom(live);
  host = await connect(live.url, live.hostCookie);
  expect((await ask(host, 'host:watch', { code })).ok).toBe(true);
  students = [];
  for (const nickname of ['Ada', 'Bo', 'Cy']) students.push(await joinStudent(live, code, nickname));
}, 60_000);

afterAll(async () => {
  for (const s of [host, ...(students ?? []).map((x) => x.socket)]) s?.disconnect();
  await live?.close();
});

async function answer(who: number, index: number, payload: unknown) {
  const reply = await ask(students[who]!.socket, 'quiz:answer', { code, roundId, index, answer: payload });
  if (reply.ok) (elapsed[students[who]!.participantId] ??= [])[index] = reply.data.elapsedMs;
  return reply;
}

describe('live quiz round', () => {
  it('is started by the host only; students get the question without its answer', async () => {
    expect(await ask(students[0]!.socket, 'quiz:start', { code, questionIds: IDS })).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    const heard = next(students[1]!.socket, 'quiz:question');
    const reply = await ask(host, 'quiz:start', { code, questionIds: IDS, timeLimitSeconds: T / 1000, mode: 'speed' });
    expect(reply.ok).toBe(true);
    roundId = reply.data.round.id;
    const { round } = await heard;
    expect(round).toMatchObject({ id: roundId, phase: 'open', index: 0, questionCount: 3, timeLimitSeconds: 30, expected: 3, answered: 0 });
    expect(round.question.choices).toEqual(QUESTIONS[0]!.choices);
    expect(round.question).not.toHaveProperty('answer');
    expect(JSON.stringify(round)).not.toContain(QUESTIONS[0]!.explanation.en);
    expect(JSON.stringify(round)).not.toContain('videoUrl');
    expect(await ask(host, 'quiz:start', { code, questionIds: IDS })).toMatchObject({ ok: false, error: { code: 'quiz-round-running' } });
  });

  it('takes one answer per student, for themselves only, and tells the hosts how many answered', async () => {
    const counted = next(host, 'quiz:answered');
    expect(await answer(0, 0, right(0))).toMatchObject({ ok: true, data: { accepted: true } });
    expect(await counted).toEqual({ roundId, index: 0, answered: 1, expected: 3 });
    expect(await answer(0, 0, wrong(0))).toMatchObject({ ok: false, error: { code: 'quiz-already-answered' } });
    const forged = await ask(students[1]!.socket, 'quiz:answer', { code, roundId, index: 0, answer: right(0), participantId: students[0]!.participantId });
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await ask(host, 'quiz:answer', { code, roundId, index: 0, answer: right(0) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await answer(1, 0, { kind: 'single', choice: 9 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('closes early when everyone has answered, revealing the answer and scores by the formula', async () => {
    const reveal = next(students[2]!.socket, 'quiz:reveal');
    const standings = next(host, 'quiz:standings');
    await answer(1, 0, right(0));
    await answer(2, 0, wrong(0));
    const revealed = await reveal;
    expect(revealed.round.phase).toBe('closed');
    expect(revealed.reveal).toMatchObject({ index: 0, correct: right(0), explanation: QUESTIONS[0]!.explanation, videoUrl: QUESTIONS[0]!.videoUrl, right: 2, wrong: 1, unanswered: 0 });
    const choiceCounts = [0, 0, 0, 0];
    choiceCounts[QUESTIONS[0]!.answer] = 2;
    choiceCounts[(QUESTIONS[0]!.answer + 1) % 4] = 1;
    expect(revealed.reveal.choiceCounts).toEqual(choiceCounts);
    const [ada, bo] = students.map((s) => s.participantId);
    const scores = Object.fromEntries((await standings).entries.map((e: any) => [e.participantId, e.score]));
    expect(scores[ada!]).toBe(speed(elapsed[ada!]![0]!));
    expect(scores[bo!]).toBe(speed(elapsed[bo!]![0]!));
    expect(scores[students[2]!.participantId]).toBe(0);
  });

  it('keeps a student’s score and answer when they rejoin mid-round', async () => {
    expect(await ask(students[0]!.socket, 'quiz:next', { code, roundId, index: 0 })).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    const opened = next(students[1]!.socket, 'quiz:question');
    expect((await ask(host, 'quiz:next', { code, roundId, index: 0 })).data.round).toMatchObject({ phase: 'open', index: 1 });
    await opened;
    await answer(1, 1, right(1));
    const before = (await ask(students[1]!.socket, 'quiz:state', { code })).data;
    students[1]!.socket.disconnect();
    const again = await connect(live.url);
    expect((await ask(again, 'room:rejoin', { code, token: students[1]!.token })).ok).toBe(true);
    students[1] = { ...students[1]!, socket: again };
    const after = (await ask(again, 'quiz:state', { code })).data;
    expect(after.mine).toEqual(before.mine);
    expect(after.mine).toMatchObject({ answer: right(1), standing: { score: speed(elapsed[students[1]!.participantId]![0]!) } });
    expect(after.round).toMatchObject({ id: roundId, phase: 'open', index: 1 });
    expect(after.reveal).toBeNull();
    expect(await answer(1, 1, wrong(1))).toMatchObject({ ok: false, error: { code: 'quiz-already-answered' } });
  });

  it('ends with the podium: final standings to everyone, streak bonuses included', async () => {
    // Listen first: the reveal follows the last answer's ack at once.
    const revealed = next(host, 'quiz:reveal', (p: any) => p.reveal.index === 1);
    await answer(0, 1, right(1));
    await answer(2, 1, right(1));
    await revealed;
    const ended = next(students[0]!.socket, 'quiz:ended');
    expect((await ask(host, 'quiz:end', { code, roundId })).data.round.phase).toBe('ended');
    const { standings } = await ended;
    expect(standings.final).toBe(true);
    const [ada, bo, cy] = students.map((s) => s.participantId);
    const e = elapsed;
    const expected: Record<string, number> = {
      [ada!]: speed(e[ada!]![0]!) + speed(e[ada!]![1]!) + 100,
      [bo!]: speed(e[bo!]![0]!) + speed(e[bo!]![1]!) + 100,
      [cy!]: speed(e[cy!]![1]!),
    };
    for (const entry of standings.entries) expect(entry.score).toBe(expected[entry.participantId]);
    expect(standings.entries[2].participantId).toBe(cy);
    // The instructor's record gives the same numbers from the stored server times.
    const res = await fetch(`${live.url}/api/rooms/${code}/quiz/rounds`, { headers: { cookie: live.hostCookie } });
    const record = (await res.json()).rounds[0];
    expect(record.answers.map((a: any) => a.elapsedMs).sort()).toEqual(Object.values(e).flat().filter((x) => x !== undefined).sort());
    expect(record.standings.entries).toEqual(standings.entries);
  });
});

describe('standings in a class larger than the top rows', () => {
  it('hosts get every row; each student gets the top 10 and their own row, with the class total', async () => {
    const bigCode = await createRoom(live);
    const watcher = await connect(live.url, live.hostCookie);
    expect((await ask(watcher, 'host:watch', { code: bigCode })).ok).toBe(true);
    const class12: Awaited<ReturnType<typeof joinStudent>>[] = [];
    for (let i = 0; i < 12; i++) class12.push(await joinStudent(live, bigCode, `S${String(i).padStart(2, '0')}`));
    try {
      const start = await ask(watcher, 'quiz:start', { code: bigCode, questionIds: [IDS[0]], timeLimitSeconds: 30, mode: 'accuracy' });
      const id = start.data.round.id;
      // The first ten answer right; the last two answer wrong and rank below them.
      for (let i = 0; i < 12; i++) {
        const reply = await ask(class12[i]!.socket, 'quiz:answer', { code: bigCode, roundId: id, index: 0, answer: i < 10 ? right(0) : wrong(0) });
        expect(reply.ok).toBe(true);
      }
      const last = class12[11]!;
      const hostHeard = next(watcher, 'quiz:ended');
      const lastHeard = next(last.socket, 'quiz:ended');
      const firstHeard = next(class12[0]!.socket, 'quiz:ended');
      await ask(watcher, 'quiz:end', { code: bigCode, roundId: id });
      const [forHost, forLast, forFirst] = await Promise.all([hostHeard, lastHeard, firstHeard]);
      expect(forHost.standings.total).toBe(12);
      expect(forHost.standings.entries).toHaveLength(12);
      expect(forLast.standings.total).toBe(12);
      expect(forLast.standings.entries.map((e: any) => e.participantId)).toEqual([...forHost.standings.entries.slice(0, 10), forHost.standings.entries.find((e: any) => e.participantId === last.participantId)].map((e: any) => e.participantId));
      expect(forFirst.standings.entries).toEqual(forHost.standings.entries.slice(0, 10));
      // quiz:state answers a student the same way.
      const state = (await ask(last.socket, 'quiz:state', { code: bigCode })).data;
      expect(state.standings).toEqual(forLast.standings);
      expect(state.mine.standing).toEqual(forLast.standings.entries.at(-1));
    } finally {
      watcher.disconnect();
      for (const s of class12) s.socket.disconnect();
    }
  });
});
