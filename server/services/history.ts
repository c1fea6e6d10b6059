/**
 * Past class sessions (issue 7): the owner's review, replay, share link, deletion; a shared link's
 * read-only view; a student's own history from the participant tokens their browser kept; model
 * downloads. Every method that returns data takes the caller's proof (an owned session, a share token,
 * participant tokens), so the access rules live here, in one place: each method's comment states its
 * rule, and server/http/routes/history.test.ts tries each with the wrong people.
 */
import type { Db } from '../../db/client';
import { listChallenges, type ChallengeRow } from '../../db/queries/challenges';
import { findClassSessionById } from '../../db/queries/class-sessions';
import * as q from '../../db/queries/history';
import type { LeaderboardEntry } from '../../lib/protocol/challenge';
import { UserError } from '../../lib/protocol/errors';
import type { HistoryChallenge, MyHistory, Replay, SessionReview, SharedView, StudentTimeline } from '../../lib/protocol/history';
import { hashToken, newToken } from '../auth/tokens';
import type { Instructor } from './accounts';
import type { Challenges } from './challenges';
import type { Datasets } from './datasets';
import { ablationPoints, finalBoards, replaySteps, showsPrivate, timelineRow } from './history-boards';
import type { ChallengeFacts } from './history-export';
import { quizResults } from './history-quiz';
import type { ClassSessionRow } from './rooms';

const notFound = () => new UserError('not-found', 'No such class session among yours.');

export class History {
  constructor(
    private readonly db: Db,
    private readonly challenges: Challenges,
    private readonly datasets: Pick<Datasets, 'nameOf'>,
    private readonly now: () => number = Date.now,
  ) {}

  list(instructor: Instructor) {
    return q.listSessionsWithCounts(this.db, instructor.id);
  }

  /**
   * The session if `instructor` owns it. Another instructor's session answers exactly like one that
   * does not exist (404), so session ids cannot be probed.
   */
  owned(instructor: Instructor, sessionId: string): ClassSessionRow {
    const row = findClassSessionById(this.db, sessionId);
    if (!row || row.instructorId !== instructor.id) throw notFound();
    return row;
  }

  /** Metric and dataset of a challenge (the task instance is cached by the challenge service). */
  facts(row: ChallengeRow): ChallengeFacts & { chanceScore: number } {
    const instance = this.challenges.instanceOf(row);
    const { name, higherIsBetter, unit } = instance.metric;
    return { metric: name, higherIsBetter, unit, datasetName: row.datasetId ? this.datasets.nameOf(row.datasetId) : null, chanceScore: instance.chanceScore };
  }

  private challengeView(row: ChallengeRow, viewer: 'owner' | 'others') {
    const f = this.facts(row);
    const rows = q.challengeSubmissions(this.db, row.id);
    const boards = finalBoards(rows, f.higherIsBetter, showsPrivate(row, viewer));
    const challenge: HistoryChallenge = {
      id: row.id,
      taskId: row.taskId as HistoryChallenge['taskId'],
      level: row.level,
      datasetName: f.datasetName,
      status: row.status,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      revealedAt: row.revealedAt,
      metric: { name: f.metric, higherIsBetter: f.higherIsBetter, unit: f.unit as HistoryChallenge['metric']['unit'] },
      chanceScore: f.chanceScore,
      ...boards,
    };
    return { challenge, rows, counted: new Set(boards.publicBoard.map((e) => e.submissionId)) };
  }

  /** Owner only (pass a session from `owned`): boards, ablation, every student's timeline, quiz results. */
  review(session: ClassSessionRow): SessionReview {
    const views = listChallenges(this.db, session.id).map((row) => ({ row, ...this.challengeView(row, 'owner') }));
    const students: StudentTimeline[] = q.listAllParticipants(this.db, session.id).map((p) => ({
      participantId: p.id,
      nickname: p.nickname,
      joinedAt: p.joinedAt,
      removedAt: p.removedAt,
      submissions: views.flatMap((v) => v.rows.filter((s) => s.participantId === p.id).map((s) => timelineRow(s, showsPrivate(v.row, 'owner'), v.counted))),
    }));
    const share = q.findShare(this.db, session.id);
    return {
      session: head(session),
      share: share ? { createdAt: share.createdAt } : null,
      challenges: views.map((v) => ({ ...v.challenge, ablation: ablationPoints(v.rows) })),
      students,
      quiz: quizResults(this.db, session.id),
    };
  }

  /** Owner only: the public board after every scoring event of one challenge of the session. */
  replay(session: ClassSessionRow, challengeId: string): Replay {
    const row = listChallenges(this.db, session.id).find((c) => c.id === challengeId);
    if (!row) throw new UserError('not-found', 'There is no such challenge in this class session.');
    return { challengeId, steps: replaySteps(q.challengeSubmissions(this.db, row.id), this.facts(row).higherIsBetter) };
  }

  /** Owner only: turns the read-only link on, or replaces it. The token is returned once and stored hashed. */
  share(session: ClassSessionRow): { token: string; createdAt: number } {
    const token = newToken();
    const createdAt = this.now();
    q.upsertShare(this.db, { sessionId: session.id, tokenHash: hashToken(token), createdAt });
    return { token, createdAt };
  }

  unshare(session: ClassSessionRow): void {
    q.deleteShare(this.db, session.id);
  }

  /**
   * What a read-only link grants anyone who holds it: the session's name and dates and each
   * challenge's public board (the private board once revealed) — what the projector showed. Nothing
   * else: no timelines, claimed scores, ablation, replay, quiz answers, exports or model files.
   * A participant token of this same session (not removed) adds `mine`: that student's own
   * submissions. Any other participant token is ignored, as if none was sent.
   */
  sharedView(shareToken: string, participantToken: string | null): SharedView {
    const share = q.findShareByTokenHash(this.db, hashToken(shareToken));
    const session = share && findClassSessionById(this.db, share.sessionId);
    if (!session) throw new UserError('not-found', 'This link does not show anything (it was turned off, replaced, or never existed).');
    const views = listChallenges(this.db, session.id).map((row) => ({ row, ...this.challengeView(row, 'others') }));
    let mine: StudentTimeline | null = null;
    const me = participantToken ? q.findParticipantsByTokenHashes(this.db, [hashToken(participantToken)])[0] : undefined;
    if (me && me.sessionId === session.id && me.removedAt === null) {
      mine = {
        participantId: me.id,
        nickname: me.nickname,
        joinedAt: me.joinedAt,
        removedAt: null,
        submissions: views.flatMap((v) => v.rows.filter((s) => s.participantId === me.id).map((s) => timelineRow(s, showsPrivate(v.row, 'others'), v.counted))),
      };
    }
    // The session id is the owner's handle (review, exports): the link does not hand it out.
    const { id: _id, ...shown } = head(session);
    return { session: shown, challenges: views.map((v) => v.challenge), mine };
  }

  /**
   * A student's own past sessions: for each kept token of a participant who was not removed, that
   * session and, per challenge, their own submissions, rank and best submission; of others only the
   * number of ranked students. Unknown tokens and removed participants are left out silently.
   */
  mine(tokens: readonly string[]): MyHistory {
    const people = q.findParticipantsByTokenHashes(this.db, [...new Set(tokens)].map(hashToken)).filter((p) => p.removedAt === null);
    const sessions = people
      .map((p) => ({ p, session: findClassSessionById(this.db, p.sessionId)! }))
      .sort((a, b) => b.session.createdAt - a.session.createdAt)
      .map(({ p, session }) => {
        const { id: _id, ...rest } = head(session);
        const challenges = listChallenges(this.db, session.id).map((row) => {
          const { challenge, rows, counted } = this.challengeView(row, 'others');
          const mineEntry: LeaderboardEntry | undefined = challenge.publicBoard.find((e) => e.participantId === p.id);
          return {
            id: row.id,
            taskId: challenge.taskId,
            level: row.level,
            datasetName: challenge.datasetName,
            status: row.status,
            startedAt: row.startedAt,
            revealedAt: row.revealedAt,
            metric: challenge.metric,
            students: challenge.publicBoard.filter((e) => e.rank !== null).length,
            rank: mineEntry?.rank ?? null,
            privateRank: mineEntry?.privateRank ?? null,
            bestSubmissionId: mineEntry?.submissionId ?? null,
            submissions: rows.filter((s) => s.participantId === p.id).map((s) => timelineRow(s, showsPrivate(row, 'others'), counted)),
          };
        });
        return { ...rest, participantId: p.id, nickname: p.nickname, challenges };
      });
    return { sessions };
  }

  /**
   * Owner only, and only once the session has ended (a live room still has students in it); the join
   * code typed again confirms. One transaction: the foreign keys cascade to everything in the session.
   */
  remove(session: ClassSessionRow, confirm: string): void {
    if (session.endedAt === null) throw new UserError('session-live', `End class session ${session.code} before deleting it.`, { code: session.code });
    if (confirm.trim().toUpperCase() !== session.code) throw new UserError('invalid-payload', `Type the join code ${session.code} to confirm the deletion.`);
    this.db.transaction((tx) => {
      q.deleteClassSession(tx, session.id);
    });
  }

  /**
   * A submitted model file. The owner may download any submission of their sessions (baselines too);
   * a student (participant token, not removed) only their own. Anything else answers 404, as if the
   * submission did not exist.
   */
  model(submissionId: string, who: { instructor: Instructor | null; participantToken: string | null }) {
    const sub = q.findSubmissionForDownload(this.db, submissionId);
    let allowed = false;
    if (sub && who.participantToken !== null) {
      const me = q.findParticipantsByTokenHashes(this.db, [hashToken(who.participantToken)])[0];
      allowed = !!me && me.removedAt === null && sub.participantId === me.id;
    } else if (sub && who.instructor) allowed = sub.instructorId === who.instructor.id;
    if (!sub || !allowed) throw new UserError('not-found', 'No such model file among those you may download.');
    const author = sub.isBaseline ? (sub.label ?? 'baseline') : (sub.nickname ?? 'student');
    return { bytes: sub.model, fileName: `${author}-${sub.taskId}-${sub.level}-${sub.cell}-${sub.layers}x${sub.hidden}.unrl` };
  }
}

function head(row: ClassSessionRow) {
  return { id: row.id, code: row.code, name: row.name, createdAt: row.createdAt, endedAt: row.endedAt };
}
