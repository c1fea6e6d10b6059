import { describe, expect, it } from 'vitest';
import type { RacePoint } from '@/lib/protocol/challenge';
import { addRacePoints, chooseField, EMPTY_RACE, latestValue, selectRace, thin, type RaceSample } from './race-history';

const pt = (participantId: string, step: number, loss: number, at = step, metric: number | null = null): RacePoint => ({
  participantId,
  nickname: participantId.toUpperCase(),
  step,
  loss,
  metric,
  at,
});

describe('addRacePoints', () => {
  it('appends per student in time order', () => {
    const h = addRacePoints(EMPTY_RACE, 'c1', [pt('a', 20, 0.5, 2), pt('a', 10, 0.9, 1), pt('b', 5, 1.2)]);
    expect(h.series.a!.samples.map((s) => s.step)).toEqual([10, 20]);
    expect(h.series.b!.samples).toHaveLength(1);
    expect(h.series.a!.nickname).toBe('A');
  });
  it('starts over for another challenge', () => {
    const h = addRacePoints(addRacePoints(EMPTY_RACE, 'c1', [pt('a', 1, 1)]), 'c2', [pt('b', 1, 1)]);
    expect(Object.keys(h.series)).toEqual(['b']);
    expect(h.challengeId).toBe('c2');
  });
  it('restarts a curve when the step goes back (a new model) and replaces a repeated step', () => {
    let h = addRacePoints(EMPTY_RACE, 'c', [pt('a', 100, 0.3, 1), pt('a', 200, 0.2, 2)]);
    h = addRacePoints(h, 'c', [pt('a', 200, 0.19, 3)]);
    expect(h.series.a!.samples.map((s) => s.loss)).toEqual([0.3, 0.19]);
    h = addRacePoints(h, 'c', [pt('a', 10, 1.1, 4)]);
    expect(h.series.a!.samples.map((s) => s.step)).toEqual([10]);
  });
  it('never keeps more than the cap per student, and keeps the first and newest sample', () => {
    let h = EMPTY_RACE;
    for (let i = 0; i < 1000; i += 1) h = addRacePoints(h, 'c', [pt('a', i, 1 / (i + 1), i)], 50);
    const samples = h.series.a!.samples;
    expect(samples.length).toBeLessThanOrEqual(50);
    expect(samples[0]!.step).toBe(0);
    expect(samples.at(-1)!.step).toBe(999);
    expect(samples.map((s) => s.step)).toEqual([...samples.map((s) => s.step)].sort((x, y) => x - y));
  });
  it('leaves the previous history untouched', () => {
    const h1 = addRacePoints(EMPTY_RACE, 'c', [pt('a', 1, 1)]);
    addRacePoints(h1, 'c', [pt('a', 2, 0.5)]);
    expect(h1.series.a!.samples).toHaveLength(1);
  });
});

describe('thin', () => {
  const samples: RaceSample[] = Array.from({ length: 11 }, (_, i) => ({ step: i, loss: 1, metric: null, at: i }));
  it.each([
    [20, 11],
    [10, 6],
    [5, 4],
  ])('cap %s → %s samples', (cap, length) => {
    const out = thin(samples, cap);
    expect(out).toHaveLength(length);
    expect(out[0]!.step).toBe(0);
    expect(out.at(-1)!.step).toBe(10);
  });
});

describe('choosing and selecting curves', () => {
  const history = addRacePoints(EMPTY_RACE, 'c', [
    pt('fast', 10, 0.2, 100, 0.9),
    pt('fast', 20, 0.1, 100, 0.95),
    pt('slow', 10, 0.9, 100, 0.3),
    pt('slow', 20, 0.8, 100, 0.35),
    pt('idle', 10, 0.05, 10, null),
    pt('mid', 10, 0.5, 100, null),
  ]);

  it('plots the metric when most students report one, else the loss', () => {
    const all = Object.values(history.series);
    expect(chooseField(all)).toBe('metric');
    expect(chooseField(all.filter((s) => s.participantId !== 'slow'))).toBe('loss');
    expect(chooseField([])).toBe('loss');
  });

  it('picks active students first, best first, and counts the active rest', () => {
    const byLoss = selectRace(history, { n: 2, serverNow: 110, activeMs: 30, field: 'loss', higherIsBetter: true });
    expect(byLoss.shown.map((s) => s.participantId)).toEqual(['fast', 'mid']);
    expect(byLoss.moreTraining).toBe(1);
    const all = selectRace(history, { n: 8, serverNow: 110, activeMs: 30, field: 'loss', higherIsBetter: true });
    expect(all.shown.map((s) => s.participantId)).toEqual(['fast', 'mid', 'slow', 'idle']);
    expect(all.moreTraining).toBe(0);
  });

  it('ranks by the metric in its own direction and skips students without it', () => {
    const lowerBetter = selectRace(history, { n: 8, serverNow: 110, activeMs: 30, field: 'metric', higherIsBetter: false });
    expect(lowerBetter.shown.map((s) => s.participantId)).toEqual(['slow', 'fast']);
    expect(latestValue(history.series.idle!, 'metric')).toBeNull();
  });
});
