/** Quiz round events: hosts start and drive rounds; students answer for themselves; everyone reads state. */
import type { AppContext } from '../app-context';
import type { QuizEvents } from '../services/quiz-rounds';
import { studentStandings } from '../services/quiz-standings';
import { hostRoom as hostRoomOf, studentRoom as studentRoomOf } from '../socket/access';
import { channel, type AppSocket } from '../socket/context';
import { toEachStudent } from '../socket/fanout';
import { handle } from '../socket/register';

/**
 * Socket.io side of the round service's announcements. Standings: hosts and projectors get every row;
 * each student gets the top rows and their own (`studentStandings`), sent a few hundred students per
 * turn of the event loop.
 */
export function quizEvents(ctx: AppContext): QuizEvents {
  const room = (sessionId: string) => ctx.io.to(channel.room(sessionId));
  const hosts = (sessionId: string) => ctx.io.to(channel.hosts(sessionId));
  return {
    question: (sessionId, round) => room(sessionId).emit('quiz:question', { round }),
    answered: (sessionId, counts) => hosts(sessionId).emit('quiz:answered', counts),
    revealed: (sessionId, round, reveal, standings) => {
      room(sessionId).emit('quiz:reveal', { round, reveal });
      hosts(sessionId).emit('quiz:standings', standings);
      toEachStudent(ctx, sessionId, (participantId, to) => to.emit('quiz:standings', studentStandings(standings, participantId)));
    },
    ended: (sessionId, round, standings) => {
      hosts(sessionId).emit('quiz:ended', { round, standings });
      toEachStudent(ctx, sessionId, (participantId, to) => to.emit('quiz:ended', { round, standings: studentStandings(standings, participantId) }));
    },
    updated: (sessionId, round) => room(sessionId).emit('quiz:updated', { round }),
  };
}

/** Wires the round service to socket.io and presence, and re-arms timers of rounds left open by a restart. */
export function startQuiz(ctx: AppContext): void {
  const rounds = ctx.quiz.rounds;
  rounds.events = quizEvents(ctx);
  // Removed students are disconnected by the server, so presence holds only students still in the room.
  rounds.connectedOf = (sessionId) => ctx.rooms.presence.connectedIn(sessionId);
  rounds.resume();
}

export function registerQuizHandlers(ctx: AppContext, socket: AppSocket): void {
  const rounds = ctx.quiz.rounds;
  const hostRoom = (code: string) => hostRoomOf(ctx, socket, code);
  const studentRoom = (code: string) => studentRoomOf(ctx, socket, code);

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
      standings: isStudent ? studentStandings(rounds.standings(row), student.participantId) : rounds.standings(row),
      mine: isStudent ? rounds.mine(row, student.participantId) : null,
    };
  });

  // A student who leaves may be the last one the open question was waiting for.
  socket.on('disconnect', () => {
    const student = socket.data.student;
    if (student) rounds.checkEarlyClose(student.sessionId);
  });
}
