'use client';
/** The instructor's (or projector's) live view of a room they own: room info and the roster. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { Roster } from '@/lib/protocol/events';
import { connectSocket, request, type ClientSocket } from './socket';

export interface HostRoom {
  room: { code: string; name: string; endedAt: number | null } | null;
  roster: Roster['participants'];
  error: ProtocolError | null;
  connected: boolean;
  removeParticipant(participantId: string): Promise<ProtocolError | null>;
  endSession(): Promise<ProtocolError | null>;
}

export function useHostRoom(code: string): HostRoom {
  const socketRef = useRef<ClientSocket | null>(null);
  const [room, setRoom] = useState<HostRoom['room']>(null);
  const [roster, setRoster] = useState<HostRoom['roster']>([]);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const socket = connectSocket();
    socketRef.current = socket;
    // Watch again on every connection: after a server restart the new server knows no subscriptions.
    socket.on('connect', async () => {
      setConnected(true);
      const reply = await request(socket, 'host:watch', { code });
      if (!reply.ok) return setError(reply.error);
      setError(null);
      setRoom(reply.data.room);
      setRoster(reply.data.roster.participants);
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('room:roster', (r) => setRoster(r.participants));
    socket.on('room:ended', ({ endedAt }) => setRoom((prev) => (prev ? { ...prev, endedAt } : prev)));
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [code]);

  const removeParticipant = useCallback(
    async (participantId: string) => {
      const socket = socketRef.current;
      if (!socket) return null;
      const reply = await request(socket, 'host:remove-participant', { code, participantId });
      return reply.ok ? null : reply.error;
    },
    [code],
  );

  const endSession = useCallback(async () => {
    const socket = socketRef.current;
    if (!socket) return null;
    const reply = await request(socket, 'host:end-session', { code });
    if (reply.ok) setRoom((prev) => (prev ? { ...prev, endedAt: reply.data.endedAt } : prev));
    return reply.ok ? null : reply.error;
  }, [code]);

  return { room, roster, error, connected, removeParticipant, endSession };
}
