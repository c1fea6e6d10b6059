/** Who a socket may act as in a room: its instructor (owner of the room) or the participant it joined as. */
import { UserError } from '../../lib/protocol/errors';
import type { AppContext } from '../app-context';
import type { AppSocket } from './context';

/** The room of `code` if this socket's signed-in instructor owns it. */
export function hostRoom(ctx: AppContext, socket: AppSocket, code: string) {
  const instructor = socket.data.instructor;
  if (!instructor) throw new UserError('not-signed-in', 'Only the instructor can do this: sign in at /host.');
  return { room: ctx.rooms.getOwned(code, instructor), instructor };
}

/** The room this student socket belongs to, if it is `code`; the participant must still be in it. */
export function studentRoom(ctx: AppContext, socket: AppSocket, code: string) {
  const student = socket.data.student;
  if (!student || student.code !== code) throw new UserError('forbidden', `Join class session ${code} first.`, { code });
  const room = ctx.rooms.get(code);
  ctx.rooms.assertActive(room, student.participantId);
  return { room, participantId: student.participantId };
}
