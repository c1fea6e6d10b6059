import { describe, expect, it } from 'vitest';
import { UserError } from '../../lib/protocol/errors';
import { assertMaySubmit, assertModelAllowed, cooldownUntil, remainingMs } from './challenge-rules';

const running = { status: 'running' as const, endsAt: 100_000, remainingMs: null };
const settings = { maxSubmissions: 3, cooldownSeconds: 30 };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof UserError ? e.code : 'other';
  }
}

describe('assertMaySubmit', () => {
  it.each([
    ['first submission while running', running, [], 50_000, null],
    ['after the deadline', running, [], 100_000, 'challenge-closed'],
    ['ended', { ...running, status: 'ended' as const }, [], 1, 'challenge-closed'],
    ['paused', { status: 'paused' as const, endsAt: 100_000, remainingMs: 5000 }, [], 1, 'challenge-paused'],
    ['inside the cooldown', running, [{ createdAt: 40_000 }], 69_999, 'cooldown'],
    ['right after the cooldown', running, [{ createdAt: 40_000 }], 70_000, null],
    ['over the limit', running, [{ createdAt: 1 }, { createdAt: 2 }, { createdAt: 3 }], 90_000, 'submission-limit'],
  ])('%s', (_name, clock, prior, now, expected) => {
    expect(codeOf(() => assertMaySubmit(clock, settings, prior, now))).toBe(expected);
  });

  it('says how many seconds of cooldown are left', () => {
    expect(() => assertMaySubmit(running, settings, [{ createdAt: 40_000 }], 50_500)).toThrow('Wait 20 s before your next submission.');
  });
});

describe('limits on the model', () => {
  it.each([
    [{ cell: 'lstm', parameters: 100, layers: 1, hidden: 4 }, null],
    [{ cell: 'rnn', parameters: 100, layers: 1, hidden: 4 }, 'This challenge allows lstm, gru cells; your model uses rnn.'],
    [{ cell: 'gru', parameters: 5001, layers: 1, hidden: 4 }, 'Your model has 5,001 parameters; this challenge allows at most 5,000. Use fewer layers or hidden units.'],
  ])('%o', (model, message) => {
    const run = () => assertModelAllowed({ allowedCells: ['lstm', 'gru'], maxParameters: 5000 }, model);
    if (message === null) expect(run).not.toThrow();
    else expect(run).toThrow(message);
  });
});

describe('clock', () => {
  it('counts down while running, freezes while paused, is zero when ended', () => {
    expect(remainingMs(running, 40_000)).toBe(60_000);
    expect(remainingMs(running, 200_000)).toBe(0);
    expect(remainingMs({ status: 'paused', endsAt: 0, remainingMs: 7000 }, 999_999)).toBe(7000);
    expect(remainingMs({ ...running, status: 'ended' }, 0)).toBe(0);
  });
  it('has no cooldown before the first submission or when it is 0', () => {
    expect(cooldownUntil(settings, [])).toBeNull();
    expect(cooldownUntil({ cooldownSeconds: 0 }, [{ createdAt: 5 }])).toBeNull();
    expect(cooldownUntil(settings, [{ createdAt: 5 }, { createdAt: 1000 }])).toBe(31_000);
  });
});
