/**
 * The scoring pool: piscina worker threads (one per core, at least 1) running server/scoring/worker.ts.
 * Each job has a time limit; a job past it is aborted (its worker is replaced) and the submission fails
 * with a message saying so. Jobs run in arrival order.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ScoreJob, ScoreOutcome } from './job';

export const SCORE_TIME_LIMIT_MS = 60_000;

export class ScoringPool {
  private readonly pool: Piscina<ScoreJob, ScoreOutcome>;
  private pending = 0;

  /**
   * One thread per core but one: the event loop keeps a core of its own, so a burst of scorings does
   * not slow what 2,000 students see (the load test on 2 cores: scoring on both cores delayed
   * leaderboard broadcasts by hundreds of ms).
   */
  constructor(threads = Math.max(1, availableParallelism() - 1)) {
    this.pool = new Piscina({
      filename: fileURLToPath(new URL('./worker.ts', import.meta.url)),
      minThreads: 1,
      maxThreads: threads,
      // Workers load TypeScript through tsx, as the main thread does.
      execArgv: ['--import', 'tsx'],
      idleTimeout: 60_000,
    });
  }

  /** Jobs waiting or running. */
  get size(): number {
    return this.pending;
  }

  async score(job: ScoreJob, timeLimitMs = SCORE_TIME_LIMIT_MS): Promise<ScoreOutcome> {
    this.pending++;
    try {
      return await this.pool.run(job, { signal: AbortSignal.timeout(timeLimitMs) });
    } catch (err) {
      if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
        throw new Error(`Scoring took longer than ${timeLimitMs / 1000} s and was stopped: submit a smaller model.`);
      }
      throw err;
    } finally {
      this.pending--;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
