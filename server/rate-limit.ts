/**
 * Fixed-window and token-bucket limiters, in memory. They protect one process; with several processes
 * (scale-out) each enforces its own share, which is acceptable for abuse limits.
 */
export class WindowLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `key` is over the limit now (does not count a hit). */
  blocked(key: string): boolean {
    const entry = this.hits.get(key);
    return !!entry && this.now() - entry.start < this.windowMs && entry.count >= this.limit;
  }

  /** Counts a hit; returns false when this hit is over the limit. */
  hit(key: string): boolean {
    const now = this.now();
    let entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      entry = { start: now, count: 0 };
      this.hits.set(key, entry);
      if (this.hits.size > 10_000) this.sweep(now);
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Takes back one hit of `key` (an attempt counted up front that turned out fine). */
  undo(key: string): void {
    const entry = this.hits.get(key);
    if (entry && entry.count > 0) entry.count--;
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) if (now - v.start >= this.windowMs) this.hits.delete(k);
  }
}

/** Allows `rate` events per second on average with bursts up to `burst`. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
