/**
 * Countdown math for a challenge, in the server's clock. Every challenge view carries `serverNow`, so
 * a client measures its offset from the server once per view and counts down from `endsAt` without
 * trusting its own (often minutes-off) clock. All times are milliseconds since the epoch.
 */
import type { ChallengeView } from '@/lib/protocol/challenge';

type Clocked = Pick<ChallengeView, 'status' | 'endsAt' | 'remainingMs' | 'serverNow'>;

/** How far the server's clock is ahead of ours (ms); add it to `Date.now()` to get server time. */
export function clockOffset(serverNow: number, localNow: number): number {
  return serverNow - localNow;
}

/**
 * Milliseconds left before submissions close, never negative. While paused the server froze the
 * clock and sends `remainingMs`; once ended nothing is left. Null when the view says nothing usable.
 */
export function remainingMs(view: Clocked, localNow: number, offsetMs: number): number | null {
  if (view.status === 'ended') return 0;
  if (view.status === 'paused' || view.endsAt === null) return view.remainingMs === null ? null : Math.max(0, view.remainingMs);
  return Math.max(0, view.endsAt - (localNow + offsetMs));
}

/**
 * "14:05", "0:09", "1:02:03". Rounds *up* to whole seconds, so the display reads 0:00 only when time is
 * really over (and 15:00 at launch, not 14:59).
 */
export function formatCountdown(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–:––';
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export type Urgency = 'calm' | 'soon' | 'now';

/** The last minute turns the countdown amber, the last ten seconds red. */
export function urgency(ms: number | null): Urgency {
  if (ms === null || ms > 60_000) return 'calm';
  return ms > 10_000 ? 'soon' : 'now';
}
