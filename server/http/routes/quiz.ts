/**
 * /api/quiz/* and /api/rooms/CODE/quiz/*: the instructor's own questions, bank import/export, the
 * question list for picking a round, a session's round records, and a student's own class-round
 * answers for self-review.
 *
 * | route                                   | who                                                        |
 * |-----------------------------------------|------------------------------------------------------------|
 * | GET/POST questions, PUT/DELETE questions/ID, GET bank, GET bank/export, POST bank/import | the signed-in instructor (own questions only) |
 * | GET rooms/CODE/quiz/rounds              | the instructor who owns the session                        |
 * | GET rooms/CODE/quiz/mine                | the student holding a participant token of it (Bearer)     |
 */
import type { IncomingMessage } from 'node:http';
import { UserError } from '../../../lib/protocol/errors';
import { questionIdSchema } from '../../../lib/protocol/quiz';
import { questionSchema } from '../../../lib/quiz/schema';
import { BankImportError } from '../../services/quiz-bank';
import { QuizReview } from '../../services/quiz-review';
import { readBytes, readJson, sendJson, statusFor } from '../io';
import type { RouteFactory } from './types';

/** A bank file of 2000 questions (the schema's maximum) with long bilingual texts stays below this. */
const MAX_BANK_BYTES = 8 * 1024 * 1024;
const QID = '([^/]+)';
const bearerOf = (req: IncomingMessage) => /^Bearer ([A-Za-z0-9_-]{43})$/.exec(req.headers.authorization ?? '')?.[1] ?? null;

function questionIdOf(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed %-escape names no question: a 404 like any other unknown id, not a server error.
  }
  const parsed = questionIdSchema.safeParse(decoded);
  if (!parsed.success) throw new UserError('not-found', 'There is no question with that id.');
  return parsed.data;
}

export const quizRoutes: RouteFactory = (ctx, { requireInstructor, parseCode }) => {
  const { bank } = ctx.quiz;
  const review = new QuizReview(ctx.db, ctx.quiz.rounds);

  return [
    ['GET', /^\/api\/quiz\/questions$/, (req, res) => sendJson(res, 200, { questions: bank.list(requireInstructor(req).id) })],
    [
      'POST',
      /^\/api\/quiz\/questions$/,
      async (req, res) => {
        const instructor = requireInstructor(req);
        const question = await readJson(req, questionSchema);
        sendJson(res, 201, { question: bank.create(instructor.id, question) });
      },
    ],
    [
      'PUT',
      new RegExp(`^/api/quiz/questions/${QID}$`),
      async (req, res, [raw]) => {
        const instructor = requireInstructor(req);
        const question = await readJson(req, questionSchema);
        sendJson(res, 200, { question: bank.update(instructor.id, questionIdOf(raw!), question) });
      },
    ],
    [
      'DELETE',
      new RegExp(`^/api/quiz/questions/${QID}$`),
      (req, res, [raw]) => {
        const id = questionIdOf(raw!);
        bank.remove(requireInstructor(req).id, id);
        sendJson(res, 200, { deleted: id });
      },
    ],
    ['GET', /^\/api\/quiz\/bank$/, (req, res) => sendJson(res, 200, { questions: bank.summaries(requireInstructor(req).id) })],
    [
      'GET',
      /^\/api\/quiz\/bank\/export$/,
      (req, res) => {
        const text = bank.exportJson(requireInstructor(req).id);
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="unrolled-quiz-bank.json"',
          'cache-control': 'no-store',
        });
        res.end(text);
      },
    ],
    [
      'POST',
      /^\/api\/quiz\/bank\/import$/,
      async (req, res) => {
        const instructor = requireInstructor(req);
        // The raw file, not parsed JSON: the validator needs the text to say which line is wrong.
        const text = (await readBytes(req, MAX_BANK_BYTES)).toString('utf8');
        try {
          sendJson(res, 200, bank.importJson(instructor.id, text));
        } catch (err) {
          if (!(err instanceof BankImportError)) throw err;
          sendJson(res, statusFor(err), { error: err.toJSON(), errors: err.errors });
        }
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)\/quiz\/rounds$/,
      (req, res, [raw]) => {
        const room = ctx.rooms.getOwned(parseCode(raw!), requireInstructor(req));
        sendJson(res, 200, { rounds: review.sessionRounds(room) });
      },
    ],
    [
      'GET',
      /^\/api\/rooms\/([^/]+)\/quiz\/mine$/,
      (req, res, [raw]) => {
        const token = bearerOf(req);
        const code = parseCode(raw!);
        if (!token) throw new UserError('unknown-participant', `This browser has no place in class session ${code}.`, { code });
        sendJson(res, 200, review.mine(code, token));
      },
    ],
  ];
};
