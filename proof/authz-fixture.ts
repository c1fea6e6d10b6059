/**
 * The world of the authorization matrix (server/authz-matrix.test.ts): a live server with every
 * optional route on, two instructors and what each owns, students, and sockets for each person.
 *
 *   the owner (Host):  session A, live — Kim (socket) and Lee joined, Rex removed; a running
 *                      challenge with Kim's scored submission; a quiz round open on the owner's own
 *                      question; an instructor dataset. Session C, live and empty. Session E, ended
 *                      and shared by a link.
 *   another instructor (Other): session B, live — Zed (socket) joined; a running challenge and an
 *                      open quiz round; a question of Other's own.
 */
import { io, type Socket } from 'socket.io-client';
import { ScoringPool } from '../server/scoring/pool';
import { ask, createRoom, joinStudent, next, startLiveServer, type LiveServer } from '../server/testing/live-server';
import { modelFile } from '../server/testing/model-file';
import { EXAMPLE_QUESTION, type EventTarget, type RouteTarget } from './access-table';

export interface AuthzFixture {
  live: LiveServer;
  otherCookie: string;
  otherId: string;
  a: EventTarget & { roomId: string };
  b: EventTarget;
  c: EventTarget;
  route: RouteTarget;
  sockets: { owner: Socket; other: Socket; kim: Socket; zed: Socket; anonymous: Socket };
  removedToken: string;
  /** Texts of the owner's that no one else may ever be shown. */
  secrets: string[];
  close(): Promise<void>;
}

export const KIM = 'Kim Private';
const OTHER_PASSWORD = 'another long password';

async function connect(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  return socket;
}

async function must(socket: Socket, event: string, payload: unknown): Promise<any> {
  const reply = await ask(socket, event, payload);
  if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply)}`);
  return reply.data;
}

async function rest(live: LiveServer, method: string, path: string, cookie: string, body?: string, type = 'application/json'): Promise<any> {
  const res = await fetch(`${live.url}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': type }) }, body });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function buildAuthzFixture(): Promise<AuthzFixture> {
  const live = await startLiveServer(':memory:', { scoringPool: new ScoringPool(1) }, { METRICS: '1' });
  const { ctx } = live.server;
  const invite = await rest(live, 'POST', '/api/invites', live.hostCookie);
  const accepted = await fetch(`${live.url}/api/auth/accept-invite`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: new URL(invite.url).searchParams.get('token'), name: 'Other', password: OTHER_PASSWORD }),
  });
  const otherCookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0]!;
  const model = await modelFile('temporal-order', 'easy', { cell: 'lstm', hidden: 4 });
  const settings = { taskId: 'temporal-order', level: 'easy', cooldownSeconds: 0, maxSubmissions: 50, maxParameters: 5000 };

  // Ids of the owner's own that the examples (which intruders send) never use, so an intruder who
  // creates EXAMPLE_QUESTION in their own bank is not mistaken for one reaching the owner's.
  const ownerQuestion = { ...EXAMPLE_QUESTION, id: 'owner-private-question', prompt: { en: 'Owner private prompt?', ko: '비공개 질문?' } };
  const ownQuestion = (await rest(live, 'POST', '/api/quiz/questions', live.hostCookie, JSON.stringify(ownerQuestion))).question.id as string;
  const otherQuestion = { ...EXAMPLE_QUESTION, id: 'other-question', prompt: { en: 'Other’s own prompt?', ko: '다른 질문?' } };
  await rest(live, 'POST', '/api/quiz/questions', otherCookie, JSON.stringify(otherQuestion));
  await rest(live, 'POST', '/api/datasets?task=lm&name=Owner%20private%20corpus&fileName=c.txt', live.hostCookie, 'Call me Ishmael. '.repeat(700), 'text/plain');

  // Session A (the owner's, live).
  const owner = await connect(live.url, live.hostCookie);
  const codeA = await createRoom(live, 'Session A');
  await must(owner, 'host:watch', { code: codeA });
  const kim = await joinStudent(live, codeA, KIM);
  const lee = ctx.rooms.join(codeA, 'Lee');
  const rex = ctx.rooms.join(codeA, 'Rex');
  await must(owner, 'host:remove-participant', { code: codeA, participantId: rex.participant.id });
  const challengeA = (await must(owner, 'challenge:launch', { code: codeA, settings })).challenge.id as string;
  const scored = next(kim.socket, 'challenge:scored');
  const { submissionId } = await must(kim.socket, 'challenge:submit', { code: codeA, challengeId: challengeA, model, claimedScore: 0.5 });
  await scored;
  const roundA = (await must(owner, 'quiz:start', { code: codeA, questionIds: [ownQuestion], timeLimitSeconds: 300 })).round.id as string;

  // Session B (Other's, live).
  const other = await connect(live.url, otherCookie);
  const codeB = await createRoom({ ...live, hostCookie: otherCookie }, 'Session B');
  await must(other, 'host:watch', { code: codeB });
  const zed = await joinStudent(live, codeB, 'Zed');
  const challengeB = (await must(other, 'challenge:launch', { code: codeB, settings })).challenge.id as string;
  const roundB = (await must(other, 'quiz:start', { code: codeB, questionIds: ['other-question'], timeLimitSeconds: 300 })).round.id as string;

  // Sessions C (the owner's, live, empty) and E (the owner's, ended, shared).
  const codeC = await createRoom(live, 'Session C');
  const codeE = await createRoom(live, 'Session E');
  await must(owner, 'host:end-session', { code: codeE });
  const roomE = ctx.rooms.get(codeE);
  const share = await rest(live, 'POST', `/api/history/sessions/${roomE.id}/share`, live.hostCookie);
  const shareToken = (share.url as string).split('/').pop()!;

  const roomA = ctx.rooms.get(codeA);
  const a = { code: codeA, roomId: roomA.id, challengeId: challengeA, roundId: roundA, participantId: lee.participant.id, token: lee.token, model, questionId: ownQuestion };
  const b = { code: codeB, challengeId: challengeB, roundId: roundB, participantId: zed.participantId, token: zed.token, model, questionId: 'other-question' };
  const c = { ...a, code: codeC };
  const anonymous = await connect(live.url);
  const secrets = [KIM, kim.token, lee.token, rex.token, ctx.challenges.byId(challengeA)!.secret, ownerQuestion.prompt.en, 'Owner private corpus', shareToken, live.hostCookie.split('=')[1]!];
  return {
    live,
    otherCookie,
    otherId: ctx.accounts.instructorForToken(otherCookie.split('=')[1])!.id,
    a,
    b,
    c,
    route: { code: codeA, sessionId: roomA.id, endedSessionId: roomE.id, endedCode: codeE, challengeId: challengeA, submissionId, questionId: ownQuestion, shareToken, studentToken: kim.token },
    sockets: { owner, other, kim: kim.socket, zed: zed.socket, anonymous },
    removedToken: rex.token,
    secrets,
    close: async () => {
      for (const s of [owner, other, kim.socket, zed.socket, anonymous]) s.disconnect();
      await live.close();
    },
  };
}
