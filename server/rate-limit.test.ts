import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowLimiter } from './rate-limit';

describe('WindowLimiter', () => {
  it('allows `limit` hits per key per window, then blocks until the window passes', () => {
    let t = 0;
    const limiter = new WindowLimiter(3, 1000, () => t);
    expect([1, 2, 3].map(() => limiter.hit('a'))).toEqual([true, true, true]);
    expect(limiter.blocked('a')).toBe(true);
    expect(limiter.hit('a')).toBe(false);
    expect(limiter.blocked('b')).toBe(false);
    t = 999;
    expect(limiter.blocked('a')).toBe(true);
    t = 1000;
    expect(limiter.blocked('a')).toBe(false);
    expect(limiter.hit('a')).toBe(true);
  });

  it('takes back one hit on undo', () => {
    const limiter = new WindowLimiter(2, 1000, () => 0);
    limiter.hit('a');
    limiter.hit('a');
    expect(limiter.blocked('a')).toBe(true);
    limiter.undo('a');
    expect(limiter.blocked('a')).toBe(false);
    limiter.undo('b'); // unknown keys are fine
    expect(limiter.blocked('b')).toBe(false);
  });

  it('forgets a key on reset', () => {
    const limiter = new WindowLimiter(1, 1000, () => 0);
    limiter.hit('a');
    limiter.hit('a');
    limiter.reset('a');
    expect(limiter.blocked('a')).toBe(false);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then refills at `rate` per second up to the burst', () => {
    let t = 0;
    const bucket = new TokenBucket(2, 4, () => t);
    expect(Array.from({ length: 5 }, () => bucket.take())).toEqual([true, true, true, true, false]);
    t = 500; // one token back
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    t = 60_000; // refills to the burst, no further
    expect(Array.from({ length: 5 }, () => bucket.take())).toEqual([true, true, true, true, false]);
  });
});
