import { describe, expect, it } from 'vitest';
import { clockOffset, formatCountdown, remainingMs, urgency } from './countdown';

describe('clock offset and remaining time', () => {
  it('corrects a client clock that runs 5 minutes behind the server', () => {
    const serverNow = 1_000_000;
    const localNow = serverNow - 300_000;
    const offset = clockOffset(serverNow, localNow);
    expect(offset).toBe(300_000);
    const view = { status: 'running' as const, endsAt: serverNow + 60_000, remainingMs: 60_000, serverNow };
    expect(remainingMs(view, localNow, offset)).toBe(60_000);
    expect(remainingMs(view, localNow + 15_000, offset)).toBe(45_000);
  });

  it.each([
    ['running, past the end', { status: 'running' as const, endsAt: 100, remainingMs: 0, serverNow: 0 }, 500, 0],
    ['paused: the frozen remainder, whatever the time', { status: 'paused' as const, endsAt: null, remainingMs: 42_000, serverNow: 0 }, 9e9, 42_000],
    ['ended', { status: 'ended' as const, endsAt: 5_000, remainingMs: 5_000, serverNow: 0 }, 0, 0],
    ['running without an end time falls back to remainingMs', { status: 'running' as const, endsAt: null, remainingMs: 7, serverNow: 0 }, 0, 7],
    ['nothing known', { status: 'paused' as const, endsAt: null, remainingMs: null, serverNow: 0 }, 0, null],
  ])('%s', (_name, view, localNow, expected) => {
    expect(remainingMs(view, localNow, 0)).toBe(expected);
  });
});

describe('formatCountdown', () => {
  it.each([
    [900_000, '15:00'],
    [899_001, '15:00'],
    [899_000, '14:59'],
    [9_000, '0:09'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [3_723_000, '1:02:03'],
    [null, '–:––'],
    [Number.NaN, '–:––'],
  ])('%s ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('urgency', () => {
  it.each([
    [null, 'calm'],
    [120_000, 'calm'],
    [60_000, 'soon'],
    [10_001, 'soon'],
    [10_000, 'now'],
    [0, 'now'],
  ] as const)('%s ms → %s', (ms, level) => {
    expect(urgency(ms)).toBe(level);
  });
});
