'use client';
/**
 * The instructor's (or projector's) live view of a room they own: room info, the roster, and the
 * room's challenge (view, leaderboard, class insights, learning-curve race) with the host's actions.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ChallengeSettingsInput } from '@/lib/protocol/challenge';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { Roster, ServerPayload } from '@/lib/protocol/events';
import { challengeReducer, currentInsights, currentLeaderboard, INITIAL_CHALLENGE_STATE, type ChallengeState } from './live/challenge-state';
import { connectSocket, request, type ClientSocket } from './socket';

export type ChallengeAction = 'pause' | 'resume' | 'extend' | 'end' | 'reveal';
export type ScoredEvent = ServerPayload<'challenge:scored'>;

export interface HostRoom {
  room: { code: string; name: string; endedAt: number | null } | null;
  roster: Roster['participants'];
  error: ProtocolError | null;
  connected: boolean;
  /** The room's current or latest challenge, its clock offset and race; boards of other challenges are filtered out. */
  live: ChallengeState;
  leaderboard: ChallengeState['leaderboard'];
  insights: ChallengeState['insights'];
  /** The latest `challenge:scored` sent to this host (its baselines). */
  lastScored: ScoredEvent | null;
  removeParticipant(participantId: string): Promise<ProtocolError | null>;
  endSession(): Promise<ProtocolError | null>;
  launch(settings: ChallengeSettingsInput): Promise<ProtocolError | null>;
  control(action: ChallengeAction, minutes?: number): Promise<ProtocolError | null>;
  /** Submits a model file as a reference row; resolves to the submission id or an error. */
  submitBaseline(model: Uint8Array, label: string): Promise<{ submissionId: string } | { error: ProtocolError }>;
}

const NOT_CONNECTED: ProtocolError = { code: 'internal', message: 'Not connected to the server yet: try again in a moment.' };

export function useHostRoom(code: string): HostRoom {
  const socketRef = useRef<ClientSocket | null>(null);
  const [room, setRoom] = useState<HostRoom['room']>(null);
  const [roster, setRoster] = useState<HostRoom['roster']>([]);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [connected, setConnected] = useState(false);
  const [live, dispatch] = useReducer(challengeReducer, INITIAL_CHALLENGE_STATE);
  const [lastScored, setLastScored] = useState<ScoredEvent | null>(null);

  useEffect(() => {
    const socket = connectSocket();
    socketRef.current = socket;
    // Watch again on every connection: after a server restart the new server knows no subscriptions.
    // Then fetch the challenge: broadcasts missed while disconnected are not replayed.
    socket.on('connect', async () => {
      setConnected(true);
      const reply = await request(socket, 'host:watch', { code });
      if (!reply.ok) return setError(reply.error);
      setError(null);
      setRoom(reply.data.room);
      setRoster(reply.data.roster.participants);
      const state = await request(socket, 'challenge:state', { code });
      // A failure here leaves the room usable (the join screen, the roster); the next connect retries.
      if (state.ok) dispatch({ type: 'state', reply: state.data, localNow: Date.now() });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('room:roster', (r) => setRoster(r.participants));
    socket.on('room:ended', ({ endedAt }) => setRoom((prev) => (prev ? { ...prev, endedAt } : prev)));
    socket.on('challenge:updated', (view) => dispatch({ type: 'view', view, localNow: Date.now() }));
    socket.on('challenge:leaderboard', (leaderboard) => dispatch({ type: 'leaderboard', leaderboard }));
    socket.on('challenge:insights', (insights) => dispatch({ type: 'insights', insights }));
    socket.on('challenge:race', ({ challengeId, points }) => dispatch({ type: 'race', challengeId, points }));
    socket.on('challenge:scored', setLastScored);
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

  const launch = useCallback(
    async (settings: ChallengeSettingsInput) => {
      const socket = socketRef.current;
      if (!socket) return NOT_CONNECTED;
      const reply = await request(socket, 'challenge:launch', { code, settings });
      if (!reply.ok) return reply.error;
      dispatch({ type: 'view', view: reply.data.challenge, localNow: Date.now() });
      return null;
    },
    [code],
  );

  const challengeId = live.challenge?.id ?? null;
  const control = useCallback(
    async (action: ChallengeAction, minutes?: number) => {
      const socket = socketRef.current;
      if (!socket || !challengeId) return NOT_CONNECTED;
      const reply = await request(socket, 'challenge:control', { code, challengeId, action, ...(minutes ? { minutes } : {}) });
      if (!reply.ok) return reply.error;
      dispatch({ type: 'view', view: reply.data.challenge, localNow: Date.now() });
      return null;
    },
    [code, challengeId],
  );

  const submitBaseline = useCallback(
    async (model: Uint8Array, label: string) => {
      const socket = socketRef.current;
      if (!socket || !challengeId) return { error: NOT_CONNECTED };
      const reply = await request(socket, 'challenge:submit', { code, challengeId, model, claimedScore: null, label: label.trim() || undefined });
      return reply.ok ? { submissionId: reply.data.submissionId } : { error: reply.error };
    },
    [code, challengeId],
  );

  return {
    room,
    roster,
    error,
    connected,
    live,
    leaderboard: currentLeaderboard(live),
    insights: currentInsights(live),
    lastScored,
    removeParticipant,
    endSession,
    launch,
    control,
    submitBaseline,
  };
}
