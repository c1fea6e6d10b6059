/**
 * Live challenges: launch, pause/resume/extend/end/reveal, submissions (validated, stored, queued,
 * scored by the pool), leaderboards, a student's standing. The database is the truth: a restart
 * re-reads running challenges (re-arming their end timers) and re-queues unscored submissions.
 * Nothing is announced before it is stored.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import * as q from '../../db/queries/challenges';
import { appendSessionEvent, participantCounts } from '../../db/queries/class-sessions';
import { ModelFormatError, deserializeModel } from '../../lib/ml/model-format';
import { parameterCount } from '../../lib/ml/config';
import type { ChallengeSettings, ChallengeView, Leaderboard, MyStanding } from '../../lib/protocol/challenge';
import { challengeSettingsSchema, MAX_MODEL_BYTES } from '../../lib/protocol/challenge';
import { UserError } from '../../lib/protocol/errors';
import { TASKS } from '../../lib/tasks/info';
import { getTaskInstance, IMPORTED_LEVEL, withoutHiddenPart, type ParsedDataset, type TaskInstance } from '../../lib/tasks/index';
import { builtInCorpus } from './builtin-corpus';
import type { ScoringPool } from '../scoring/pool';
import { assertMaySubmit, assertModelAllowed, cooldownUntil, remainingMs } from './challenge-rules';
import type { Datasets } from './datasets';
import { buildLeaderboard, type ScoredSubmission } from './leaderboard';
import type { ClassSessionRow } from './rooms';

export type ChallengeRow = q.ChallengeRow;

/** With the planted fault: how long after its ack a submission is stored (a write-behind buffer). */
export const PLANTED_STORE_DELAY_MS = 1000;

/** Who hears about what; implemented over socket.io by server/handlers/challenge.ts. */
export interface ChallengeEvents {
  updated(sessionId: string, view: ChallengeView): void;
  /** A submission's result is stored (and, when scored, the leaderboard changed). */
  scored(challenge: ChallengeRow, submission: q.SubmissionSummary): void;
}

export class Challenges {
  private readonly instances = new Map<string, TaskInstance>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * The latest leaderboard of each challenge, with what it was built from (scored submissions, removed
   * students, reveal): rebuilt only when one of those changed, so hundreds of students asking for the
   * state after a restart share one build.
   */
  private readonly boards = new Map<string, { key: string; board: Leaderboard }>();
  events: ChallengeEvents | null = null;
  /**
   * Test only, from the validated env (UNROLLED_FAULT) at start; null in production. 'ack-before-store'
   * answers a submission before storing it, so the crash suite (proof/crash.ts) can show it catches a lost ack.
   */
  plantedFault: 'ack-before-store' | null = null;

  constructor(
    private readonly db: Db,
    private readonly datasets: Datasets,
    private readonly pool: ScoringPool,
    private readonly dataDir: string,
    private readonly now: () => number = Date.now,
  ) {}

  settingsOf(row: ChallengeRow): ChallengeSettings {
    return challengeSettingsSchema.parse(row.settings);
  }

  /** The task instance of a challenge (server copy: its hidden split may be drawn). Cached. */
  instanceOf(row: Pick<ChallengeRow, 'id' | 'taskId' | 'level' | 'datasetId'>): TaskInstance {
    let instance = this.instances.get(row.id);
    if (!instance) {
      instance = row.datasetId
        ? getTaskInstance(row.taskId as TaskInstance['taskId'], undefined, { dataset: this.datasets.parsed(row.datasetId) })
        : getTaskInstance(row.taskId as TaskInstance['taskId'], row.level);
      this.instances.set(row.id, instance);
    }
    return instance;
  }

  latest(room: ClassSessionRow): ChallengeRow | undefined {
    return q.latestChallenge(this.db, room.id);
  }

  get(room: ClassSessionRow, challengeId: string): ChallengeRow {
    const row = q.findChallenge(this.db, challengeId);
    if (!row || row.sessionId !== room.id) throw new UserError('no-challenge', 'There is no such challenge in this class session.');
    return row;
  }

  launch(room: ClassSessionRow, settings: ChallengeSettings, instructorId: string): ChallengeRow {
    if (room.endedAt !== null) throw new UserError('room-ended', `Class session ${room.code} has ended.`, { code: room.code });
    const current = this.latest(room);
    if (current && current.status !== 'ended') throw new UserError('challenge-running', 'A challenge is already running: end it before launching another.');
    let level = settings.level;
    if (settings.datasetId) {
      const dataset = this.datasets.visible(settings.datasetId, instructorId);
      if (dataset.taskId !== settings.taskId) throw new UserError('invalid-payload', `The dataset "${dataset.name}" is for ${dataset.taskId}, not ${settings.taskId}.`);
      level = IMPORTED_LEVEL;
    } else if (!TASKS[settings.taskId].levels.includes(level)) {
      throw new UserError('invalid-payload', `Unknown level "${level}" for ${settings.taskId}; levels: ${TASKS[settings.taskId].levels.join(', ')}.`);
    }
    const now = this.now();
    const row: ChallengeRow = {
      id: randomUUID(),
      sessionId: room.id,
      taskId: settings.taskId,
      level,
      datasetId: settings.datasetId,
      settings: { ...settings, level },
      secret: randomBytes(24).toString('base64url'),
      status: 'running',
      startedAt: now,
      endsAt: now + settings.timeLimitMinutes * 60_000,
      remainingMs: null,
      endedAt: null,
      revealedAt: null,
    };
    this.instanceOf(row); // builds the task now, so a bad dataset fails the launch, not the first submission
    this.db.transaction((tx) => {
      q.insertChallenge(tx, row);
      appendSessionEvent(tx, { sessionId: room.id, at: now, type: 'challenge-launched', data: { challengeId: row.id, taskId: row.taskId, level } });
    });
    this.armTimer(row);
    return row;
  }

  control(room: ClassSessionRow, challengeId: string, action: 'pause' | 'resume' | 'extend' | 'end' | 'reveal', minutes = 5): ChallengeRow {
    const row = this.get(room, challengeId);
    const now = this.now();
    let patch: Partial<ChallengeRow>;
    switch (action) {
      case 'pause':
        if (row.status !== 'running') throw new UserError('invalid-payload', 'Only a running challenge can be paused.');
        patch = { status: 'paused', remainingMs: Math.max(0, row.endsAt - now) };
        break;
      case 'resume':
        if (row.status !== 'paused') throw new UserError('invalid-payload', 'Only a paused challenge can be resumed.');
        patch = { status: 'running', endsAt: now + (row.remainingMs ?? 0), remainingMs: null };
        break;
      case 'extend':
        if (row.status === 'ended') throw new UserError('challenge-closed', 'The challenge has ended: launch a new one instead.');
        patch = row.status === 'paused' ? { remainingMs: (row.remainingMs ?? 0) + minutes * 60_000 } : { endsAt: Math.max(row.endsAt, now) + minutes * 60_000 };
        break;
      case 'end':
        if (row.status === 'ended') return row;
        patch = { status: 'ended', endedAt: now, endsAt: Math.min(row.endsAt, now), remainingMs: null };
        break;
      case 'reveal':
        if (row.status !== 'ended') throw new UserError('invalid-payload', 'End the challenge before revealing the private leaderboard.');
        if (row.revealedAt !== null) return row;
        patch = { revealedAt: now };
        break;
    }
    this.db.transaction((tx) => {
      q.updateChallenge(tx, row.id, patch);
      appendSessionEvent(tx, { sessionId: room.id, at: now, type: `challenge-${action}`, data: { challengeId: row.id, ...(action === 'extend' ? { minutes } : {}) } });
    });
    const updated = { ...row, ...patch };
    this.armTimer(updated);
    return updated;
  }

  /** Ends running challenges whose time is up, and re-arms timers (start-up, and each timer firing). */
  private armTimer(row: ChallengeRow): void {
    clearTimeout(this.timers.get(row.id));
    this.timers.delete(row.id);
    if (row.status !== 'running') return;
    const delay = Math.max(0, row.endsAt - this.now());
    // setTimeout's limit is ~24.8 days; challenges are hours at most.
    const timer = setTimeout(() => this.expire(row.id), delay + 50);
    timer.unref();
    this.timers.set(row.id, timer);
  }

  private expire(challengeId: string): void {
    const row = q.findChallenge(this.db, challengeId);
    if (!row || row.status !== 'running') return;
    if (row.endsAt > this.now()) return this.armTimer(row);
    const now = this.now();
    this.db.transaction((tx) => {
      q.updateChallenge(tx, row.id, { status: 'ended', endedAt: now });
      appendSessionEvent(tx, { sessionId: row.sessionId, at: now, type: 'challenge-timeout', data: { challengeId: row.id } });
    });
    this.events?.updated(row.sessionId, this.view({ ...row, status: 'ended', endedAt: now }));
  }

  view(row: ChallengeRow): ChallengeView {
    const instance = this.instanceOf(row);
    const now = this.now();
    const datasetName = row.datasetId ? this.datasets.nameOf(row.datasetId) : null;
    return {
      id: row.id,
      taskId: row.taskId as ChallengeView['taskId'],
      level: row.level,
      datasetId: row.datasetId,
      datasetName,
      settings: this.settingsOf(row),
      status: row.status,
      startedAt: row.startedAt,
      endsAt: row.status === 'paused' ? null : row.endsAt,
      remainingMs: remainingMs({ status: row.status, endsAt: row.endsAt, remainingMs: row.remainingMs }, now),
      endedAt: row.endedAt,
      revealedAt: row.revealedAt,
      metric: { ...instance.metric },
      chanceScore: instance.chanceScore,
      serverNow: now,
    };
  }

  leaderboard(row: ChallengeRow): Leaderboard {
    const scoredCount = q.countScored(this.db, row.id);
    const key = `${row.revealedAt}:${scoredCount}:${participantCounts(this.db, row.sessionId).removed}`;
    const cached = this.boards.get(row.id);
    if (cached?.key === key) return cached.board;
    const board = this.buildLeaderboard(row, scoredCount);
    this.boards.set(row.id, { key, board });
    return board;
  }

  private buildLeaderboard(row: ChallengeRow, scoredCount: number): Leaderboard {
    const revealed = row.revealedAt !== null;
    const scored: ScoredSubmission[] = q
      .listSubmissions(this.db, row.id)
      .filter((s) => s.status === 'scored' && s.publicScore !== null && s.removedAt === null)
      .map((s) => ({
        id: s.id,
        participantId: s.participantId,
        nickname: s.isBaseline ? (s.label ?? 'Baseline') : (s.nickname ?? '?'),
        isBaseline: s.isBaseline,
        cell: s.cell as ScoredSubmission['cell'],
        layers: s.layers,
        hidden: s.hidden,
        parameters: s.parameters,
        publicScore: s.publicScore!,
        privateScore: s.privateScore,
        createdAt: s.createdAt,
      }));
    const entries = buildLeaderboard(scored, this.instanceOf(row).metric.higherIsBetter, revealed);
    return { challengeId: row.id, revealed, total: entries.filter((e) => e.rank !== null).length, scored: scoredCount, entries };
  }

  standing(row: ChallengeRow, participantId: string): MyStanding {
    const settings = this.settingsOf(row);
    const mine = q.participantSubmissions(this.db, row.id, participantId);
    return {
      submissionsLeft: Math.max(0, settings.maxSubmissions - mine.length),
      cooldownUntil: cooldownUntil(settings, mine),
      submissions: mine.map((s) => ({
        id: s.id,
        status: s.status,
        publicScore: s.publicScore,
        privateScore: row.revealedAt !== null ? s.privateScore : null,
        claimedScore: s.claimedScore,
        error: s.error,
        cell: s.cell as 'rnn' | 'lstm' | 'gru',
        layers: s.layers,
        hidden: s.hidden,
        parameters: s.parameters,
        createdAt: s.createdAt,
      })),
    };
  }

  /**
   * Validates and stores a submission, then queues it for scoring. `participantId` null = the host's
   * baseline (no limits but the model's). Returns once the row is stored (the ack may be sent).
   */
  submit(row: ChallengeRow, participantId: string | null, model: Uint8Array, claimedScore: number | null, label?: string): { submissionId: string; queuePosition: number } {
    const settings = this.settingsOf(row);
    const now = this.now();
    if (participantId !== null) assertMaySubmit({ status: row.status, endsAt: row.endsAt, remainingMs: row.remainingMs }, settings, q.participantSubmissions(this.db, row.id, participantId), now);
    const instance = this.instanceOf(row);
    const datasetName = row.datasetId ? this.datasets.nameOf(row.datasetId) : null;
    let config;
    try {
      ({ config } = deserializeModel(
        model,
        { taskId: instance.taskId, ...(datasetName ? { dataset: datasetName } : { level: row.level }), shape: instance.shape },
        { maxBytes: MAX_MODEL_BYTES, maxParameters: settings.maxParameters },
      ));
    } catch (err) {
      if (err instanceof ModelFormatError) throw new UserError('model-rejected', err.message);
      throw err;
    }
    const parameters = parameterCount(config, instance.shape);
    assertModelAllowed(settings, { cell: config.cell, parameters, layers: config.layers, hidden: config.hidden });
    const submission: q.SubmissionRow = {
      id: randomUUID(),
      challengeId: row.id,
      participantId,
      isBaseline: participantId === null,
      label: participantId === null ? (label?.trim() || 'Baseline') : null,
      config: config as unknown as Record<string, unknown>,
      cell: config.cell,
      layers: config.layers,
      hidden: config.hidden,
      parameters,
      model: Buffer.from(model.buffer, model.byteOffset, model.byteLength),
      claimedScore,
      status: 'queued',
      publicScore: null,
      privateScore: null,
      extra: null,
      error: null,
      createdAt: now,
      scoredAt: null,
    };
    const store = () => {
      this.db.transaction((tx) => {
        q.insertSubmission(tx, submission);
        appendSessionEvent(tx, { sessionId: row.sessionId, at: now, type: 'submission', participantId, data: { challengeId: row.id, submissionId: submission.id } });
      });
      void this.scoreQueued(submission.id);
    };
    const queuePosition = this.pool.size + 1;
    if (this.plantedFault === 'ack-before-store') setTimeout(store, PLANTED_STORE_DELAY_MS);
    else store();
    return { submissionId: submission.id, queuePosition };
  }

  /** Scores a stored submission and records the result before anyone is told. */
  async scoreQueued(submissionId: string): Promise<void> {
    const sub = q.findSubmission(this.db, submissionId);
    if (!sub || sub.status !== 'queued') return;
    const row = q.findChallenge(this.db, sub.challengeId)!;
    const settings = this.settingsOf(row);
    let patch: Partial<q.SubmissionRow>;
    try {
      const result = await this.pool.score({
        challengeId: row.id,
        taskId: row.taskId as TaskInstance['taskId'],
        level: row.level,
        datasetId: row.datasetId,
        datasetName: row.datasetId ? this.datasets.nameOf(row.datasetId) : null,
        dataDir: this.dataDir,
        secret: row.secret,
        publicFraction: settings.publicFraction,
        maxParameters: Math.max(settings.maxParameters, sub.parameters),
        model: new Uint8Array(sub.model),
      });
      patch = { status: 'scored', publicScore: result.public, privateScore: result.private, scoredAt: this.now() };
    } catch (err) {
      patch = { status: 'failed', error: err instanceof Error ? err.message : String(err), scoredAt: this.now() };
    }
    q.updateSubmission(this.db, sub.id, patch);
    const { model: _m, config: _c, extra: _e, ...summary } = { ...sub, ...patch };
    this.events?.scored(row, summary);
  }

  /** After a restart: re-arm end timers, end what expired while down, re-queue unscored submissions. */
  resume(): void {
    for (const row of q.openChallenges(this.db)) {
      if (row.status === 'running') this.armTimer(row);
    }
    for (const { id } of q.queuedSubmissions(this.db)) void this.scoreQueued(id);
  }

  /**
   * The training data a browser needs for corpus and dataset challenges, without the hidden part;
   * null for generated tasks (the browser generates them itself).
   */
  trainData(row: ChallengeRow): ParsedDataset | null {
    if (row.datasetId) return withoutHiddenPart(this.datasets.parsed(row.datasetId));
    if (row.taskId === 'lm') return withoutHiddenPart(builtInCorpus(row.level));
    return null;
  }

  byId(challengeId: string): ChallengeRow | undefined {
    return q.findChallenge(this.db, challengeId);
  }

  /** For the class insights, from one read: every scored submission (the ablation) and how many students submitted anything. */
  submissionsForInsights(row: ChallengeRow) {
    const all = q.listSubmissions(this.db, row.id);
    const submitters = new Set(all.map((s) => s.participantId).filter((p) => p !== null)).size;
    return { scored: all.filter((s) => s.status === 'scored' && s.publicScore !== null), submitters };
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
