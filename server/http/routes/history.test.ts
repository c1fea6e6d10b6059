/**
 * Past sessions over real HTTP, on a session played over real sockets and scored by the real pool:
 * the review, exports parsed back and compared, the replay's order, model downloads, deletion.
 * Who is refused what: history-access.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, parseCsvObjects } from '../../testing/csv-parse';
import { buildPastSession, caller, NICKNAMES, QUIZ_QUESTIONS, SESSION_NAME, type PastSession } from '../../testing/history-fixture';
import { csvText } from '../csv';

let fx: PastSession;
let call: ReturnType<typeof caller>;
let host: { cookie: string };
let review: any;

beforeAll(async () => {
  fx = await buildPastSession();
  call = caller(fx);
  host = { cookie: fx.live.hostCookie };
  review = (await call('GET', `/api/history/sessions/${fx.a.id}`, host)).body;
}, 120_000);

afterAll(async () => {
  await fx?.live.close();
});

const filenameOf = (disposition: string | null) => decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition ?? '')![1]!);

describe('the review of a past session', () => {
  it('lists the instructor’s sessions newest first, with counts', async () => {
    const { body } = await call('GET', '/api/history/sessions', host);
    expect(body.sessions.map((s: any) => s.name)).toEqual(['Session B', SESSION_NAME]);
    expect(body.sessions[1]).toMatchObject({ code: fx.a.code, participants: 3, challenges: 3, submissions: 5, shared: false });
    expect(body.sessions[1].endedAt).toBeGreaterThan(0);
  });

  it('has the final public and private boards of each challenge', () => {
    const [c1, c2, c3] = review.challenges;
    expect(c1.publicBoard.map((e: any) => e.nickname).sort()).toEqual(['Instructor, "LSTM"', NICKNAMES.kim, NICKNAMES.minji].sort());
    expect(c1.publicBoard.filter((e: any) => e.rank !== null)).toHaveLength(2);
    expect(c1.privateBoard.map((e: any) => e.privateRank).filter((r: any) => r !== null)).toEqual([1, 2]);
    // Ended but not revealed: the owner sees private scores; students do not (history-access.test.ts).
    expect(c2.privateBoard).toHaveLength(1);
    expect(c2.publicBoard[0].privateScore).not.toBeNull();
    expect(c3).toMatchObject({ taskId: 'sentiment', datasetName: 'History test reviews', publicBoard: [] });
  });

  it('has each student’s timeline: config, claimed and verified scores, time', () => {
    const kim = review.students.find((s: any) => s.nickname === NICKNAMES.kim);
    expect(kim.submissions.map((s: any) => [s.cell, s.hidden, s.claimedScore])).toEqual([
      ['lstm', 4, 0.91],
      ['rnn', 8, null],
    ]);
    expect(kim.submissions.every((s: any) => s.status === 'scored' && s.publicScore !== null && s.scoredAt >= s.createdAt)).toBe(true);
    expect(kim.submissions.filter((s: any) => s.counted)).toHaveLength(1);
    expect(kim.submissions[0].config).toMatchObject({ cell: 'lstm', hidden: 4 });
    expect(review.students.find((s: any) => s.nickname === NICKNAMES.formula).submissions).toEqual([]);
  });

  it('has the class ablation (students only)', () => {
    expect(review.challenges[0].ablation.map((p: any) => `${p.cell}-${p.hidden}`).sort()).toEqual(['gru-6', 'lstm-4', 'rnn-8']);
  });

  it('has the quiz results: each round’s standings by the live rules, and totals per student', () => {
    // Speed points: round(1000 × (1 − t/T/2)) + 100 per correct answer in a row before (lib/quiz/scoring.ts).
    expect(review.quiz.rounds).toEqual([
      expect.objectContaining({
        id: fx.a.roundId,
        mode: 'speed',
        topics: ['hidden-dimension', 'gating'],
        questions: 2,
        answered: 4,
        correct: 3,
        standings: [
          { rank: 1, participantId: fx.a.ids.kim, nickname: NICKNAMES.kim, points: 950 + 975, correct: 2 },
          { rank: 2, participantId: fx.a.ids.minji, nickname: NICKNAMES.minji, points: 800, correct: 1 },
          { rank: 3, participantId: fx.a.ids.formula, nickname: NICKNAMES.formula, points: 0, correct: 0 },
        ],
      }),
    ]);
    expect(review.quiz.students.map((s: any) => [s.nickname, s.answered, s.correct, s.points])).toEqual([
      [NICKNAMES.kim, 2, 2, 1925],
      [NICKNAMES.minji, 2, 1, 800],
    ]);
  });
});

describe('replay', () => {
  it('steps through every scoring event in order and ends on the final public board', async () => {
    const c1 = review.challenges[0];
    const { status, body } = await call('GET', `/api/history/sessions/${fx.a.id}/challenges/${c1.id}/replay`, host);
    expect(status).toBe(200);
    expect(body.steps.map((s: any) => s.nickname)).toEqual([NICKNAMES.kim, NICKNAMES.minji, NICKNAMES.kim, 'Instructor, "LSTM"']);
    const times = body.steps.map((s: any) => s.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(body.steps.map((s: any) => s.board.length)).toEqual([1, 2, 2, 3]);
    const strip = (e: any) => ({ ...e, privateScore: null, privateRank: null });
    expect(body.steps.at(-1).board).toEqual(c1.publicBoard.map(strip));
  });

  it('refuses a challenge of another session', async () => {
    const other = await call('GET', `/api/history/sessions/${fx.b.id}/challenges/${review.challenges[0].id}/replay`, host);
    expect(other.status).toBe(404);
  });
});

describe('exports', () => {
  const exportOf = (kind: string, format: string) => call('GET', `/api/history/sessions/${fx.a.id}/export/${kind}.${format}`, host);

  it('streams the leaderboards as UTF-8 CSV with a BOM that parses back to the boards', async () => {
    const reply = await exportOf('leaderboards', 'csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(reply.headers.get('transfer-encoding')).toBe('chunked');
    expect([...reply.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(filenameOf(reply.headers.get('content-disposition'))).toMatch(/^RNN 수업, _봄_ 학기 \d{4}-\d\d-\d\d leaderboards\.csv$/);
    const rows = parseCsvObjects(reply.text);
    const expected = review.challenges.flatMap((c: any) => c.publicBoard.map((e: any) => ({ c, e })));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const { c, e } = expected[i];
      expect(row).toMatchObject({
        challenge_id: c.id,
        task: c.taskId,
        nickname: e.nickname,
        public_rank: e.rank === null ? '' : String(e.rank),
        private_rank: e.privateRank === null ? '' : String(e.privateRank),
        public_score: String(e.score),
        private_score: String(e.privateScore),
        baseline: String(e.isBaseline),
      });
    });
  });

  it.each(['leaderboards', 'submissions', 'quiz-answers'])('%s: the CSV parses back to the JSON export, cell by cell', async (kind) => {
    const csv = parseCsv((await exportOf(kind, 'csv')).text);
    const json = (await exportOf(kind, 'json')).body;
    expect(json.session).toMatchObject({ name: SESSION_NAME, code: fx.a.code });
    expect(csv[0]).toEqual(json.columns);
    expect(csv.slice(1)).toEqual(json.rows.map((row: any) => json.columns.map((c: string) => csvText(row[c]))));
  });

  it('keeps names with commas, quotes and Korean exact, and guards formulas', async () => {
    const rows = parseCsvObjects((await exportOf('submissions', 'csv')).text);
    expect(rows.map((r) => r.nickname)).toEqual([NICKNAMES.kim, NICKNAMES.minji, NICKNAMES.kim, 'Instructor, "LSTM"', NICKNAMES.minji]);
    expect(rows[0]).toMatchObject({ cell: 'lstm', hidden: '4', claimed_score: '0.91', status: 'scored', baseline: 'false' });
    expect(JSON.parse(rows[0]!.config!)).toMatchObject({ cell: 'lstm', hidden: 4 });
    expect(csvText(NICKNAMES.formula)).toBe("'=SUM(1)");
  });

  it('has submissions without weights', async () => {
    const json = (await exportOf('submissions', 'json')).body;
    expect(json.rows).toHaveLength(5);
    expect(json.columns).not.toContain('model');
    expect(JSON.stringify(json)).not.toMatch(/"model"|weights/);
    expect(json.rows[0].config).toMatchObject({ cell: 'lstm' });
  });

  it('has the quiz answers, with the points the live rules gave them', async () => {
    const csv = parseCsvObjects((await exportOf('quiz-answers', 'csv')).text);
    expect(csv.map((r) => [r.question_number, r.nickname, r.correct, r.points])).toEqual([
      ['1', NICKNAMES.kim, 'true', '950'],
      ['1', NICKNAMES.minji, 'false', '0'],
      ['2', NICKNAMES.kim, 'true', '975'],
      ['2', NICKNAMES.minji, 'true', '800'],
    ]);
    expect(csv[0]).toMatchObject({ question_ko: QUIZ_QUESTIONS[0]!.prompt.ko, topic: 'gating', answer: '{"kind":"single","choice":1}', elapsed_ms: '2000' });
  });
});

describe('model download', () => {
  it('gives the owner the file as submitted, with a UTF-8 file name', async () => {
    const kim = review.students.find((s: any) => s.nickname === NICKNAMES.kim).submissions[0];
    const reply = await call('GET', `/api/history/submissions/${kim.id}/model`, host);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/octet-stream');
    expect(reply.bytes).toEqual(fx.files.get(kim.id));
    expect(filenameOf(reply.headers.get('content-disposition'))).toBe('Kim, _Ace_-temporal-order-easy-lstm-1x4.unrl');
    const minji = review.students.find((s: any) => s.nickname === NICKNAMES.minji).submissions[0];
    expect(filenameOf((await call('GET', `/api/history/submissions/${minji.id}/model`, host)).headers.get('content-disposition'))).toBe('민지-temporal-order-easy-gru-1x6.unrl');
  });

  it('gives a student their own submission', async () => {
    const kim = review.students.find((s: any) => s.nickname === NICKNAMES.kim).submissions[1];
    const reply = await call('GET', `/api/history/submissions/${kim.id}/model`, { bearer: fx.a.tokens.kim });
    expect(reply.status).toBe(200);
    expect(reply.bytes).toEqual(fx.files.get(kim.id));
  });
});

describe('deletion', () => {
  it('refuses a live session, and a confirmation that is not the join code', async () => {
    expect((await call('DELETE', `/api/history/sessions/${fx.b.id}`, host, { confirm: fx.b.code })).body.error.code).toBe('session-live');
    const wrong = await call('DELETE', `/api/history/sessions/${fx.a.id}`, host, { confirm: 'NOPE22' });
    expect(wrong).toMatchObject({ status: 400, body: { error: { code: 'invalid-payload' } } });
    expect((await call('DELETE', `/api/history/sessions/${fx.a.id}`, host)).status).toBe(415);
  });

  it('deletes the session and everything in it, leaving no row that refers to it; datasets stay', async () => {
    const db = fx.live.server.ctx.db.$client;
    const ids = [
      fx.a.id,
      ...Object.values(fx.a.ids),
      ...fx.a.challengeIds,
      ...(db.prepare('select s.id from submissions s join challenges c on c.id = s.challenge_id where c.session_id = ?').pluck().all(fx.a.id) as string[]),
    ];
    ids.push(fx.a.roundId);
    expect(ids.length).toBe(1 + 3 + 3 + 5 + 1);
    const referring = () => rowsContaining(db, ids);
    expect(referring().length).toBeGreaterThan(0); // the probe finds them before

    await call('POST', `/api/history/sessions/${fx.a.id}/share`, host);
    const datasetsBefore = db.prepare('select count(*) from datasets').pluck().get();
    const reply = await call('DELETE', `/api/history/sessions/${fx.a.id}`, host, { confirm: fx.a.code.toLowerCase() });
    expect(reply).toMatchObject({ status: 200, body: { deleted: fx.a.id } });

    expect(referring()).toEqual([]);
    expect(db.prepare('select count(*) from datasets where id = ?').pluck().get(fx.datasetId)).toBe(1);
    expect(db.prepare('select count(*) from datasets').pluck().get()).toBe(datasetsBefore);
    expect((await call('GET', `/api/history/sessions/${fx.a.id}`, host)).status).toBe(404);
    expect((await call('GET', '/api/history/sessions', host)).body.sessions.map((s: any) => s.name)).toEqual(['Session B']);
    expect((await call('POST', '/api/history/mine', {}, { tokens: [fx.a.tokens.kim] })).body.sessions).toEqual([]);
  });
});

/** "table.column" of every cell in any table whose text contains one of `ids` (JSON columns included). */
function rowsContaining(db: PastSession['live']['server']['ctx']['db']['$client'], ids: string[]): string[] {
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").pluck().all() as string[];
  const hits: string[] = [];
  for (const table of tables) {
    const columns = db.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[];
    for (const column of columns) {
      for (const id of ids) {
        const n = db.prepare(`select count(*) from "${table}" where instr(cast("${column}" as text), ?) > 0`).pluck().get(id) as number;
        if (n > 0) hits.push(`${table}.${column}`);
      }
    }
  }
  return [...new Set(hits)];
}
