/** Host events: only a signed-in instructor, and only for a class session they own. */
import { UserError } from '../../lib/protocol/errors';
import type { AppContext } from '../app-context';
import type { Instructor } from '../services/accounts';
import { channel, type AppSocket } from '../socket/context';
import { handle } from '../socket/register';
import { broadcastRoster, roomInfo } from './room';

function requireInstructor(socket: AppSocket): Instructor {
  const instructor = socket.data.instructor;
  if (!instructor) throw new UserError('not-signed-in', 'Only the instructor can do this: sign in at /host.');
  return instructor;
}

export function registerHostHandlers(ctx: AppContext, socket: AppSocket): void {
  const ownedRoom = (code: string) => ctx.rooms.getOwned(code, requireInstructor(socket));

  handle(socket, 'host:watch', ({ code }) => {
    const room = ownedRoom(code);
    socket.join([channel.hosts(room.id), channel.room(room.id)]);
    if (!socket.data.watching.includes(room.id)) socket.data.watching.push(room.id);
    return { room: roomInfo(room), roster: ctx.rooms.roster(room) };
  });

  handle(socket, 'host:remove-participant', async ({ code, participantId }) => {
    const room = ownedRoom(code);
    const participant = ctx.rooms.remove(room, participantId);
    ctx.io.to(channel.participant(participant.id)).emit('room:removed', { code: room.code });
    // Their sockets leave the room's channels at once; a later rejoin with the token is refused.
    const sockets = await ctx.io.in(channel.participant(participant.id)).fetchSockets();
    for (const s of sockets) s.disconnect(true);
    broadcastRoster(ctx, room);
    return { removed: participant.id };
  });

  handle(socket, 'host:end-session', async ({ code }) => {
    const room = ownedRoom(code);
    const endedAt = ctx.rooms.end(room);
    ctx.io.to(channel.room(room.id)).emit('room:ended', { code: room.code, endedAt });
    return { endedAt };
  });
}
