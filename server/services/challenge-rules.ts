/**
 * Submission rules, pure (table-tested): whether a participant may submit now, and the remaining
 * time of a challenge. Messages say exactly why and what to do.
 */
import { UserError } from '../../lib/protocol/errors';
import type { ChallengeSettings } from '../../lib/protocol/challenge';

export interface ChallengeClock {
  status: 'running' | 'paused' | 'ended';
  endsAt: number;
  remainingMs: number | null;
}

/** Milliseconds of submission time left (0 when ended or past the deadline). */
export function remainingMs(c: ChallengeClock, now: number): number {
  if (c.status === 'ended') return 0;
  if (c.status === 'paused') return Math.max(0, c.remainingMs ?? 0);
  return Math.max(0, c.endsAt - now);
}

export interface PriorSubmission {
  createdAt: number;
}

/** Throws the reason a submission is refused now, or returns when it is allowed. */
export function assertMaySubmit(
  c: ChallengeClock,
  settings: Pick<ChallengeSettings, 'maxSubmissions' | 'cooldownSeconds'>,
  prior: readonly PriorSubmission[],
  now: number,
): void {
  if (c.status === 'ended' || (c.status === 'running' && now >= c.endsAt)) {
    throw new UserError('challenge-closed', 'The challenge has ended: no more submissions.');
  }
  if (c.status === 'paused') throw new UserError('challenge-paused', 'The challenge is paused: wait for the instructor to resume it.');
  if (prior.length >= settings.maxSubmissions) {
    throw new UserError('submission-limit', `You have used all ${settings.maxSubmissions} submissions for this challenge.`, { max: settings.maxSubmissions });
  }
  const until = cooldownUntil(settings, prior);
  if (until !== null && now < until) {
    const seconds = Math.ceil((until - now) / 1000);
    throw new UserError('cooldown', `Wait ${seconds} s before your next submission.`, { seconds });
  }
}

/** When the cooldown after the latest submission ends (null when there is none). */
export function cooldownUntil(settings: Pick<ChallengeSettings, 'cooldownSeconds'>, prior: readonly PriorSubmission[]): number | null {
  if (prior.length === 0 || settings.cooldownSeconds === 0) return null;
  const last = Math.max(...prior.map((p) => p.createdAt));
  return last + settings.cooldownSeconds * 1000;
}

/** Checks the model itself against the challenge's limits (after the file was validated). */
export function assertModelAllowed(
  settings: Pick<ChallengeSettings, 'allowedCells' | 'maxParameters'>,
  model: { cell: string; parameters: number; layers: number; hidden: number },
): void {
  if (!(settings.allowedCells as readonly string[]).includes(model.cell)) {
    const allowed = settings.allowedCells.join(', ');
    throw new UserError('model-rejected', `This challenge allows ${allowed} cells; your model uses ${model.cell}.`);
  }
  if (model.parameters > settings.maxParameters) {
    throw new UserError(
      'model-rejected',
      `Your model has ${model.parameters.toLocaleString('en-US')} parameters; this challenge allows at most ${settings.maxParameters.toLocaleString('en-US')}. Use fewer layers or hidden units.`,
    );
  }
}
