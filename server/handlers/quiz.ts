/** Quiz round events: hosts start and drive rounds; students answer for themselves; everyone reads state. */
import { UserError } from '../../lib/protocol/errors';
import type { AppContext } from '../app-context';
import type { QuizEvents } from '../services/quiz-rounds';
import { channel, type AppSocket } from '../socket/context';
import { handle } from '../socket/register';

/** Socket.io side of the round service's announcements. */
export function quizEvents(ctx: AppContext): QuizEvents {
  const room = (sessionId: string) => ctx.io.to(channel.room(sessionId));
  return {
    question: (sessionId, round) => room(sessionId).emit('quiz:question', { round }),
    answered: (sessionId, counts) => ctx.io.to(channel.hosts(sessionId)).emit('quiz:answered', counts),
    revealed: (sessionId, round, reveal, standings) => {
      room(sessionId).emit('quiz:reveal', { round, reveal });
      room(sessionId).emit('quiz:standings', standings);
    },
    ended: (sessionId, round, standings) => room(sessionId).emit('quiz:ended', { round, standings }),
    updated: (sessionId, round) => room(sessionId).emit('quiz:updated', { round }),
  };
}

/** Wires the round service to socket.io and presence, and re-arms timers of rounds left open by a restart. */
export function startQuiz(ctx: AppContext): void {
  const rounds = ctx.quiz.rounds;
  rounds.events = quizEvents(ctx);
  rounds.connectedOf = (sessionId) => {
    const room = ctx.rooms.byId(sessionId);
    return room ? ctx.rooms.roster(room).participants.filter((p) => p.connected).map((p) => p.id) : [];
  };
  rounds.resume();
}

export function registerQuizHandlers(ctx: AppContext, socket: AppSocket): void {
  const rounds = ctx.quiz.rounds;
  const hostRoom = (code: string) => {
    const instructor = socket.data.instructor;
    if (!instructor) throw new UserError('not-signed-in', 'Only the instructor can do this: sign in at /host.');
    return { room: ctx.rooms.getOwned(code, instructor), instructor };
  };
  /** The room this student socket belongs to, if it is `code`; the participant must still be in it. */
  const studentRoom = (code: string) => {
    const student = socket.data.student;
    if (!student || student.code !== code) throw new UserError('forbidden', `Join class session ${code} first.`, { code });
    const room = ctx.rooms.get(code);
    ctx.rooms.assertActive(room, student.participantId);
    return { room, participantId: student.participantId };
  };

  handle(socket, 'quiz:start', ({ code, ...settings }) => {
    const { room, instructor } = hostRoom(code);
    return { round: rounds.view(rounds.start(room, instructor.id, settings)) };
  });

  handle(socket, 'quiz:close', ({ code, roundId, index }) => {
    const { room } = hostRoom(code);
    return { round: rounds.view(rounds.close(room, roundId, index)) };
  });

  handle(socket, 'quiz:next', ({ code, roundId, index }) => {
    const { room } = hostRoom(code);
    return { round: rounds.view(rounds.next(room, roundId, index)) };
  });

  handle(socket, 'quiz:end', ({ code, roundId }) => {
    const { room } = hostRoom(code);
    return { round: rounds.view(rounds.end(room, roundId)) };
  });

  handle(socket, 'quiz:dismiss', ({ code, roundId }) => {
    const { room } = hostRoom(code);
    return { round: rounds.view(rounds.dismiss(room, roundId)) };
  });

  handle(socket, 'quiz:answer', ({ code, roundId, index, answer }) => {
    const { room, participantId } = studentRoom(code);
    const { elapsedMs } = rounds.answer(room, participantId, roundId, index, answer);
    return { accepted: true as const, elapsedMs };
  });

  handle(socket, 'quiz:state', ({ code }) => {
    const student = socket.data.student;
    const isStudent = !!student && student.code === code;
    const room = isStudent ? studentRoom(code).room : hostRoom(code).room;
    const row = rounds.latest(room);
    if (!row) return { round: null, reveal: null, standings: null, mine: null };
    return {
      round: rounds.view(row),
      reveal: rounds.reveal(row),
      standings: rounds.standings(row),
      mine: isStudent ? rounds.mine(row, student.participantId) : null,
    };
  });

  // A student who leaves may be the last one the open question was waiting for.
  socket.on('disconnect', () => {
    const student = socket.data.student;
    if (student) rounds.checkEarlyClose(student.sessionId);
  });
}
