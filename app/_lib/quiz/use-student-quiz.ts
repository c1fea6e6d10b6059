'use client';
/**
 * A student's quiz round over the room's own socket (from use-student-room): the round state, my
 * answer, and `answer()`. `ready` is true once the socket has (re)joined as this participant.
 */
import { useCallback, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { Answer } from '@/lib/quiz/answers';
import { request, type ClientSocket } from '../socket';
import type { QuizState } from './quiz-state';
import { useQuizChannel } from './use-quiz-channel';

export interface StudentQuiz extends QuizState {
  sending: boolean;
  answer(answer: Answer): Promise<ProtocolError | null>;
}

export function useStudentQuiz(socket: ClientSocket | null, code: string, ready: boolean): StudentQuiz {
  const [state, dispatch] = useQuizChannel(socket, code, ready ? socket : null);
  const [sending, setSending] = useState(false);
  const round = state.round;

  const answer = useCallback(
    async (given: Answer) => {
      if (!socket || !round || round.phase !== 'open') return null;
      setSending(true);
      const reply = await request(socket, 'quiz:answer', { code, roundId: round.id, index: round.index, answer: given });
      setSending(false);
      if (reply.ok) {
        dispatch({ type: 'my-answer', roundId: round.id, index: round.index, answer: given });
        return null;
      }
      // Already answered in another tab (or before a refresh): the server kept the first; show that one.
      if (reply.error.code === 'quiz-already-answered') {
        const state = await request(socket, 'quiz:state', { code });
        if (state.ok) dispatch({ type: 'state', reply: state.data, localNow: Date.now() });
      }
      return reply.error;
    },
    [socket, round, code, dispatch],
  );

  return { ...state, sending, answer };
}
