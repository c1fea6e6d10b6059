'use client';
/**
 * The room's quiz round as seen through one socket: listens to every `quiz:*` broadcast and asks for
 * `quiz:state` whenever `readyKey` changes (after each join/rejoin or host:watch), because broadcasts
 * missed while disconnected are not replayed.
 */
import { useEffect, useReducer } from 'react';
import type { ServerPayload } from '@/lib/protocol/events';
import { request, type ClientSocket } from '../socket';
import { INITIAL_QUIZ_STATE, quizReducer, type QuizAction, type QuizState } from './quiz-state';

export function useQuizChannel(socket: ClientSocket | null, code: string, readyKey: unknown): [QuizState, (action: QuizAction) => void] {
  const [state, dispatch] = useReducer(quizReducer, INITIAL_QUIZ_STATE);

  useEffect(() => {
    if (!socket) return;
    const onQuestion = ({ round }: ServerPayload<'quiz:question'>) => dispatch({ type: 'view', round, localNow: Date.now() });
    const onReveal = ({ round, reveal }: ServerPayload<'quiz:reveal'>) => dispatch({ type: 'reveal', round, reveal, localNow: Date.now() });
    const onStandings = (standings: ServerPayload<'quiz:standings'>) => dispatch({ type: 'standings', standings });
    const onEnded = ({ round, standings }: ServerPayload<'quiz:ended'>) => {
      dispatch({ type: 'view', round, localNow: Date.now() });
      dispatch({ type: 'standings', standings });
    };
    const onAnswered = (counts: ServerPayload<'quiz:answered'>) => dispatch({ type: 'answered', ...counts });
    socket.on('quiz:question', onQuestion);
    socket.on('quiz:updated', onQuestion);
    socket.on('quiz:reveal', onReveal);
    socket.on('quiz:standings', onStandings);
    socket.on('quiz:ended', onEnded);
    socket.on('quiz:answered', onAnswered);
    return () => {
      socket.off('quiz:question', onQuestion);
      socket.off('quiz:updated', onQuestion);
      socket.off('quiz:reveal', onReveal);
      socket.off('quiz:standings', onStandings);
      socket.off('quiz:ended', onEnded);
      socket.off('quiz:answered', onAnswered);
    };
  }, [socket]);

  useEffect(() => {
    if (!socket || readyKey === null || readyKey === undefined || readyKey === false) return;
    let current = true;
    void request(socket, 'quiz:state', { code }).then((reply) => {
      // A failure leaves what we had; the next (re)connection asks again.
      if (current && reply.ok) dispatch({ type: 'state', reply: reply.data, localNow: Date.now() });
    });
    return () => {
      current = false;
    };
  }, [socket, code, readyKey]);

  return [state, dispatch];
}
