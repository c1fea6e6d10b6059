/**
 * Live class sessions ("rooms"): creation with a join code, students joining and coming back,
 * removal, ending. The database is the truth; presence (who is connected now) is derived from live
 * sockets and kept in `Presence`.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import * as q from '../../db/queries/class-sessions';
import { UserError } from '../../lib/protocol/errors';
import type { Participant } from '../../lib/protocol/events';
import { nicknameKey } from '../../lib/protocol/nickname';
import type { ClassSessionSummary } from '../../lib/protocol/rest';
import { hashToken, newJoinCode, newToken } from '../auth/tokens';
import type { Instructor } from './accounts';

export type ClassSessionRow = q.ClassSessionRow;
export type ParticipantRow = q.ParticipantRow;

/**
 * Who is connected, per class session: participant id → number of open sockets (a student may have
 * two tabs). Kept per session so that "who is here now" costs nothing to ask, whatever the class size.
 */
export class Presence {
  private readonly sessions = new Map<string, Map<string, number>>();
  private readonly sessionOf = new Map<string, string>();
  connect(sessionId: string, participantId: string): void {
    let here = this.sessions.get(sessionId);
    if (!here) this.sessions.set(sessionId, (here = new Map()));
    here.set(participantId, (here.get(participantId) ?? 0) + 1);
    this.sessionOf.set(participantId, sessionId);
  }
  disconnect(sessionId: string, participantId: string): void {
    const here = this.sessions.get(sessionId);
    if (!here) return;
    const n = (here.get(participantId) ?? 0) - 1;
    if (n > 0) return void here.set(participantId, n);
    here.delete(participantId);
    this.sessionOf.delete(participantId);
    if (here.size === 0) this.sessions.delete(sessionId);
  }
  isConnected(participantId: string): boolean {
    return this.sessionOf.has(participantId);
  }
  /** Participant ids with at least one open socket in the session. */
  connectedIn(sessionId: string): string[] {
    return [...(this.sessions.get(sessionId)?.keys() ?? [])];
  }
}

export class Rooms {
  readonly presence = new Presence();

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  create(instructor: Instructor, name: string): ClassSessionRow {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (q.codeExists(this.db, code)) continue;
      const row: ClassSessionRow = { id: randomUUID(), code, name, instructorId: instructor.id, createdAt: this.now(), endedAt: null };
      this.db.transaction((tx) => {
        q.insertClassSession(tx, row);
        q.appendSessionEvent(tx, { sessionId: row.id, at: row.createdAt, type: 'session-created', data: { name } });
      });
      return row;
    }
    throw new Error('Could not find a free join code after 20 tries.');
  }

  list(instructor: Instructor): ClassSessionSummary[] {
    return q.listClassSessions(this.db, instructor.id);
  }

  /** The room for a code, or a clear error naming the code. */
  get(code: string): ClassSessionRow {
    const row = q.findClassSessionByCode(this.db, code);
    if (!row) throw new UserError('unknown-room', `No class session with code ${code}.`, { code });
    return row;
  }

  /** The room for a code if `instructor` owns it; 'forbidden' when it is another instructor's. */
  getOwned(code: string, instructor: Instructor): ClassSessionRow {
    const row = this.get(code);
    if (row.instructorId !== instructor.id) throw new UserError('forbidden', `Class session ${code} belongs to another instructor.`, { code });
    return row;
  }

  private assertOpen(room: ClassSessionRow): void {
    if (room.endedAt !== null) throw new UserError('room-ended', `Class session ${room.code} has ended.`, { code: room.code });
  }

  /** A new participant; the returned token is shown once to the student's browser and stored hashed. */
  join(code: string, nickname: string): { room: ClassSessionRow; participant: ParticipantRow; token: string } {
    const room = this.get(code);
    this.assertOpen(room);
    const key = nicknameKey(nickname);
    if (q.nicknameTaken(this.db, room.id, key)) {
      throw new UserError('nickname-taken', `The nickname "${nickname}" is taken in this class session: pick another.`, { nickname });
    }
    const token = newToken();
    const participant: ParticipantRow = {
      id: randomUUID(),
      sessionId: room.id,
      nickname,
      nicknameKey: key,
      tokenHash: hashToken(token),
      joinedAt: this.now(),
      removedAt: null,
    };
    this.db.transaction((tx) => {
      q.insertParticipant(tx, participant);
      q.appendSessionEvent(tx, { sessionId: room.id, at: participant.joinedAt, type: 'participant-joined', participantId: participant.id, data: { nickname } });
    });
    return { room, participant, token };
  }

  /** The participant a kept token stands for, in this room. */
  rejoin(code: string, token: string): { room: ClassSessionRow; participant: ParticipantRow } {
    const room = this.get(code);
    const participant = q.findParticipantByToken(this.db, hashToken(token));
    if (!participant || participant.sessionId !== room.id) {
      throw new UserError('unknown-participant', `This browser has no place in class session ${code}: join again with a nickname.`, { code });
    }
    if (participant.removedAt !== null) {
      throw new UserError('participant-removed', 'The instructor removed you from this class session.', { code });
    }
    this.assertOpen(room);
    return { room, participant };
  }

  byId(sessionId: string): ClassSessionRow | undefined {
    return q.findClassSessionById(this.db, sessionId);
  }

  /** Throws unless the participant is in the room and not removed. */
  assertActive(room: ClassSessionRow, participantId: string): void {
    const p = q.findParticipant(this.db, room.id, participantId);
    if (!p || p.removedAt !== null) throw new UserError('participant-removed', 'The instructor removed you from this class session.', { code: room.code });
  }

  remove(room: ClassSessionRow, participantId: string): ParticipantRow {
    const participant = q.findParticipant(this.db, room.id, participantId);
    if (!participant) throw new UserError('not-found', 'No such participant in this class session.');
    if (participant.removedAt === null) {
      const at = this.now();
      this.db.transaction((tx) => {
        q.markParticipantRemoved(tx, participant.id, at);
        q.appendSessionEvent(tx, { sessionId: room.id, at, type: 'participant-removed', participantId: participant.id });
      });
    }
    return participant;
  }

  end(room: ClassSessionRow): number {
    if (room.endedAt !== null) return room.endedAt;
    const at = this.now();
    this.db.transaction((tx) => {
      q.endClassSession(tx, room.id, at);
      q.appendSessionEvent(tx, { sessionId: room.id, at, type: 'session-ended' });
    });
    return at;
  }

  /** How many students are in the room (not removed), without reading the roster. */
  activeCount(room: ClassSessionRow): number {
    const { joined, removed } = q.participantCounts(this.db, room.id);
    return joined - removed;
  }

  roster(room: ClassSessionRow): { code: string; participants: Participant[] } {
    return {
      code: room.code,
      participants: q.listActiveParticipants(this.db, room.id).map((p) => ({
        id: p.id,
        nickname: p.nickname,
        connected: this.presence.isConnected(p.id),
        joinedAt: p.joinedAt,
      })),
    };
  }
}
