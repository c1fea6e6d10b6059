/** Student events: join a room with a nickname, come back with the kept token. */
import { UserError } from '../../lib/protocol/errors';
import type { AppContext } from '../app-context';
import { WindowLimiter } from '../rate-limit';
import { channel, type AppSocket } from '../socket/context';
import { handle } from '../socket/register';
import type { ClassSessionRow, ParticipantRow } from '../services/rooms';

export function registerRoomHandlers(ctx: AppContext, socket: AppSocket, joinLimiter: WindowLimiter): void {
  const address = socket.handshake.address;

  /** Binds this socket to one participant; a socket that already is one cannot become another. */
  function attach(room: ClassSessionRow, participant: ParticipantRow): void {
    const current = socket.data.student;
    if (current && current.participantId !== participant.id) {
      throw new UserError('forbidden', 'This connection already belongs to another participant: reload the page.');
    }
    if (!current) {
      socket.data.student = { participantId: participant.id, sessionId: room.id, code: room.code, nickname: participant.nickname };
      ctx.rooms.presence.connect(room.id, participant.id);
      socket.join([channel.room(room.id), channel.participant(participant.id)]);
      broadcastRoster(ctx, room);
    }
  }

  /**
   * Only failed attempts count (a wrong code, a taken nickname, a bad token): guessing codes gets slow,
   * while a whole class joining at once from behind one school NAT address is never refused.
   */
  function limitFailures<T>(attempt: () => T): T {
    if (joinLimiter.blocked(address)) throw new UserError('too-many-attempts', 'Too many attempts to join: wait a minute and try again.', { minutes: 1 });
    try {
      return attempt();
    } catch (err) {
      if (err instanceof UserError) joinLimiter.hit(address);
      throw err;
    }
  }

  handle(socket, 'room:join', ({ code, nickname }) =>
    limitFailures(() => {
      if (socket.data.student) throw new UserError('forbidden', 'This connection already belongs to a participant: reload the page.');
      const { room, participant, token } = ctx.rooms.join(code, nickname);
      attach(room, participant);
      return { room: roomInfo(room), participantId: participant.id, nickname: participant.nickname, token };
    }),
  );

  handle(socket, 'room:rejoin', ({ code, token }) =>
    limitFailures(() => {
      const { room, participant } = ctx.rooms.rejoin(code, token);
      attach(room, participant);
      return { room: roomInfo(room), participantId: participant.id, nickname: participant.nickname };
    }),
  );

  socket.on('disconnect', () => {
    const student = socket.data.student;
    if (!student) return;
    ctx.rooms.presence.disconnect(student.sessionId, student.participantId);
    const room = ctx.rooms.get(student.code);
    broadcastRoster(ctx, room);
  });
}

export function roomInfo(room: ClassSessionRow) {
  return { code: room.code, name: room.name, endedAt: room.endedAt };
}

/**
 * Pushes of the roster are spaced by this much per participant on it (ms), at most ROSTER_MAX_GAP_MS.
 * Each push re-reads and re-sends the whole roster, so one push per join made a class of 2,000 joining
 * at once cost O(N²): seconds of blocked event loop (found by proof/loadtest.ts). Spacing pushes by
 * N × 0.5 ms keeps their cost a small, constant share of the loop whatever the class size; a small class
 * still sees every change at once (10 students: 5 ms).
 */
const ROSTER_GAP_MS_PER_PARTICIPANT = 0.5;
const ROSTER_MAX_GAP_MS = 2000;

interface RosterPush {
  lastAt: number;
  gapMs: number;
  timer: NodeJS.Timeout | null;
}
/** Per server (tests run several in one process), per room (one small entry per class session seen): when its roster was last pushed. */
const rosterPushes = new WeakMap<AppContext, Map<string, RosterPush>>();

/**
 * Tells the room's hosts and projectors the roster. Changes closer together than the gap are folded
 * into one push at the end of it, carrying the roster as it is then: nobody misses the latest state.
 */
export function broadcastRoster(ctx: AppContext, room: ClassSessionRow): void {
  let rooms = rosterPushes.get(ctx);
  if (!rooms) rosterPushes.set(ctx, (rooms = new Map()));
  let state = rooms.get(room.id);
  if (!state) rooms.set(room.id, (state = { lastAt: -Infinity, gapMs: 0, timer: null }));
  if (state.timer) return; // a push is due soon and will carry this change
  const push = (s: RosterPush) => {
    s.timer = null;
    if (!ctx.db.$client.open) return; // the server closed meanwhile
    const roster = ctx.rooms.roster(room);
    s.lastAt = Date.now();
    s.gapMs = Math.min(ROSTER_MAX_GAP_MS, roster.participants.length * ROSTER_GAP_MS_PER_PARTICIPANT);
    ctx.io.to(channel.hosts(room.id)).emit('room:roster', roster);
  };
  const wait = state.lastAt + state.gapMs - Date.now();
  if (wait <= 0) return push(state);
  const scheduled = state;
  scheduled.timer = setTimeout(() => push(scheduled), wait);
  scheduled.timer.unref();
}
