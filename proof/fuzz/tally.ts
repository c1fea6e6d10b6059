/** Figures of a fuzz run and the violations it found (the first few, each with what was sent). */
import { ERROR_CODES } from '../../lib/protocol/errors';

/** A "clear" error: a known code and a message a person can read (not empty, not a wall of text). */
export const MAX_MESSAGE_CHARS = 700;

export function clearError(error: unknown): string | null {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return 'the error is not an object';
  if (!(ERROR_CODES as readonly unknown[]).includes(e.code)) return `unknown error code ${JSON.stringify(e.code)}`;
  if (e.code === 'internal') return 'an internal error (a handler threw something unexpected)';
  if (typeof e.message !== 'string' || e.message.trim().length < 5) return 'no message';
  if (e.message.length > MAX_MESSAGE_CHARS) return `a message of ${e.message.length} characters`;
  return null;
}

export class Tally {
  sent = 0;
  readonly outcomes = new Map<string, number>();
  readonly errorCodes = new Map<string, number>();
  readonly perTarget = new Map<string, number>();
  /** Accepted requests, each checked to be valid and allowed; kept for the report. */
  readonly accepted: string[] = [];
  readonly violations: string[] = [];

  constructor(readonly name: string) {}

  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  outcome(kind: string): void {
    this.count(this.outcomes, kind);
  }

  violation(text: string): string {
    if (this.violations.length < 20) this.violations.push(text);
    return text;
  }

  summary(): string {
    const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    return [
      `${this.name}: ${this.sent} sent`,
      `  outcomes: ${fmt(this.outcomes)}`,
      `  error codes: ${fmt(this.errorCodes)}`,
      `  per target: ${fmt(this.perTarget)}`,
      `  accepted (each valid and allowed): ${this.accepted.length}${this.accepted.length ? ` — e.g. ${this.accepted.slice(0, 3).join(' | ')}` : ''}`,
      `  violations: ${this.violations.length}${this.violations.length ? `\n    ${this.violations.join('\n    ')}` : ''}`,
    ].join('\n');
  }
}
