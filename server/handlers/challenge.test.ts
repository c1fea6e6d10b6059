/**
 * A live challenge over real sockets and the real scoring pool: launch, submissions scored on the
 * hidden split, leaderboard pushed to everyone, every refusal before scoring, end and reveal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScoringPool } from '../scoring/pool';
import { ask, connect, createRoom, joinStudent, next, startLiveServer, type LiveServer, type TestSocket } from '../testing/live-server';
import { modelFile } from '../testing/model-file';

let live: LiveServer;
let code: string;
let host: TestSocket;
let ada: Awaited<ReturnType<typeof joinStudent>>;
let bo: Awaited<ReturnType<typeof joinStudent>>;
let challengeId: string;
let good: Uint8Array;

const countSubmissions = () => (live.server.ctx.db.$client.prepare('select count(*) as n from submissions').get() as { n: number }).n;

beforeAll(async () => {
  live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) });
  code = await createRoom(live);
  host = await connect(live.url, live.hostCookie);
  expect((await ask(host, 'host:watch', { code })).ok).toBe(true);
  ada = await joinStudent(live, code, 'Ada');
  bo = await joinStudent(live, code, 'Bo');
  good = await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 4 });
}, 60_000);

afterAll(async () => {
  for (const s of [host, ada?.socket, bo?.socket]) s?.disconnect();
  await live?.close();
});

describe('live challenge', () => {
  it('is launched by the host only, and announced to the room', async () => {
    const settings = { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 2, maxSubmissions: 3, allowedCells: ['lstm', 'gru'], maxParameters: 5000 };
    expect(await ask(ada.socket, 'challenge:launch', { code, settings })).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    const announced = next(ada.socket, 'challenge:updated');
    const reply = await ask(host, 'challenge:launch', { code, settings });
    expect(reply.ok).toBe(true);
    challengeId = reply.data.challenge.id;
    const view = await announced;
    expect(view).toMatchObject({ id: challengeId, taskId: 'temporal-order', level: 'easy', status: 'running', metric: { name: 'accuracy', higherIsBetter: true } });
    expect(JSON.stringify(view)).not.toContain(live.server.ctx.challenges.byId(challengeId)!.secret);
    expect(await ask(host, 'challenge:launch', { code, settings })).toMatchObject({ ok: false, error: { code: 'challenge-running' } });
  });

  it('scores a submission on the hidden split and pushes the leaderboard to everyone', async () => {
    const scored = next(ada.socket, 'challenge:scored');
    const boardForBo = next(bo.socket, 'challenge:leaderboard', (b: any) => b.entries.length === 1);
    const adaRow = next(ada.socket, 'challenge:my-row');
    const reply = await ask(ada.socket, 'challenge:submit', { code, challengeId, model: good, claimedScore: 0.99 });
    expect(reply).toMatchObject({ ok: true, data: { queuePosition: 1, mine: { submissionsLeft: 2 } } });
    const result = await scored;
    expect(result).toMatchObject({ status: 'scored', rank: 1, error: null });
    expect(result.publicScore).toBeGreaterThanOrEqual(0);
    expect(result.publicScore).toBeLessThanOrEqual(1);
    const board = await boardForBo;
    expect(board.entries[0]).toMatchObject({ nickname: 'Ada', rank: 1, score: result.publicScore, privateScore: null });
    expect(board).toMatchObject({ total: 1, scored: 1 });
    // The claimed 0.99 is stored for display, never ranked.
    expect(board.entries[0].score).not.toBe(0.99);
    // Ada hears her own row at once; a state reply carries it too.
    expect(await adaRow).toMatchObject({ challengeId, scored: 1, entry: { nickname: 'Ada', rank: 1 } });
    const state = await ask(ada.socket, 'challenge:state', { code });
    expect(state.data).toMatchObject({ leaderboard: { total: 1 }, myRow: { nickname: 'Ada', rank: 1 } });
    expect((await ask(bo.socket, 'challenge:state', { code })).data.myRow).toBeNull();
  }, 60_000);

  it.each([
    ['a forged score field', () => ({ code, challengeId, model: good, score: 1 }), 'invalid-payload'],
    ['a model that is not binary', () => ({ code, challengeId, model: 'AAAA' }), 'invalid-payload'],
    ['a truncated model', () => ({ code, challengeId, model: good.subarray(0, good.length - 8) }), 'model-rejected'],
    ['a model for another task', async () => ({ code, challengeId, model: await modelFile('echo', 'step-3', { cell: 'lstm', hidden: 4 }) }), 'model-rejected'],
    ['a cell the challenge does not allow', async () => ({ code, challengeId, model: await modelFile('temporal-order', 'easy', { cell: 'rnn', hidden: 4 }) }), 'model-rejected'],
    ['too many parameters', async () => ({ code, challengeId, model: await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 64 }) }), 'model-rejected'],
    ['a NaN weight', () => ({ code, challengeId, model: withNaN(good) }), 'model-rejected'],
    ['an unknown challenge', () => ({ code, challengeId: '00000000-0000-4000-8000-000000000000', model: good }), 'no-challenge'],
  ])('refuses %s before scoring, storing nothing', async (_name, payload, errorCode) => {
    const before = countSubmissions();
    const reply = await ask(bo.socket, 'challenge:submit', await payload());
    expect(reply).toMatchObject({ ok: false, error: { code: errorCode } });
    expect(reply.error.message.length).toBeGreaterThan(10);
    expect(countSubmissions()).toBe(before);
  });

  it('enforces the cooldown and says how long to wait', async () => {
    const reply = await ask(ada.socket, 'challenge:submit', { code, challengeId, model: good, claimedScore: null });
    expect(reply).toMatchObject({ ok: false, error: { code: 'cooldown' } });
    expect(reply.error.message).toMatch(/^Wait \d+ s before your next submission\.$/);
  });

  it('lets the host add a baseline shown as an unranked reference row', async () => {
    const board = next(host, 'challenge:leaderboard', (b: any) => b.entries.some((e: any) => e.isBaseline));
    const reply = await ask(host, 'challenge:submit', { code, challengeId, model: good, claimedScore: null, label: 'Instructor LSTM' });
    expect(reply.ok).toBe(true);
    const entries = (await board).entries;
    expect(entries.find((e: any) => e.isBaseline)).toMatchObject({ nickname: 'Instructor LSTM', rank: null });
  }, 60_000);

  it('takes progress at most about once a second per student, and only from students', async () => {
    const progress = { code, challengeId, step: 10, loss: 1.2, metric: 0.5, cell: 'lstm', hidden: 4 };
    expect(await ask(bo.socket, 'challenge:progress', progress)).toMatchObject({ ok: true, data: { accepted: true } });
    expect(await ask(bo.socket, 'challenge:progress', { ...progress, step: 11 })).toMatchObject({ ok: true, data: { accepted: false } });
    expect(await ask(host, 'challenge:progress', progress)).toMatchObject({ ok: false });
    const race = await next(host, 'challenge:race');
    expect(race.points[0]).toMatchObject({ nickname: 'Bo', step: 10, loss: 1.2 });
  });

  it('ends, refuses late submissions, and reveals private scores', async () => {
    expect(await ask(ada.socket, 'challenge:control', { code, challengeId, action: 'end' })).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
    expect(await ask(host, 'challenge:control', { code, challengeId, action: 'reveal' })).toMatchObject({ ok: false });
    expect((await ask(host, 'challenge:control', { code, challengeId, action: 'end' })).data.challenge.status).toBe('ended');
    const late = await ask(bo.socket, 'challenge:submit', { code, challengeId, model: good, claimedScore: null });
    expect(late).toMatchObject({ ok: false, error: { code: 'challenge-closed' } });
    const revealed = next(ada.socket, 'challenge:leaderboard', (b: any) => b.revealed);
    expect((await ask(host, 'challenge:control', { code, challengeId, action: 'reveal' })).ok).toBe(true);
    const ranked = (await revealed).entries.find((e: any) => e.nickname === 'Ada');
    expect(ranked.privateScore).not.toBeNull();
    expect(ranked.privateRank).toBe(1);
  });

  it('gives a student their standing and the latest challenge after rejoining', async () => {
    const state = await ask(ada.socket, 'challenge:state', { code });
    expect(state.data.challenge).toMatchObject({ id: challengeId, status: 'ended' });
    expect(state.data.mine.submissions).toHaveLength(1);
    expect(state.data.insights).toBeNull();
    const hostState = await ask(host, 'challenge:state', { code });
    expect(hostState.data.insights).toMatchObject({ submitted: 1, students: 2 });
  });
});

function withNaN(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  new DataView(copy.buffer).setFloat32(copy.length - 4, Number.NaN, true);
  return copy;
}
