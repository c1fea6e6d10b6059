/**
 * The learning-curve race and class insights: students' progress kept in memory (it is ephemeral by
 * nature: a restart loses at most a few seconds of curve), throttled to one point per second per
 * student, handed to hosts in batches.
 */
import type { Insights, RacePoint } from '../../lib/protocol/challenge';

const MIN_INTERVAL_MS = 900;
const TRAINING_WINDOW_MS = 30_000;

interface Latest {
  at: number;
  cell: string;
  hidden: number;
}

export class Race {
  private readonly latest = new Map<string, Map<string, Latest>>();
  private readonly pending = new Map<string, RacePoint[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a point unless this student sent one less than a second ago. Returns whether it was kept. */
  add(challengeId: string, point: Omit<RacePoint, 'at'>, model: { cell: string; hidden: number }): boolean {
    const now = this.now();
    let perStudent = this.latest.get(challengeId);
    if (!perStudent) this.latest.set(challengeId, (perStudent = new Map()));
    const last = perStudent.get(point.participantId);
    if (last && now - last.at < MIN_INTERVAL_MS) return false;
    perStudent.set(point.participantId, { at: now, ...model });
    const list = this.pending.get(challengeId) ?? [];
    list.push({ ...point, at: now });
    this.pending.set(challengeId, list);
    return true;
  }

  /** Points gathered since the last call, per challenge. */
  drain(): Map<string, RacePoint[]> {
    const out = new Map(this.pending);
    this.pending.clear();
    return out;
  }

  training(challengeId: string): number {
    const now = this.now();
    let n = 0;
    for (const l of this.latest.get(challengeId)?.values() ?? []) if (now - l.at < TRAINING_WINDOW_MS) n++;
    return n;
  }

  forget(challengeId: string): void {
    this.latest.delete(challengeId);
    this.pending.delete(challengeId);
  }
}

/** Class insights from every scored submission (pure). */
export function buildInsights(
  challengeId: string,
  scored: readonly { participantId: string | null; cell: string; hidden: number; layers: number; parameters: number; publicScore: number | null }[],
  counts: { training: number; students: number; submitted: number },
): Insights {
  const points = scored
    .filter((s) => s.publicScore !== null && s.participantId !== null)
    .map((s) => ({ cell: s.cell as 'rnn' | 'lstm' | 'gru', hidden: s.hidden, layers: s.layers, parameters: s.parameters, score: s.publicScore! }));
  const averageByCell = (['rnn', 'lstm', 'gru'] as const)
    .map((cell) => {
      const xs = points.filter((p) => p.cell === cell).map((p) => p.score);
      return { cell, count: xs.length, average: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0 };
    })
    .filter((a) => a.count > 0);
  return { challengeId, ...counts, points, averageByCell };
}
