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
      ctx.rooms.presence.connect(participant.id);
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
    ctx.rooms.presence.disconnect(student.participantId);
    const room = ctx.rooms.get(student.code);
    broadcastRoster(ctx, room);
  });
}

export function roomInfo(room: ClassSessionRow) {
  return { code: room.code, name: room.name, endedAt: room.endedAt };
}

export function broadcastRoster(ctx: AppContext, room: ClassSessionRow): void {
  ctx.io.to(channel.hosts(room.id)).emit('room:roster', ctx.rooms.roster(room));
}
