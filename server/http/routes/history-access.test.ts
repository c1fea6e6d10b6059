/**
 * Who may see what of a past session (the rules: server/services/history.ts). Each owner-only route
 * is tried by an anonymous visitor, another instructor, a student of another session and a student of
 * this one; then the read-only link, a student's own history, and model downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPastSession, caller, NICKNAMES, SESSION_NAME, type PastSession } from '../../testing/history-fixture';

let fx: PastSession;
let call: ReturnType<typeof caller>;
let review: any;

beforeAll(async () => {
  fx = await buildPastSession();
  call = caller(fx);
  review = (await call('GET', `/api/history/sessions/${fx.a.id}`, { cookie: fx.live.hostCookie })).body;
}, 120_000);

afterAll(async () => {
  await fx?.live.close();
});

type Who = 'anonymous' | 'another instructor' | 'a student of another session' | 'a student of this session';
const as = (who: Who) =>
  ({
    anonymous: {},
    'another instructor': { cookie: fx.otherCookie },
    'a student of another session': { bearer: fx.b.zedToken },
    'a student of this session': { bearer: fx.a.tokens.kim },
  })[who];
/** Signed out (students have no instructor cookie): 401. Another instructor: 404, as if it did not exist. */
const expectedStatus = (who: Who) => (who === 'another instructor' ? 404 : 401);

const WHO: Who[] = ['anonymous', 'another instructor', 'a student of another session', 'a student of this session'];
const OWNER_ROUTES: [string, () => string, unknown?][] = [
  ['GET', () => `/api/history/sessions/${fx.a.id}`],
  ['GET', () => `/api/history/sessions/${fx.a.id}/challenges/${fx.a.challengeIds[0]}/replay`],
  ['GET', () => `/api/history/sessions/${fx.a.id}/export/leaderboards.csv`],
  ['GET', () => `/api/history/sessions/${fx.a.id}/export/submissions.json`],
  ['GET', () => `/api/history/sessions/${fx.a.id}/export/quiz-answers.csv`],
  ['POST', () => `/api/history/sessions/${fx.a.id}/share`],
  ['DELETE', () => `/api/history/sessions/${fx.a.id}/share`],
  ['DELETE', () => `/api/history/sessions/${fx.a.id}`, { confirm: 'x' }],
];

describe.each(WHO)('%s', (who) => {
  it.each(OWNER_ROUTES.map(([m, p, b]) => ({ m, p, b, label: `${m} ${p.toString().replace(/^\(\) => /, '')}` })))('is refused $label', async ({ m, p, b }) => {
    const reply = await call(m, p(), as(who), b);
    expect(reply.status).toBe(expectedStatus(who));
    expect(reply.text).not.toContain(NICKNAMES.minji);
    expect(reply.headers.get('content-disposition')).toBeNull();
  });

  it('does not see the session in a list', async () => {
    const reply = await call('GET', '/api/history/sessions', as(who));
    if (who === 'another instructor') expect(reply.body.sessions).toEqual([]);
    else expect(reply.status).toBe(401);
  });

  it('cannot download a model file of the session that is not theirs', async () => {
    const minji = review.students.find((s: any) => s.nickname === NICKNAMES.minji).submissions[0];
    const reply = await call('GET', `/api/history/submissions/${minji.id}/model`, as(who));
    expect(reply.status).toBe(who === 'anonymous' ? 401 : 404);
    expect(reply.headers.get('content-type')).not.toBe('application/octet-stream');
  });
});

it('the owner’s session still has everything after all those attempts', async () => {
  const after = await call('GET', `/api/history/sessions/${fx.a.id}`, { cookie: fx.live.hostCookie });
  expect(after.status).toBe(200);
  expect(after.body.share).toBeNull();
  expect(after.body.students).toHaveLength(3);
});

it('a student cannot download the instructor’s baseline', async () => {
  const baseline = review.challenges[0].publicBoard.find((e: any) => e.isBaseline);
  expect((await call('GET', `/api/history/submissions/${baseline.submissionId}/model`, { bearer: fx.a.tokens.kim })).status).toBe(404);
  expect((await call('GET', `/api/history/submissions/${baseline.submissionId}/model`, { cookie: fx.live.hostCookie })).status).toBe(200);
});

describe('the read-only link', () => {
  let url: string;
  const sharedPath = (u: string) => new URL(u).pathname.replace(/^\/shared\//, '/api/history/shared/');

  beforeAll(async () => {
    const reply = await call('POST', `/api/history/sessions/${fx.a.id}/share`, { cookie: fx.live.hostCookie });
    expect(reply.status).toBe(200);
    url = reply.body.url;
    expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
  });

  it('shows anyone holding it the public boards, and the private board only once revealed', async () => {
    const { status, body } = await call('GET', sharedPath(url));
    expect(status).toBe(200);
    expect(body.session).toEqual({ code: fx.a.code, name: SESSION_NAME, createdAt: expect.any(Number), endedAt: expect.any(Number) });
    const [c1, c2] = body.challenges;
    expect(c1.publicBoard).toHaveLength(3);
    expect(c1.privateBoard).toHaveLength(3);
    expect(c2.privateBoard).toBeNull(); // ended but never revealed
    expect(c2.publicBoard[0].privateScore).toBeNull();
    expect(body.mine).toBeNull();
  });

  it('grants nothing beyond the boards: no timelines, claimed scores, ablation or ids of the session', async () => {
    const { body, text } = await call('GET', sharedPath(url));
    expect(Object.keys(body).sort()).toEqual(['challenges', 'mine', 'session']);
    expect(text).not.toMatch(/claimedScore|ablation|"config"|students/);
    expect(text).not.toContain(fx.a.id);
  });

  it('adds a student’s own rows for a student of this session, and only theirs', async () => {
    const { body } = await call('GET', sharedPath(url), { bearer: fx.a.tokens.minji });
    expect(body.mine).toMatchObject({ nickname: NICKNAMES.minji, participantId: fx.a.ids.minji });
    expect(body.mine.submissions.map((s: any) => [s.cell, s.claimedScore])).toEqual([
      ['gru', 0.88],
      ['lstm', 0.5],
    ]);
    expect(body.mine.submissions[1].privateScore).toBeNull(); // challenge 2 was never revealed
    expect(JSON.stringify(body.mine)).not.toContain(fx.a.ids.kim);
  });

  it.each(['a student of another session', 'another instructor'] as const)('gives %s only what the link grants', async (who) => {
    const { status, body } = await call('GET', sharedPath(url), as(who));
    expect(status).toBe(200);
    expect(body.mine).toBeNull();
  });

  it('stops working when replaced or turned off; made-up tokens show nothing', async () => {
    const replaced = await call('POST', `/api/history/sessions/${fx.a.id}/share`, { cookie: fx.live.hostCookie });
    expect((await call('GET', sharedPath(url))).status).toBe(404);
    expect((await call('GET', sharedPath(replaced.body.url))).status).toBe(200);
    expect((await call('GET', '/api/history/sessions', { cookie: fx.live.hostCookie })).body.sessions[1].shared).toBe(true);
    await call('DELETE', `/api/history/sessions/${fx.a.id}/share`, { cookie: fx.live.hostCookie });
    expect((await call('GET', sharedPath(replaced.body.url))).status).toBe(404);
    expect((await call('GET', `/api/history/shared/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await call('GET', '/api/history/shared/short')).status).toBe(404);
  });
});

describe('a student’s own history (POST /api/history/mine)', () => {
  it('returns the sessions of the tokens given, each with only that student’s rows', async () => {
    const { status, body } = await call('POST', '/api/history/mine', {}, { tokens: [fx.a.tokens.kim, fx.b.zedToken, 'Z'.repeat(43)] });
    expect(status).toBe(200);
    expect(body.sessions.map((s: any) => [s.name, s.nickname])).toEqual([
      ['Session B', 'Zed'],
      [SESSION_NAME, NICKNAMES.kim],
    ]);
    const [c1, c2] = body.sessions[1].challenges;
    expect(c1).toMatchObject({ students: 2, rank: expect.any(Number), privateRank: expect.any(Number) });
    expect(c1.submissions).toHaveLength(2);
    expect(c1.submissions.find((s: any) => s.counted).id).toBe(c1.bestSubmissionId);
    expect(c2).toMatchObject({ rank: null, bestSubmissionId: null, submissions: [] });
    expect(JSON.stringify(body)).not.toContain(fx.a.ids.minji);
  });

  it('hides private scores until the reveal', async () => {
    const { body } = await call('POST', '/api/history/mine', {}, { tokens: [fx.a.tokens.minji] });
    const [c1, c2] = body.sessions[0].challenges;
    expect(c1.submissions[0].privateScore).not.toBeNull();
    expect(c2.submissions[0].privateScore).toBeNull();
    expect(c2.privateRank).toBeNull();
  });

  it('leaves out a removed student, and refuses a malformed body', async () => {
    expect((await call('POST', '/api/history/mine', {}, { tokens: [fx.b.yanToken] })).body.sessions).toEqual([]);
    expect((await call('POST', '/api/history/mine', {}, { tokens: ['not a token'] })).status).toBe(400);
    expect((await call('POST', '/api/history/mine', {}, { tokens: [], extra: 1 })).status).toBe(400);
  });
});
