/**
 * What a browser knows about the room's quiz round, folded from `quiz:state` replies and `quiz:*`
 * broadcasts. Replies and broadcasts can cross on the wire (a state reply made before a reveal may
 * arrive after it), so a view only replaces the current one when it is at least as far along:
 * a later round, a later question, or a later phase of the same question.
 */
import type { Answer } from '@/lib/quiz/answers';
import type { QuizMine, QuizReveal, QuizRoundView, QuizStandings } from '@/lib/protocol/quiz';

export interface QuizState {
  round: QuizRoundView | null;
  /** The reveal of the current question (null while it is open). */
  reveal: QuizReveal | null;
  standings: QuizStandings | null;
  /** What this browser's student answered to the current question. */
  myAnswer: { roundId: string; index: number; answer: Answer } | null;
  /** Server clock − local clock (ms), from the latest view. */
  offsetMs: number;
}

export const INITIAL_QUIZ_STATE: QuizState = { round: null, reveal: null, standings: null, myAnswer: null, offsetMs: 0 };

export type QuizAction =
  | { type: 'state'; reply: { round: QuizRoundView | null; reveal: QuizReveal | null; standings: QuizStandings | null; mine: QuizMine | null }; localNow: number }
  | { type: 'view'; round: QuizRoundView; localNow: number }
  | { type: 'reveal'; round: QuizRoundView; reveal: QuizReveal; localNow: number }
  | { type: 'standings'; standings: QuizStandings }
  | { type: 'answered'; roundId: string; index: number; answered: number; expected: number }
  | { type: 'my-answer'; roundId: string; index: number; answer: Answer };

const PHASE_ORDER = { open: 0, closed: 1, ended: 2 } as const;

/** Whether `next` is the same as or later than `prev` (round, then question, then phase, then dismissal). */
export function isSameOrLater(prev: QuizRoundView | null, next: QuizRoundView): boolean {
  if (!prev) return true;
  if (prev.id !== next.id) return next.startedAt >= prev.startedAt;
  if (next.index !== prev.index) return next.index > prev.index;
  if (next.phase !== prev.phase) return PHASE_ORDER[next.phase] > PHASE_ORDER[prev.phase];
  return next.dismissed || !prev.dismissed;
}

const sameQuestion = (a: { id: string; index: number } | null, roundId: string, index: number) => !!a && a.id === roundId && a.index === index;

function withView(state: QuizState, round: QuizRoundView, localNow: number): QuizState {
  if (!isSameOrLater(state.round, round)) return state;
  const moved = !sameQuestion(state.round, round.id, round.index);
  const newRound = state.round?.id !== round.id;
  return {
    round,
    reveal: moved || round.phase === 'open' ? null : state.reveal,
    standings: newRound ? null : state.standings,
    myAnswer: state.myAnswer && state.myAnswer.roundId === round.id && state.myAnswer.index === round.index ? state.myAnswer : null,
    offsetMs: round.serverNow - localNow,
  };
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'state': {
      const { round, reveal, standings, mine } = action.reply;
      if (!round) return state.round ? state : INITIAL_QUIZ_STATE;
      const next = withView(state, round, action.localNow);
      if (next.round !== round) return state; // an older reply than what we already have
      return {
        ...next,
        reveal: reveal && reveal.roundId === round.id && reveal.index === round.index ? reveal : next.reveal,
        standings: standings ?? next.standings,
        myAnswer: mine?.answer ? { roundId: round.id, index: round.index, answer: mine.answer } : next.myAnswer,
      };
    }
    case 'view':
      return withView(state, action.round, action.localNow);
    case 'reveal': {
      const next = withView(state, action.round, action.localNow);
      return sameQuestion(next.round, action.reveal.roundId, action.reveal.index) ? { ...next, reveal: action.reveal } : next;
    }
    case 'standings': {
      const current = state.standings;
      if (state.round && action.standings.roundId !== state.round.id) return state;
      if (current && current.roundId === action.standings.roundId && current.closedCount > action.standings.closedCount) return state;
      return { ...state, standings: action.standings };
    }
    case 'answered':
      if (!sameQuestion(state.round, action.roundId, action.index)) return state;
      return { ...state, round: { ...state.round!, answered: action.answered, expected: action.expected } };
    case 'my-answer':
      if (!sameQuestion(state.round, action.roundId, action.index)) return state;
      return { ...state, myAnswer: { roundId: action.roundId, index: action.index, answer: action.answer } };
  }
}

/** Milliseconds left on the open question, by the server's clock; 0 once closed. */
export function timeLeftMs(round: QuizRoundView | null, localNow: number, offsetMs: number): number {
  if (!round || round.phase !== 'open') return 0;
  return Math.max(0, round.questionEndsAt - (localNow + offsetMs));
}
