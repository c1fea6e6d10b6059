/**
 * The suite's own view of the server's SQLite file, read-only and straight from disk: the truth an
 * acknowledgement promised, independent of anything the server says over the wire.
 */
import Database from 'better-sqlite3';
import path from 'node:path';

export interface StoredSubmission {
  id: string;
  participantId: string | null;
  status: 'queued' | 'scored' | 'failed';
  publicScore: number | null;
  scoredAt: number | null;
  error: string | null;
}

/** Every submission of the challenge, by id. Opens and closes the file each call (WAL: no lock held). */
export function readSubmissions(dataDir: string, challengeId: string): Map<string, StoredSubmission> {
  const db = new Database(path.join(dataDir, 'unrolled.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('select id, participant_id as participantId, status, public_score as publicScore, scored_at as scoredAt, error from submissions where challenge_id = ?')
      .all(challengeId) as StoredSubmission[];
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    db.close();
  }
}

export interface AckAudit {
  acked: number;
  /** Acknowledged but not in the database: the promise was broken. */
  lost: string[];
  /** Acknowledged and stored, but still queued after the drain: a stuck queue. */
  stuck: string[];
  /** Acknowledged and stored, scoring failed (with the first errors). */
  failed: string[];
  failedErrors: string[];
  scored: number;
  /** In the database without an ack reaching the client (the server died after storing): allowed. */
  storedWithoutAck: number;
}

export function auditAcks(stored: Map<string, StoredSubmission>, acked: Iterable<string>): AckAudit {
  const audit: AckAudit = { acked: 0, lost: [], stuck: [], failed: [], failedErrors: [], scored: 0, storedWithoutAck: 0 };
  const ackedSet = new Set(acked);
  for (const id of ackedSet) {
    audit.acked++;
    const row = stored.get(id);
    if (!row) audit.lost.push(id);
    else if (row.status === 'queued') audit.stuck.push(id);
    else if (row.status === 'failed') {
      audit.failed.push(id);
      if (audit.failedErrors.length < 3) audit.failedErrors.push(row.error ?? '?');
    } else audit.scored++;
  }
  for (const id of stored.keys()) if (!ackedSet.has(id)) audit.storedWithoutAck++;
  return audit;
}
