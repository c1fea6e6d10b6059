/**
 * Sends challenge leaderboards as a class of any size can take them (server/services/board-feed.ts):
 * - hosts and projectors: the whole board after every change, at once;
 * - students: the top rows (`studentBoard`), at once when they changed; a change of the ranked count
 *   alone waits for the next flush;
 * - each student their own row (`challenge:my-row`), when it changed: at once for the student whose
 *   submission was just scored, and for everyone else at the next flush, at most a second later (a
 *   scoring can move the rank of every student below it: that many personal messages, in slices).
 * The reveal and the end flush at once.
 */
import type { AppContext } from '../app-context';
import type { Leaderboard } from '../../lib/protocol/challenge';
import { RowFeed, rowOf, studentBoard } from '../services/board-feed';
import type { ChallengeRow } from '../services/challenges';
import { channel } from './context';
import { inSlices } from './fanout';

/** Longest wait before students hear that their rank moved, or how many are ranked. */
export const ROW_FLUSH_MS = 1000;

interface FeedState {
  /** The student board last broadcast (its rows), and its ranked count. */
  topKey: string;
  total: number;
  timer: NodeJS.Timeout | null;
}

export class LeaderboardFeed {
  readonly rows = new RowFeed();
  private readonly states = new Map<string, FeedState>();

  constructor(private readonly ctx: AppContext) {}

  /**
   * Announces a new `board` of `row`. `scoredFor`: the student whose submission changed it (their row
   * goes at once); `now`: flush everyone at once (reveal, end, launch).
   */
  publish(row: ChallengeRow, board: Leaderboard, opts: { scoredFor?: string | null; now?: boolean } = {}): void {
    const { io } = this.ctx;
    io.to(channel.hosts(row.sessionId)).emit('challenge:leaderboard', board);
    const state = this.stateOf(row.id);
    this.sendTop(row, board, state, false);
    if (opts.scoredFor) {
      const entry = rowOf(board, opts.scoredFor);
      this.rows.note(row.id, opts.scoredFor, entry);
      io.to(channel.participant(opts.scoredFor)).emit('challenge:my-row', { challengeId: row.id, scored: board.scored, entry });
    }
    if (opts.now) return this.flush(row.id);
    if (!state.timer) {
      state.timer = setTimeout(() => this.flush(row.id), ROW_FLUSH_MS);
      state.timer.unref();
    }
  }

  /** A student's copy of the current board and their own row, for a state reply (noted as sent). */
  forStudent(row: ChallengeRow, board: Leaderboard, participantId: string) {
    const entry = rowOf(board, participantId);
    this.rows.note(row.id, participantId, entry);
    return { leaderboard: studentBoard(board), myRow: entry };
  }

  close(): void {
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    this.states.clear();
  }

  private flush(challengeId: string): void {
    const state = this.stateOf(challengeId);
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    if (!this.ctx.db.$client.open) return; // the server closed meanwhile
    const row = this.ctx.challenges.byId(challengeId);
    if (!row) return;
    const board = this.ctx.challenges.leaderboard(row);
    this.sendTop(row, board, state, true);
    const { io } = this.ctx;
    inSlices(this.rows.changed(board), (entry) =>
      io.to(channel.participant(entry.participantId!)).emit('challenge:my-row', { challengeId, scored: board.scored, entry }),
    );
  }

  /** Broadcasts the students' board if its rows changed (or, when `withTotal`, only its ranked count). */
  private sendTop(row: ChallengeRow, board: Leaderboard, state: FeedState, withTotal: boolean): void {
    const top = studentBoard(board);
    const key = JSON.stringify([top.revealed, top.entries]);
    if (key === state.topKey && (!withTotal || top.total === state.total)) return;
    state.topKey = key;
    state.total = top.total;
    // One emit, encoded once: sending it in slices (tried) kept the event loop freer under heavy load but
    // made the top rows reach the last students 0.7–0.9 s later, behind the personal fan-outs.
    this.ctx.io.to(channel.room(row.sessionId)).except(channel.hosts(row.sessionId)).emit('challenge:leaderboard', top);
  }

  private stateOf(challengeId: string): FeedState {
    let state = this.states.get(challengeId);
    if (!state) this.states.set(challengeId, (state = { topKey: '', total: -1, timer: null }));
    return state;
  }
}

const feeds = new WeakMap<AppContext, LeaderboardFeed>();

/** The feed of a server (tests run several servers in one process). */
export function leaderboardFeed(ctx: AppContext): LeaderboardFeed {
  let feed = feeds.get(ctx);
  if (!feed) feeds.set(ctx, (feed = new LeaderboardFeed(ctx)));
  return feed;
}
