/**
 * Is the room's state after a crash the state before it? Pure, so the rule is easy to read.
 *
 * `before` is the host's `challenge:state` taken just before the SIGKILL, `after` the one taken as soon
 * as the restarted server answers. Submissions keep flowing and queued ones are scored in between, so
 * a row may legitimately change — but only because of a submission scored at or after the moment
 * `before` was read (its `serverNow`; the leaderboard is read in the same tick). Everything scored
 * earlier must be exactly as it was: same best submission (or one at least as good scored later),
 * same score, no row gone, no row from an earlier score appearing out of nowhere, and each row's count
 * of scored submissions grown by exactly those scored between the two reads (times from the database).
 */
import type { Leaderboard, LeaderboardEntry } from '../../lib/protocol/challenge';
import type { ClientReply, Roster } from '../../lib/protocol/events';

export type ChallengeState = ClientReply<'challenge:state'>;

/**
 * The room's people before and after: the same participants (id, nickname, when they joined).
 * Who is connected is left out: right after a restart everyone is still reconnecting.
 */
export function compareRosters(before: Roster, after: Roster): string[] {
  const key = (r: Roster) => r.participants.map((p) => `${p.id} ${p.nickname} ${p.joinedAt}`).sort();
  const [b, a] = [key(before), key(after)];
  const gone = b.filter((x) => !a.includes(x));
  const added = a.filter((x) => !b.includes(x));
  return [...gone.map((x) => `participant ${x} left the roster`), ...added.map((x) => `participant ${x} appeared on the roster`)];
}

/** Whether score a is strictly better than b. */
const better = (a: number, b: number, higherIsBetter: boolean) => (higherIsBetter ? a > b : a < b);

/** A submission as the database holds it at the end of the run. */
export interface ScoredRow {
  participantId: string | null;
  status: string;
  /** ms epoch, null while queued. */
  scoredAt: number | null;
}

/** Problems found, in words (empty when the states agree). `stored`: every submission, by id. */
export function compareStates(before: ChallengeState, after: ChallengeState, stored: ReadonlyMap<string, ScoredRow>): string[] {
  const problems: string[] = [];
  const b = before.challenge;
  const a = after.challenge;
  if (!b || !a || !before.leaderboard || !after.leaderboard) return ['a challenge or leaderboard is missing'];
  if (a.id !== b.id) return [`the challenge changed from ${b.id} to ${a.id}`];
  for (const k of ['status', 'endsAt', 'revealedAt', 'startedAt'] as const) if (a[k] !== b[k]) problems.push(`challenge ${k} ${b[k]} became ${a[k]}`);
  if (JSON.stringify(a.settings) !== JSON.stringify(b.settings)) problems.push('challenge settings changed');

  const snapshotAt = b.serverNow;
  const scoredLater = (id: string) => (stored.get(id)?.scoredAt ?? -Infinity) >= snapshotAt;
  // Scored submissions per participant between the two reads: [strictly inside, including the edges]
  // (a submission scored in the very millisecond of a read may be on either side of it).
  const between = new Map<string, [number, number]>();
  for (const row of stored.values()) {
    if (row.status !== 'scored' || row.participantId === null || row.scoredAt === null) continue;
    if (row.scoredAt < snapshotAt || row.scoredAt > a.serverNow) continue;
    const n = between.get(row.participantId) ?? [0, 0];
    const edge = row.scoredAt === snapshotAt || row.scoredAt === a.serverNow;
    between.set(row.participantId, [n[0] + (edge ? 0 : 1), n[1] + 1]);
  }
  const byParticipant = (board: Leaderboard) => new Map(board.entries.filter((e) => e.participantId !== null).map((e) => [e.participantId!, e]));
  const was = byParticipant(before.leaderboard);
  const now = byParticipant(after.leaderboard);
  const higher = b.metric.higherIsBetter;
  const same = (x: LeaderboardEntry, y: LeaderboardEntry) =>
    x.score === y.score && x.privateScore === y.privateScore && x.nickname === y.nickname && x.cell === y.cell && x.hidden === y.hidden && x.parameters === y.parameters;

  for (const [pid, old] of was) {
    const row = now.get(pid);
    if (!row) {
      problems.push(`${old.nickname}'s row (submission ${old.submissionId}, score ${old.score}) vanished`);
      continue;
    }
    const [least, most] = (between.get(pid) ?? [0, 0]).map((n) => old.submissions + n) as [number, number];
    if (row.submissions < least || row.submissions > most) problems.push(`${old.nickname} had ${old.submissions} scored submissions before; expected ${least}–${most} after, found ${row.submissions}`);
    if (row.submissionId === old.submissionId) {
      if (!same(row, old)) problems.push(`${old.nickname}'s row for submission ${old.submissionId} changed: ${JSON.stringify(old)} → ${JSON.stringify(row)}`);
    } else if (!scoredLater(row.submissionId)) {
      problems.push(`${old.nickname}'s best changed from ${old.submissionId} to ${row.submissionId}, which was scored before the snapshot`);
    } else if (better(old.score, row.score, higher)) {
      problems.push(`${old.nickname}'s best got worse: ${old.score} → ${row.score}`);
    }
  }
  for (const [pid, row] of now) {
    if (was.has(pid)) continue;
    const [least, most] = between.get(pid) ?? [0, 0];
    if (!scoredLater(row.submissionId)) problems.push(`${row.nickname}'s row appeared with submission ${row.submissionId}, scored before the snapshot but not in it`);
    else if (row.submissions < least || row.submissions > most) problems.push(`${row.nickname}'s new row counts ${row.submissions} scored submissions; expected ${least}–${most}`);
  }
  return problems;
}
