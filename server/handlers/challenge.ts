/** Challenge events: hosts launch and control; students submit and stream progress; everyone reads state. */
import type { AppContext } from '../app-context';
import type { ChallengeEvents, ChallengeRow } from '../services/challenges';
import { buildInsights } from '../services/race';
import type { ClassSessionRow } from '../services/rooms';
import { hostRoom as hostRoomOf, studentRoom as studentRoomOf } from '../socket/access';
import { channel, type AppSocket } from '../socket/context';
import { leaderboardFeed } from '../socket/leaderboard-feed';
import { handle } from '../socket/register';

/** The class insights of a challenge, now. */
export function insightsOf(ctx: AppContext, room: ClassSessionRow, row: ChallengeRow) {
  const { scored, submitters } = ctx.challenges.submissionsForInsights(row);
  return buildInsights(row.id, scored, { training: ctx.race.training(row.id), students: ctx.rooms.activeCount(room), submitted: submitters });
}

/**
 * Challenges whose insights changed since the ticker last sent them (a scoring). Sent by the ticker,
 * at most once a second: rebuilding them reads every submission, and a class scoring 25 models a
 * second would otherwise rebuild them 25 times a second.
 */
const staleInsights = new WeakMap<AppContext, Set<string>>();
function markInsightsStale(ctx: AppContext, challengeId: string): void {
  let stale = staleInsights.get(ctx);
  if (!stale) staleInsights.set(ctx, (stale = new Set()));
  stale.add(challengeId);
}

/** Socket.io side of the challenge service's announcements. */
export function challengeEvents(ctx: AppContext): ChallengeEvents {
  return {
    updated: (sessionId, view) => ctx.io.to(channel.room(sessionId)).emit('challenge:updated', view),
    scored: (row, sub) => {
      const board = ctx.challenges.leaderboard(row);
      const rank = board.entries.find((e) => e.submissionId === sub.id)?.rank ?? board.entries.find((e) => e.participantId === sub.participantId && e.participantId !== null)?.rank ?? null;
      const payload = {
        challengeId: row.id,
        submissionId: sub.id,
        status: sub.status === 'failed' ? ('failed' as const) : ('scored' as const),
        publicScore: sub.publicScore,
        error: sub.error,
        rank,
        mine: sub.participantId ? ctx.challenges.standing(row, sub.participantId) : null,
      };
      ctx.io.to(sub.participantId ? channel.participant(sub.participantId) : channel.hosts(row.sessionId)).emit('challenge:scored', payload);
      if (sub.status === 'scored') leaderboardFeed(ctx).publish(row, board, { scoredFor: sub.participantId });
      markInsightsStale(ctx, row.id);
    },
  };
}

/** Sends race points to hosts about once a second, and refreshed insights with them or after scorings. */
export function startRaceTicker(ctx: AppContext): NodeJS.Timeout {
  const timer = setInterval(() => {
    const race = ctx.race.drain();
    const stale = staleInsights.get(ctx) ?? new Set<string>();
    for (const challengeId of new Set([...race.keys(), ...stale])) {
      stale.delete(challengeId);
      const row = ctx.challenges.byId(challengeId);
      const room = row && ctx.rooms.byId(row.sessionId);
      if (!row || !room) continue;
      const points = race.get(challengeId);
      if (points) ctx.io.to(channel.hosts(row.sessionId)).emit('challenge:race', { challengeId, points });
      ctx.io.to(channel.hosts(row.sessionId)).emit('challenge:insights', insightsOf(ctx, room, row));
    }
  }, 1000);
  timer.unref();
  return timer;
}

export function registerChallengeHandlers(ctx: AppContext, socket: AppSocket): void {
  const hostRoom = (code: string) => hostRoomOf(ctx, socket, code);
  const studentRoom = (code: string) => studentRoomOf(ctx, socket, code);
  const announce = (room: ClassSessionRow, row: ChallengeRow) => {
    const view = ctx.challenges.view(row);
    ctx.io.to(channel.room(room.id)).emit('challenge:updated', view);
    return view;
  };

  handle(socket, 'challenge:launch', ({ code, settings }) => {
    const { room, instructor } = hostRoom(code);
    const row = ctx.challenges.launch(room, settings, instructor.id);
    leaderboardFeed(ctx).publish(row, ctx.challenges.leaderboard(row), { now: true });
    return { challenge: announce(room, row) };
  });

  handle(socket, 'challenge:control', ({ code, challengeId, action, minutes }) => {
    const { room } = hostRoom(code);
    const row = ctx.challenges.control(room, challengeId, action, minutes);
    const view = announce(room, row);
    if (action === 'reveal' || action === 'end') leaderboardFeed(ctx).publish(row, ctx.challenges.leaderboard(row), { now: true });
    return { challenge: view };
  });

  handle(socket, 'challenge:state', ({ code }) => {
    const student = socket.data.student;
    const isStudent = !!student && student.code === code;
    const room = isStudent ? studentRoom(code).room : hostRoom(code).room;
    const row = ctx.challenges.latest(room);
    if (!row) return { challenge: null, leaderboard: null, myRow: null, mine: null, insights: null };
    const board = ctx.challenges.leaderboard(row);
    return {
      challenge: ctx.challenges.view(row),
      ...(isStudent ? leaderboardFeed(ctx).forStudent(row, board, student.participantId) : { leaderboard: board, myRow: null }),
      mine: isStudent ? ctx.challenges.standing(row, student.participantId) : null,
      insights: isStudent ? null : insightsOf(ctx, room, row),
    };
  });

  handle(socket, 'challenge:submit', ({ code, challengeId, model, claimedScore, label }) => {
    const student = socket.data.student;
    if (student && student.code === code) {
      const { room, participantId } = studentRoom(code);
      const row = ctx.challenges.get(room, challengeId);
      const result = ctx.challenges.submit(row, participantId, model, claimedScore);
      return { ...result, mine: ctx.challenges.standing(row, participantId) };
    }
    const { room } = hostRoom(code);
    const row = ctx.challenges.get(room, challengeId);
    return { ...ctx.challenges.submit(row, null, model, null, label), mine: null };
  });

  handle(socket, 'challenge:progress', ({ code, challengeId, step, loss, metric, cell, hidden }) => {
    const { room, participantId } = studentRoom(code);
    const row = ctx.challenges.get(room, challengeId);
    if (row.status !== 'running') return { accepted: false };
    const accepted = ctx.race.add(challengeId, { participantId, nickname: socket.data.student!.nickname, step, loss, metric }, { cell, hidden });
    return { accepted };
  });
}
