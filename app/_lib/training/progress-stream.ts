/**
 * What a student's page tells the room while training (`challenge:progress`, the learning-curve
 * race): at most one message per second — the server keeps at most one anyway, so sending more only
 * costs bandwidth — and only values the protocol accepts (progressSchema), so a diverging run
 * (loss NaN or huge) is clamped or skipped instead of being refused.
 */
import type { ClientPayload } from '@/lib/protocol/events';
import type { CellKind } from '@/lib/ml/config';
import type { LatestProgress } from './worker-protocol';

export type ProgressPayload = ClientPayload<'challenge:progress'>;

export const PROGRESS_SEND_INTERVAL_MS = 1000;
const MAX_VALUE = 1e6; // progressSchema's bound for loss and metric

/** The protocol payload for the newest step, or null when there is nothing sendable (loss not finite). */
export function progressPayload(
  ref: { readonly code: string; readonly challengeId: string },
  latest: Pick<LatestProgress, 'step' | 'loss' | 'metric'>,
  model: { readonly cell: CellKind; readonly hidden: number },
): ProgressPayload | null {
  if (!Number.isFinite(latest.loss)) return null;
  const metric = latest.metric !== null && Number.isFinite(latest.metric) ? Math.min(MAX_VALUE, Math.max(0, latest.metric)) : null;
  return {
    code: ref.code,
    challengeId: ref.challengeId,
    step: Math.max(0, Math.min(1e9, Math.floor(latest.step))),
    loss: Math.min(MAX_VALUE, Math.max(0, latest.loss)),
    metric,
    cell: model.cell,
    hidden: model.hidden,
  };
}

/** Lets a message through when `intervalMs` passed since the last one let through. */
export class Throttle {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly intervalMs = PROGRESS_SEND_INTERVAL_MS) {}

  /** True (and the clock restarts) when a message may go out at time `now` (ms). */
  take(now: number): boolean {
    if (now - this.last < this.intervalMs) return false;
    this.last = now;
    return true;
  }

  reset(): void {
    this.last = Number.NEGATIVE_INFINITY;
  }
}
