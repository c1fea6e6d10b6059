'use client';
/**
 * A student's live connection to a room. On every (re)connection that socket.io could not recover —
 * first load, refresh, server restart — it rejoins with the kept token, so the student is the same
 * participant without typing anything.
 */
import { useEffect, useRef, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { forgetParticipant, loadParticipant } from './participant-store';
import { connectSocket, request, type ClientSocket } from './socket';

export type StudentRoomState =
  | { phase: 'connecting' }
  | { phase: 'no-token' }
  | { phase: 'joined'; participantId: string; nickname: string; roomName: string; connected: boolean }
  | { phase: 'removed' }
  | { phase: 'ended' }
  | { phase: 'error'; error: ProtocolError };

export function useStudentRoom(code: string): { state: StudentRoomState; socket: ClientSocket | null } {
  const [state, setState] = useState<StudentRoomState>({ phase: 'connecting' });
  const socketRef = useRef<ClientSocket | null>(null);

  useEffect(() => {
    const kept = loadParticipant(code);
    if (!kept) {
      setState({ phase: 'no-token' });
      return;
    }
    const socket = connectSocket();
    socketRef.current = socket;
    let finished = false;

    socket.on('connect', async () => {
      if (socket.recovered) {
        setState((s) => (s.phase === 'joined' ? { ...s, connected: true } : s));
        return;
      }
      const reply = await request(socket, 'room:rejoin', { code, token: kept.token });
      if (reply.ok) {
        setState({ phase: 'joined', participantId: reply.data.participantId, nickname: reply.data.nickname, roomName: reply.data.room.name, connected: true });
      } else if (reply.error.code === 'participant-removed' || reply.error.code === 'unknown-participant') {
        forgetParticipant(code);
        finished = true;
        setState(reply.error.code === 'participant-removed' ? { phase: 'removed' } : { phase: 'no-token' });
        socket.disconnect();
      } else if (reply.error.code === 'room-ended') {
        finished = true;
        setState({ phase: 'ended' });
        socket.disconnect();
      } else {
        setState({ phase: 'error', error: reply.error });
      }
    });
    socket.on('disconnect', () => {
      if (!finished) setState((s) => (s.phase === 'joined' ? { ...s, connected: false } : s));
    });
    socket.on('room:removed', () => {
      finished = true;
      forgetParticipant(code);
      setState({ phase: 'removed' });
    });
    socket.on('room:ended', () => {
      finished = true;
      setState({ phase: 'ended' });
    });
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [code]);

  return { state, socket: socketRef.current };
}
