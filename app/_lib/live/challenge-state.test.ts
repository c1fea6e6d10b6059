import { describe, expect, it } from 'vitest';
import { challengeReducer, currentInsights, currentLeaderboard, INITIAL_CHALLENGE_STATE, type ChallengeState } from './challenge-state';
import { view } from './test-views';

const board = (challengeId: string) => ({ challengeId, revealed: false, total: 0, scored: 0, entries: [] });
const insights = (challengeId: string) => ({ challengeId, training: 1, submitted: 0, students: 3, points: [], averageByCell: [] });
const point = (step: number) => ({ participantId: 'p', nickname: 'P', step, loss: 1, metric: null, at: step });

describe('challengeReducer', () => {
  it('takes the state reply and measures the clock offset', () => {
    const s = challengeReducer(INITIAL_CHALLENGE_STATE, {
      type: 'state',
      reply: { challenge: view({ serverNow: 10_000 }), leaderboard: board('c1'), insights: insights('c1'), myRow: null, mine: null },
      localNow: 4_000,
    });
    expect(s.offsetMs).toBe(6_000);
    expect(currentLeaderboard(s)).toEqual(board('c1'));
    expect(currentInsights(s)?.students).toBe(3);
  });

  it('keeps an early leaderboard of the next challenge and drops the old race on a new launch', () => {
    let s: ChallengeState = challengeReducer(INITIAL_CHALLENGE_STATE, { type: 'view', view: view({ id: 'c1' }), localNow: 0 });
    s = challengeReducer(s, { type: 'race', challengeId: 'c1', points: [point(1)] });
    expect(Object.keys(s.race.series)).toEqual(['p']);
    s = challengeReducer(s, { type: 'leaderboard', leaderboard: board('c2') });
    expect(currentLeaderboard(s)).toBeNull();
    s = challengeReducer(s, { type: 'view', view: view({ id: 'c2' }), localNow: 0 });
    expect(currentLeaderboard(s)).toEqual(board('c2'));
    expect(s.race.series).toEqual({});
  });

  it('ignores race points of another challenge', () => {
    const s = challengeReducer(INITIAL_CHALLENGE_STATE, { type: 'view', view: view({ id: 'c2' }), localNow: 0 });
    expect(challengeReducer(s, { type: 'race', challengeId: 'c1', points: [point(1)] })).toBe(s);
  });

  it('an update of the same challenge keeps its race', () => {
    let s = challengeReducer(INITIAL_CHALLENGE_STATE, { type: 'view', view: view(), localNow: 0 });
    s = challengeReducer(s, { type: 'race', challengeId: 'c1', points: [point(1)] });
    s = challengeReducer(s, { type: 'view', view: view({ status: 'paused' }), localNow: 0 });
    expect(s.race.series.p?.samples).toHaveLength(1);
    expect(s.challenge?.status).toBe('paused');
  });

  it('a room without a challenge has none', () => {
    const s = challengeReducer(INITIAL_CHALLENGE_STATE, { type: 'state', reply: { challenge: null, leaderboard: null, insights: null, myRow: null, mine: null }, localNow: 0 });
    expect(s.challenge).toBeNull();
    expect(currentLeaderboard(s)).toBeNull();
  });
});
