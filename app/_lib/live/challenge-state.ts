/**
 * What a host or projector knows about the room's challenge, as one reducer over the socket's events.
 * Broadcasts may arrive in any order around a launch (a leaderboard before the `challenge:updated`
 * that introduces its challenge), so everything is stored as it comes and `current*` selectors keep
 * only what belongs to the challenge on show.
 */
import type { ChallengeView, Insights, Leaderboard, RacePoint } from '@/lib/protocol/challenge';
import type { ClientReply } from '@/lib/protocol/events';
import { clockOffset } from './countdown';
import { addRacePoints, EMPTY_RACE, type RaceHistory } from './race-history';

export interface ChallengeState {
  challenge: ChallengeView | null;
  /** Server clock minus ours (ms), from the latest view's `serverNow`. */
  offsetMs: number;
  leaderboard: Leaderboard | null;
  insights: Insights | null;
  race: RaceHistory;
}

export const INITIAL_CHALLENGE_STATE: ChallengeState = { challenge: null, offsetMs: 0, leaderboard: null, insights: null, race: EMPTY_RACE };

export type ChallengeAction =
  | { type: 'state'; reply: ClientReply<'challenge:state'>; localNow: number }
  | { type: 'view'; view: ChallengeView; localNow: number }
  | { type: 'leaderboard'; leaderboard: Leaderboard }
  | { type: 'insights'; insights: Insights }
  | { type: 'race'; challengeId: string; points: RacePoint[] };

function withView(state: ChallengeState, view: ChallengeView, localNow: number): ChallengeState {
  const switched = state.challenge !== null && state.challenge.id !== view.id;
  return {
    ...state,
    challenge: view,
    offsetMs: clockOffset(view.serverNow, localNow),
    // A new challenge starts with an empty race; stored boards of the new id (arrived early) stay.
    race: switched || (state.race.challengeId !== null && state.race.challengeId !== view.id) ? EMPTY_RACE : state.race,
  };
}

export function challengeReducer(state: ChallengeState, action: ChallengeAction): ChallengeState {
  switch (action.type) {
    case 'state': {
      const { challenge, leaderboard, insights } = action.reply;
      const base = challenge ? withView(state, challenge, action.localNow) : { ...state, challenge: null };
      return { ...base, leaderboard: leaderboard ?? base.leaderboard, insights: insights ?? base.insights };
    }
    case 'view':
      return withView(state, action.view, action.localNow);
    case 'leaderboard':
      return { ...state, leaderboard: action.leaderboard };
    case 'insights':
      return { ...state, insights: action.insights };
    case 'race':
      // Late points of a finished challenge must not wipe the new one's race.
      if (state.challenge && state.challenge.id !== action.challengeId) return state;
      return { ...state, race: addRacePoints(state.race, action.challengeId, action.points) };
  }
}

export function currentLeaderboard(state: ChallengeState): Leaderboard | null {
  return state.challenge && state.leaderboard?.challengeId === state.challenge.id ? state.leaderboard : null;
}

export function currentInsights(state: ChallengeState): Insights | null {
  return state.challenge && state.insights?.challengeId === state.challenge.id ? state.insights : null;
}
