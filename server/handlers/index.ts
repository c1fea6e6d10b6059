/** Registers every domain's socket handlers on a new connection. One line per domain. */
import type { AppContext } from '../app-context';
import type { WindowLimiter } from '../rate-limit';
import type { AppSocket } from '../socket/context';
import { registerChallengeHandlers } from './challenge';
import { registerHostHandlers } from './host';
import { registerQuizHandlers } from './quiz';
import { registerRoomHandlers } from './room';

export function registerAllHandlers(ctx: AppContext, socket: AppSocket, joinLimiter: WindowLimiter): void {
  registerRoomHandlers(ctx, socket, joinLimiter);
  registerHostHandlers(ctx, socket);
  registerChallengeHandlers(ctx, socket);
  registerQuizHandlers(ctx, socket);
}
