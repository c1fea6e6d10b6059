/**
 * /api/history/*: past class sessions (issue 7). Who may call what (the rules themselves are in
 * server/services/history.ts; history-access.test.ts tries each with the wrong people):
 *
 * - sessions, sessions/ID (GET, DELETE), …/replay, …/export/*, …/share (POST, DELETE): the signed-in
 *   instructor who owns the session. Signed out: 401; anyone else's session: 404, as if none existed.
 * - submissions/ID/model: the owner (cookie), or the student who submitted it (Bearer participant
 *   token, not removed). Otherwise 404 (401 with no credentials at all).
 * - shared/TOKEN: anyone holding a live link: the leaderboards only; with the Bearer token of a
 *   student of that session, also that student's own submissions.
 * - mine (POST, tokens in the body): anyone; only what their own participant tokens open.
 */
import type { IncomingMessage } from 'node:http';
import { UserError } from '../../../lib/protocol/errors';
import { deleteSessionBodySchema, EXPORT_KINDS, myHistoryBodySchema, shareTokenSchema, type ExportKind } from '../../../lib/protocol/history';
import { History } from '../../services/history';
import { exportSource } from '../../services/history-export';
import { contentDisposition, safeFileName } from '../download';
import { sendExport, type ExportFormat } from '../export-stream';
import { readJson, sendJson } from '../io';
import { publicBaseUrl } from '../public-url';
import type { RouteFactory } from './types';

const ID = '([0-9a-f-]{36})';
const bearerOf = (req: IncomingMessage) => /^Bearer ([A-Za-z0-9_-]{43})$/.exec(req.headers.authorization ?? '')?.[1] ?? null;

export const historyRoutes: RouteFactory = (ctx, { requireInstructor, instructorOf }) => {
  const history = new History(ctx.db, ctx.challenges, ctx.datasets);
  const owned = (req: IncomingMessage, id: string) => history.owned(requireInstructor(req), id);

  return [
    ['GET', /^\/api\/history\/sessions$/, (req, res) => sendJson(res, 200, { sessions: history.list(requireInstructor(req)) })],
    ['GET', new RegExp(`^/api/history/sessions/${ID}$`), (req, res, [id]) => sendJson(res, 200, history.review(owned(req, id!)))],
    [
      'DELETE',
      new RegExp(`^/api/history/sessions/${ID}$`),
      async (req, res, [id]) => {
        const session = owned(req, id!);
        const body = await readJson(req, deleteSessionBodySchema);
        history.remove(session, body.confirm);
        sendJson(res, 200, { deleted: session.id });
      },
    ],
    [
      'GET',
      new RegExp(`^/api/history/sessions/${ID}/challenges/${ID}/replay$`),
      (req, res, [id, challengeId]) => sendJson(res, 200, history.replay(owned(req, id!), challengeId!)),
    ],
    [
      'POST',
      new RegExp(`^/api/history/sessions/${ID}/share$`),
      (req, res, [id]) => {
        const { token, createdAt } = history.share(owned(req, id!));
        sendJson(res, 200, { url: `${publicBaseUrl(req, ctx.env.PUBLIC_URL, ctx.env.PORT)}/shared/${token}`, createdAt });
      },
    ],
    [
      'DELETE',
      new RegExp(`^/api/history/sessions/${ID}/share$`),
      (req, res, [id]) => {
        history.unshare(owned(req, id!));
        sendJson(res, 200, { ok: true });
      },
    ],
    [
      'GET',
      new RegExp(`^/api/history/sessions/${ID}/export/(${EXPORT_KINDS.join('|')})\\.(csv|json)$`),
      async (req, res, [id, kind, format]) => {
        const session = owned(req, id!);
        const source = exportSource(ctx.db, session.id, kind as ExportKind, (row) => history.facts(row));
        const day = new Date(session.createdAt).toISOString().slice(0, 10);
        const meta = { kind, session: { name: session.name, code: session.code, createdAt: session.createdAt, endedAt: session.endedAt } };
        await sendExport(res, source, format as ExportFormat, `${session.name} ${day} ${kind}`, meta);
      },
    ],
    [
      'GET',
      new RegExp(`^/api/history/submissions/${ID}/model$`),
      (req, res, [id]) => {
        const participantToken = bearerOf(req);
        const instructor = participantToken ? null : instructorOf(req);
        if (!participantToken && !instructor) throw new UserError('not-signed-in', 'Sign in at /host, or open this from the browser you submitted with.');
        const { bytes, fileName } = history.model(id!, { instructor, participantToken });
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': String(bytes.byteLength),
          'content-disposition': contentDisposition(safeFileName(fileName)),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(bytes);
      },
    ],
    [
      'GET',
      /^\/api\/history\/shared\/([^/]+)$/,
      (req, res, [raw]) => {
        const token = shareTokenSchema.safeParse(raw);
        if (!token.success) throw new UserError('not-found', 'This link does not show anything (it was turned off, replaced, or never existed).');
        sendJson(res, 200, history.sharedView(token.data, bearerOf(req)));
      },
    ],
    [
      'POST',
      /^\/api\/history\/mine$/,
      async (req, res) => {
        const body = await readJson(req, myHistoryBodySchema);
        sendJson(res, 200, history.mine(body.tokens));
      },
    ],
  ];
};
