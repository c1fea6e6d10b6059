/** Types of the server's socket.io objects and what a socket is allowed to be. */
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../lib/protocol/events';
import type { Instructor } from '../services/accounts';

/**
 * What the server knows about a socket. `instructor` comes from the login cookie at handshake;
 * `student` is set only by a successful join/rejoin, so a socket can act for at most one participant.
 */
export interface SocketData {
  instructor: Instructor | null;
  student: { participantId: string; sessionId: string; code: string; nickname: string } | null;
  /** Room ids this socket watches as host (after `host:watch`). */
  watching: string[];
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** socket.io room names, in one place. */
export const channel = {
  /** Everyone in a class session: students, hosts, projectors. */
  room: (sessionId: string) => `room:${sessionId}`,
  /** Hosts and projectors of a class session. */
  hosts: (sessionId: string) => `hosts:${sessionId}`,
  /** Every socket of one participant. */
  participant: (participantId: string) => `participant:${participantId}`,
};
