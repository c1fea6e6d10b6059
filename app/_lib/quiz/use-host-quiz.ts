'use client';
/**
 * The instructor's (control room or projector) quiz connection: its own socket, `host:watch` on every
 * connection, the round state, and the host's actions. Kept apart from use-host-room so the quiz can
 * be mounted with one line wherever a host page needs it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { QuizRoundSettingsInput, QuizRoundView } from '@/lib/protocol/quiz';
import { connectSocket, request, type ClientSocket } from '../socket';
import type { QuizState } from './quiz-state';
import { useQuizChannel } from './use-quiz-channel';

export interface HostQuiz extends QuizState {
  connected: boolean;
  error: ProtocolError | null;
  /** A round to show on the projector: running, or ended with its podium not yet dismissed. */
  onBoard: boolean;
  start(settings: QuizRoundSettingsInput): Promise<ProtocolError | null>;
  close(): Promise<ProtocolError | null>;
  next(): Promise<ProtocolError | null>;
  end(): Promise<ProtocolError | null>;
  dismiss(): Promise<ProtocolError | null>;
}

const NOT_CONNECTED: ProtocolError = { code: 'internal', message: 'Not connected to the server yet: try again in a moment.' };

export function useHostQuiz(code: string): HostQuiz {
  const [socket, setSocket] = useState<ClientSocket | null>(null);
  const [watched, setWatched] = useState(0);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<ProtocolError | null>(null);

  useEffect(() => {
    const s = connectSocket();
    setSocket(s);
    // Watch again on every connection: a restarted server knows no subscriptions.
    s.on('connect', async () => {
      setConnected(true);
      const reply = await request(s, 'host:watch', { code });
      if (!reply.ok) return setError(reply.error);
      setError(null);
      setWatched((n) => n + 1);
    });
    s.on('disconnect', () => setConnected(false));
    return () => {
      s.disconnect();
      setSocket(null);
    };
  }, [code]);

  const [state, dispatch] = useQuizChannel(socket, code, watched > 0 ? watched : null);
  const round = state.round;

  const act = useCallback(
    async (send: (s: ClientSocket, r: QuizRoundView | null) => Promise<{ ok: true; data: { round: QuizRoundView } } | { ok: false; error: ProtocolError }> | null) => {
      if (!socket) return NOT_CONNECTED;
      const pending = send(socket, round);
      if (!pending) return NOT_CONNECTED;
      const reply = await pending;
      if (!reply.ok) return reply.error;
      dispatch({ type: 'view', round: reply.data.round, localNow: Date.now() });
      return null;
    },
    [socket, round, dispatch],
  );

  const start = useCallback((settings: QuizRoundSettingsInput) => act((s) => request(s, 'quiz:start', { ...settings, code })), [act, code]);
  const close = useCallback(() => act((s, r) => (r ? request(s, 'quiz:close', { code, roundId: r.id, index: r.index }) : null)), [act, code]);
  const next = useCallback(() => act((s, r) => (r ? request(s, 'quiz:next', { code, roundId: r.id, index: r.index }) : null)), [act, code]);
  const end = useCallback(() => act((s, r) => (r ? request(s, 'quiz:end', { code, roundId: r.id }) : null)), [act, code]);
  const dismiss = useCallback(() => act((s, r) => (r ? request(s, 'quiz:dismiss', { code, roundId: r.id }) : null)), [act, code]);

  return { ...state, connected, error, onBoard: !!round && !round.dismissed, start, close, next, end, dismiss };
}
