/** The crash suite's before/after rule: what a restart may change, and what it must not. */
import { describe, expect, it } from 'vitest';
import type { LeaderboardEntry } from '../../lib/protocol/challenge';
import { compareRosters, compareStates, type ChallengeState, type ScoredRow } from './boards';

const SNAP = 1000; // serverNow of the "before" read
const AFTER = 2000; // serverNow of the "after" read

function entry(participantId: string, submissionId: string, score: number, submissions: number): LeaderboardEntry {
  return { rank: 1, participantId, nickname: participantId, isBaseline: false, submissionId, score, privateScore: null, privateRank: null, cell: 'lstm', layers: 1, hidden: 8, parameters: 100, submissions, submittedAt: 1 };
}

function state(serverNow: number, entries: LeaderboardEntry[], status: 'running' | 'ended' = 'running'): ChallengeState {
  const challenge = {
    id: 'c1',
    taskId: 'temporal-order',
    level: 'easy',
    datasetId: null,
    datasetName: null,
    settings: {},
    status,
    startedAt: 1,
    endsAt: 9e12,
    remainingMs: null,
    endedAt: null,
    revealedAt: null,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: 0.25,
    serverNow,
  } as unknown as NonNullable<ChallengeState['challenge']>;
  return { challenge, leaderboard: { challengeId: 'c1', revealed: false, total: entries.filter((e) => e.rank !== null).length, scored: entries.length, entries }, myRow: null, mine: null, insights: null };
}

/** Submission id → [participant, scoredAt]. */
const stored = (rows: Record<string, [string, number]>) => new Map<string, ScoredRow>(Object.entries(rows).map(([id, [participantId, scoredAt]]) => [id, { participantId, status: 'scored', scoredAt }]));

const base = stored({ s1: ['ada', 500], s2: ['bo', 600] });
const before = state(SNAP, [entry('ada', 's1', 0.5, 1), entry('bo', 's2', 0.4, 1)]);

describe('compareStates', () => {
  it.each([
    ['nothing changed', [entry('ada', 's1', 0.5, 1), entry('bo', 's2', 0.4, 1)], base],
    ['a better submission scored after the snapshot', [entry('ada', 's3', 0.7, 2), entry('bo', 's2', 0.4, 1)], new Map([...base, ...stored({ s3: ['ada', 1500] })])],
    ['a worse one scored after the snapshot only raises the count', [entry('ada', 's1', 0.5, 2), entry('bo', 's2', 0.4, 1)], new Map([...base, ...stored({ s3: ['ada', 1500] })])],
    ['a new student scored after the snapshot', [entry('ada', 's1', 0.5, 1), entry('bo', 's2', 0.4, 1), entry('cy', 's4', 0.3, 1)], new Map([...base, ...stored({ s4: ['cy', 1800] })])],
  ])('accepts: %s', (_, entries, rows) => {
    expect(compareStates(before, state(AFTER, entries), rows)).toEqual([]);
  });

  it.each([
    ['a row vanished', [entry('ada', 's1', 0.5, 1)], base, /bo's row .* vanished/],
    ['a score changed', [entry('ada', 's1', 0.6, 1), entry('bo', 's2', 0.4, 1)], base, /ada's row for submission s1 changed/],
    ['a scored submission was forgotten', [entry('ada', 's1', 0.5, 0), entry('bo', 's2', 0.4, 1)], base, /expected 1–1 after, found 0/],
    ['the best moved to one scored before the snapshot', [entry('ada', 's3', 0.7, 2), entry('bo', 's2', 0.4, 1)], new Map([...base, ...stored({ s3: ['ada', 900] })]), /scored before the snapshot/],
    ['a row from before the snapshot appeared', [entry('ada', 's1', 0.5, 1), entry('bo', 's2', 0.4, 1), entry('cy', 's4', 0.3, 1)], new Map([...base, ...stored({ s4: ['cy', 900] })]), /cy's row appeared/],
  ])('flags: %s', (_, entries, rows, problem) => {
    expect(compareStates(before, state(AFTER, entries), rows).join('\n')).toMatch(problem);
  });

  it('flags a challenge whose status changed across the restart', () => {
    expect(compareStates(before, state(AFTER, before.leaderboard!.entries, 'ended'), base)).toEqual(['challenge status running became ended']);
  });
});

describe('compareRosters', () => {
  const roster = (...names: string[]) => ({ code: 'ABC234', participants: names.map((n) => ({ id: n, nickname: n, connected: true, joinedAt: 1 })) });

  it('ignores who is connected and flags who left or appeared', () => {
    expect(compareRosters(roster('ada', 'bo'), { ...roster('bo', 'ada'), participants: roster('bo', 'ada').participants.map((p) => ({ ...p, connected: false })) })).toEqual([]);
    expect(compareRosters(roster('ada', 'bo'), roster('ada', 'cy'))).toEqual(['participant bo bo 1 left the roster', 'participant cy cy 1 appeared on the roster']);
  });
});
