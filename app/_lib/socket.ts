'use client';
/** The browser's socket.io connection, typed by the protocol's event maps. */
import { io, type Socket } from 'socket.io-client';
import type { Ack, ProtocolError } from '@/lib/protocol/errors';
import { RECONNECT_OPTIONS } from '@/lib/protocol/limits';
import type { ClientEventName, ClientPayload, ClientReply, ClientToServerEvents, ServerToClientEvents } from '@/lib/protocol/events';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectSocket(): ClientSocket {
  return io({ transports: ['websocket', 'polling'], ...RECONNECT_OPTIONS });
}

const TIMEOUT_MS = 10_000;

/** Sends an event and waits for its ack; a timeout becomes an error a person can act on. */
export async function request<E extends ClientEventName>(socket: ClientSocket, event: E, payload: ClientPayload<E>): Promise<Ack<ClientReply<E>>> {
  try {
    // The generic event maps are too deep for emitWithAck's overloads; the protocol types the call.
    const timed = socket.timeout(TIMEOUT_MS) as unknown as { emitWithAck(e: E, p: ClientPayload<E>): Promise<Ack<ClientReply<E>>> };
    return await timed.emitWithAck(event, payload);
  } catch {
    const error: ProtocolError = { code: 'internal', message: 'The server did not answer: check your connection and try again.' };
    return { ok: false, error };
  }
}
