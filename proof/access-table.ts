/**
 * Who may do what: one row per socket event and per REST route, with a valid example of each
 * request. The authorization matrix (server/authz-matrix.test.ts) tries every row with the wrong
 * people; the fuzzer (proof/fuzz/*) mutates the examples and checks that anything accepted was
 * allowed by these rows.
 *
 * Rows are keyed by CLIENT_EVENTS keys (the compiler refuses a missing one) and by the REST route
 * table (`createApi(ctx).routes`; the matrix fails for a route without a row, or a row without a
 * route). When you add an event or a route, add its row here, saying who may call it.
 */
import type { z } from 'zod';
import type { ClientEventName, ClientPayload } from '../lib/protocol/events';
import { deleteSessionBodySchema, myHistoryBodySchema } from '../lib/protocol/history';
import { createSessionBodySchema, loginBodySchema, setupBodySchema } from '../lib/protocol/rest';
import { questionSchema, type Question } from '../lib/quiz/schema';

/**
 * - anyone: no identity needed (the join code is the key);
 * - token-holder: whoever holds the participant token named in the payload;
 * - owner: the signed-in instructor who owns the class session named by `code`;
 * - student: a participant of that session, not removed;
 * - student-or-owner: either.
 */
export type EventAccess = 'anyone' | 'token-holder' | 'owner' | 'student' | 'student-or-owner';

/** What an example payload names: one class session and its things. */
export interface EventTarget {
  code: string;
  challengeId: string;
  roundId: string;
  /** A participant of the session (the one an instructor would remove). */
  participantId: string;
  /** A participant token of the session. */
  token: string;
  /** A model file valid for the session's challenge. */
  model: Uint8Array;
  /** An instructor-owned question id (or a built-in one). */
  questionId: string;
}

type EventRows = { [E in ClientEventName]: { access: EventAccess; example: (t: EventTarget) => ClientPayload<E> } };

export const EVENT_ROWS: EventRows = {
  'room:join': { access: 'anyone', example: (t) => ({ code: t.code, nickname: 'Matrix' }) },
  'room:rejoin': { access: 'token-holder', example: (t) => ({ code: t.code, token: t.token }) },
  'host:watch': { access: 'owner', example: (t) => ({ code: t.code }) },
  'host:remove-participant': { access: 'owner', example: (t) => ({ code: t.code, participantId: t.participantId }) },
  'host:end-session': { access: 'owner', example: (t) => ({ code: t.code }) },
  'challenge:launch': { access: 'owner', example: (t) => ({ code: t.code, settings: { taskId: 'temporal-order', level: 'easy' } }) },
  'challenge:control': { access: 'owner', example: (t) => ({ code: t.code, challengeId: t.challengeId, action: 'extend', minutes: 1 }) },
  'challenge:state': { access: 'student-or-owner', example: (t) => ({ code: t.code }) },
  'challenge:submit': { access: 'student-or-owner', example: (t) => ({ code: t.code, challengeId: t.challengeId, model: t.model, claimedScore: 0.5 }) },
  'challenge:progress': {
    access: 'student',
    example: (t) => ({ code: t.code, challengeId: t.challengeId, step: 10, loss: 1, metric: 0.5, cell: 'lstm', hidden: 4 }),
  },
  'quiz:start': { access: 'owner', example: (t) => ({ code: t.code, questionIds: [t.questionId], timeLimitSeconds: 300 }) },
  'quiz:close': { access: 'owner', example: (t) => ({ code: t.code, roundId: t.roundId, index: 0 }) },
  'quiz:next': { access: 'owner', example: (t) => ({ code: t.code, roundId: t.roundId, index: 0 }) },
  'quiz:end': { access: 'owner', example: (t) => ({ code: t.code, roundId: t.roundId }) },
  'quiz:dismiss': { access: 'owner', example: (t) => ({ code: t.code, roundId: t.roundId }) },
  'quiz:answer': { access: 'student', example: (t) => ({ code: t.code, roundId: t.roundId, index: 0, answer: { kind: 'single', choice: 1 } }) },
  'quiz:state': { access: 'student-or-owner', example: (t) => ({ code: t.code }) },
};

/**
 * - public: anyone; the reply carries only what the join page, the health check or a link shows;
 * - secret: anyone holding the secret in the body or path (setup link, invitation, password, share
 *   link, participant tokens); without it, refused;
 * - instructor: any signed-in instructor, acting on their own account only;
 * - owner: the instructor who owns the session (or question) named in the path;
 * - participant-or-owner: a student of that session (Bearer participant token) or its owner;
 * - participant: a student of that session (Bearer participant token);
 * - submitter-or-owner: the student who made the submission (Bearer) or the session's owner.
 */
export type RouteAccess = 'public' | 'secret' | 'instructor' | 'owner' | 'participant-or-owner' | 'participant' | 'submitter-or-owner';

/** The owner's things a route path can name (the matrix's fixture or the fuzzer's world). */
export interface RouteTarget {
  code: string;
  sessionId: string;
  /** An ended session of the owner (deleting a live one is refused for being live). */
  endedSessionId: string;
  endedCode: string;
  challengeId: string;
  submissionId: string;
  questionId: string;
  shareToken: string;
  studentToken: string;
}

export type RouteBody =
  | { kind: 'none' }
  | { kind: 'json'; schema: z.ZodType; example: (t: RouteTarget) => unknown }
  | { kind: 'raw'; example: (t: RouteTarget) => string };

export interface RouteRow {
  access: RouteAccess;
  path: (t: RouteTarget) => string;
  body: RouteBody;
}

const NONE: RouteBody = { kind: 'none' };
/** A valid question of an instructor's own (the fuzz world stores it under another id). */
export const EXAMPLE_QUESTION: Question = {
  id: 'matrix-question',
  kind: 'single',
  topic: 'gating',
  prompt: { en: 'Which gate forgets?', ko: '어느 게이트가 잊나요?' },
  explanation: { en: 'The forget gate.', ko: '망각 게이트.' },
  videoUrl: 'https://youtu.be/5KSGNomPJTE?t=3068',
  choices: [
    { en: 'input', ko: '입력' },
    { en: 'forget', ko: '망각' },
  ],
  answer: 1,
};
const PASSWORD = 'a long enough password';
const TOKEN = 'A'.repeat(43);

/** Keyed by `METHOD pattern-source`, as `routeKey` writes it. */
export const ROUTE_ROWS: Record<string, RouteRow> = {
  'GET ^\\/api\\/health$': { access: 'public', path: () => '/api/health', body: NONE },
  'GET ^\\/api\\/auth\\/state$': { access: 'public', path: () => '/api/auth/state', body: NONE },
  'POST ^\\/api\\/auth\\/setup$': { access: 'secret', path: () => '/api/auth/setup', body: { kind: 'json', schema: setupBodySchema, example: () => ({ token: TOKEN, name: 'Mallory', password: PASSWORD }) } },
  'POST ^\\/api\\/auth\\/accept-invite$': { access: 'secret', path: () => '/api/auth/accept-invite', body: { kind: 'json', schema: setupBodySchema, example: () => ({ token: TOKEN, name: 'Mallory', password: PASSWORD }) } },
  'POST ^\\/api\\/auth\\/login$': { access: 'secret', path: () => '/api/auth/login', body: { kind: 'json', schema: loginBodySchema, example: () => ({ name: 'Nobody here', password: PASSWORD }) } },
  'POST ^\\/api\\/auth\\/logout$': { access: 'public', path: () => '/api/auth/logout', body: NONE },
  'POST ^\\/api\\/invites$': { access: 'instructor', path: () => '/api/invites', body: NONE },
  'GET ^\\/api\\/datasets$': { access: 'instructor', path: () => '/api/datasets', body: NONE },
  'POST ^\\/api\\/datasets$': { access: 'instructor', path: () => '/api/datasets?task=lm&name=Matrix%20text&fileName=m.txt', body: { kind: 'raw', example: () => 'Call me Ishmael. '.repeat(700) } },
  'GET ^\\/api\\/sessions$': { access: 'instructor', path: () => '/api/sessions', body: NONE },
  'POST ^\\/api\\/sessions$': { access: 'instructor', path: () => '/api/sessions', body: { kind: 'json', schema: createSessionBodySchema, example: () => ({ name: 'Matrix session' }) } },
  'GET ^\\/api\\/rooms\\/([^/]+)$': { access: 'public', path: (t) => `/api/rooms/${t.code}`, body: NONE },
  'GET ^\\/api\\/rooms\\/([^/]+)\\/join-link$': { access: 'public', path: (t) => `/api/rooms/${t.code}/join-link`, body: NONE },
  'GET ^\\/api\\/rooms\\/([^/]+)\\/challenges\\/([0-9a-f-]{36})\\/train-data$': { access: 'participant-or-owner', path: (t) => `/api/rooms/${t.code}/challenges/${t.challengeId}/train-data`, body: NONE },
  'GET ^\\/api\\/rooms\\/([^/]+)\\/qr\\.svg$': { access: 'public', path: (t) => `/api/rooms/${t.code}/qr.svg`, body: NONE },
  'GET ^\\/api\\/history\\/sessions$': { access: 'instructor', path: () => '/api/history/sessions', body: NONE },
  'GET ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})$': { access: 'owner', path: (t) => `/api/history/sessions/${t.sessionId}`, body: NONE },
  'DELETE ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})$': {
    access: 'owner',
    path: (t) => `/api/history/sessions/${t.endedSessionId}`,
    body: { kind: 'json', schema: deleteSessionBodySchema, example: (t) => ({ confirm: t.endedCode }) },
  },
  'GET ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})\\/challenges\\/([0-9a-f-]{36})\\/replay$': { access: 'owner', path: (t) => `/api/history/sessions/${t.sessionId}/challenges/${t.challengeId}/replay`, body: NONE },
  'POST ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})\\/share$': { access: 'owner', path: (t) => `/api/history/sessions/${t.sessionId}/share`, body: NONE },
  'DELETE ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})\\/share$': { access: 'owner', path: (t) => `/api/history/sessions/${t.sessionId}/share`, body: NONE },
  'GET ^\\/api\\/history\\/sessions\\/([0-9a-f-]{36})\\/export\\/(leaderboards|submissions|quiz-answers)\\.(csv|json)$': { access: 'owner', path: (t) => `/api/history/sessions/${t.sessionId}/export/submissions.json`, body: NONE },
  'GET ^\\/api\\/history\\/submissions\\/([0-9a-f-]{36})\\/model$': { access: 'submitter-or-owner', path: (t) => `/api/history/submissions/${t.submissionId}/model`, body: NONE },
  'GET ^\\/api\\/history\\/shared\\/([^/]+)$': { access: 'secret', path: (t) => `/api/history/shared/${t.shareToken}`, body: NONE },
  'POST ^\\/api\\/history\\/mine$': { access: 'secret', path: () => '/api/history/mine', body: { kind: 'json', schema: myHistoryBodySchema, example: (t) => ({ tokens: [t.studentToken] }) } },
  'GET ^\\/api\\/quiz\\/questions$': { access: 'instructor', path: () => '/api/quiz/questions', body: NONE },
  'POST ^\\/api\\/quiz\\/questions$': { access: 'instructor', path: () => '/api/quiz/questions', body: { kind: 'json', schema: questionSchema, example: () => EXAMPLE_QUESTION } },
  'PUT ^\\/api\\/quiz\\/questions\\/([^/]+)$': { access: 'owner', path: (t) => `/api/quiz/questions/${t.questionId}`, body: { kind: 'json', schema: questionSchema, example: (t) => ({ ...EXAMPLE_QUESTION, id: t.questionId }) } },
  'DELETE ^\\/api\\/quiz\\/questions\\/([^/]+)$': { access: 'owner', path: (t) => `/api/quiz/questions/${t.questionId}`, body: NONE },
  'GET ^\\/api\\/quiz\\/bank$': { access: 'instructor', path: () => '/api/quiz/bank', body: NONE },
  'GET ^\\/api\\/quiz\\/bank\\/export$': { access: 'instructor', path: () => '/api/quiz/bank/export', body: NONE },
  'POST ^\\/api\\/quiz\\/bank\\/import$': { access: 'instructor', path: () => '/api/quiz/bank/import', body: { kind: 'raw', example: () => JSON.stringify({ format: 'unrolled-quiz-bank', version: 1, questions: [EXAMPLE_QUESTION] }) } },
  'GET ^\\/api\\/rooms\\/([^/]+)\\/quiz\\/rounds$': { access: 'owner', path: (t) => `/api/rooms/${t.code}/quiz/rounds`, body: NONE },
  'GET ^\\/api\\/rooms\\/([^/]+)\\/quiz\\/mine$': { access: 'participant', path: (t) => `/api/rooms/${t.code}/quiz/mine`, body: NONE },
  // Only with METRICS=1 (load tests): numbers about the process, nothing about people.
  'GET ^\\/api\\/metrics$': { access: 'public', path: () => '/api/metrics', body: NONE },
};

export function routeKey(route: { method: string; pattern: RegExp }): string {
  return `${route.method} ${route.pattern.source}`;
}
