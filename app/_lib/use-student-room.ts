'use client';
/**
 * A student's live connection to a room. On every (re)connection that socket.io could not recover —
 * first load, refresh, server restart — it rejoins with the kept token, so the student is the same
 * participant without typing anything. After each (re)join it asks for the challenge state (the
 * current challenge, its leaderboard, my standing) and keeps it current from the room's broadcasts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChallengeView, Leaderboard, MyStanding } from '@/lib/protocol/challenge';
import type { ProtocolError } from '@/lib/protocol/errors';
import type { ServerPayload } from '@/lib/protocol/events';
import type { MyRow } from '@/app/play/[code]/_challenge/leaderboard-rows';
import { forgetParticipant, loadParticipant } from './participant-store';
import { connectSocket, request, type ClientSocket } from './socket';

export type StudentRoomState =
  | { phase: 'connecting' }
  | { phase: 'no-token' }
  | { phase: 'joined'; participantId: string; nickname: string; roomName: string; connected: boolean }
  | { phase: 'removed' }
  | { phase: 'ended' }
  | { phase: 'error'; error: ProtocolError };

export type ScoredEvent = ServerPayload<'challenge:scored'>;

export interface StudentChallengeState {
  readonly challenge: ChallengeView | null;
  /** The top rows of the leaderboard (every student's copy is the same). */
  readonly leaderboard: Leaderboard | null;
  /** My own row, sent apart when it changes; `withMyRow` puts it under the top rows. */
  readonly myRow: MyRow | null;
  readonly mine: MyStanding | null;
  /** Server clock minus this browser's clock, ms (from the latest view), for countdowns. */
  readonly clockOffsetMs: number;
  /** The latest verified result of one of my submissions. */
  readonly lastScored: ScoredEvent | null;
  /** Why the state could not be loaded (shown small; the room still works). */
  readonly loadError: ProtocolError | null;
}

const NO_CHALLENGE: StudentChallengeState = { challenge: null, leaderboard: null, myRow: null, mine: null, clockOffsetMs: 0, lastScored: null, loadError: null };

export function useStudentRoom(code: string): {
  state: StudentRoomState;
  socket: ClientSocket | null;
  challenge: StudentChallengeState;
  /** After my own submit: the standing the ack carried. */
  setMine: (mine: MyStanding | null) => void;
} {
  const [state, setState] = useState<StudentRoomState>({ phase: 'connecting' });
  const [socket, setSocket] = useState<ClientSocket | null>(null);
  const [challenge, setChallenge] = useState<StudentChallengeState>(NO_CHALLENGE);
  const currentId = useRef<string | null>(null);

  useEffect(() => {
    const kept = loadParticipant(code);
    if (!kept) {
      setState({ phase: 'no-token' });
      return;
    }
    const socket = connectSocket();
    setSocket(socket);
    let finished = false;

    const loadChallenge = async () => {
      const reply = await request(socket, 'challenge:state', { code });
      if (!reply.ok) return setChallenge((c) => ({ ...c, loadError: reply.error }));
      const { challenge: view, leaderboard, myRow, mine } = reply.data;
      currentId.current = view?.id ?? null;
      setChallenge((c) => ({
        challenge: view,
        leaderboard,
        myRow: view ? { challengeId: view.id, scored: leaderboard?.scored ?? 0, entry: myRow } : null,
        mine,
        clockOffsetMs: view ? view.serverNow - Date.now() : c.clockOffsetMs,
        lastScored: c.lastScored?.challengeId === view?.id ? c.lastScored : null,
        loadError: null,
      }));
    };

    socket.on('connect', async () => {
      if (socket.recovered) {
        setState((s) => (s.phase === 'joined' ? { ...s, connected: true } : s));
        return;
      }
      const reply = await request(socket, 'room:rejoin', { code, token: kept.token });
      if (reply.ok) {
        setState({ phase: 'joined', participantId: reply.data.participantId, nickname: reply.data.nickname, roomName: reply.data.room.name, connected: true });
        void loadChallenge();
      } else if (reply.error.code === 'participant-removed' || reply.error.code === 'unknown-participant') {
        forgetParticipant(code);
        finished = true;
        setState(reply.error.code === 'participant-removed' ? { phase: 'removed' } : { phase: 'no-token' });
        socket.disconnect();
      } else if (reply.error.code === 'room-ended') {
        finished = true;
        setState({ phase: 'ended' });
        socket.disconnect();
      } else {
        setState({ phase: 'error', error: reply.error });
      }
    });
    socket.on('disconnect', () => {
      if (!finished) setState((s) => (s.phase === 'joined' ? { ...s, connected: false } : s));
    });
    socket.on('room:removed', () => {
      finished = true;
      forgetParticipant(code);
      setState({ phase: 'removed' });
    });
    socket.on('room:ended', () => {
      finished = true;
      setState({ phase: 'ended' });
    });
    socket.on('challenge:updated', (view) => {
      if (view.id !== currentId.current) {
        // A new challenge: its leaderboard and my standing start empty; ask for them.
        currentId.current = view.id;
        setChallenge({ ...NO_CHALLENGE, challenge: view, clockOffsetMs: view.serverNow - Date.now() });
        void loadChallenge();
        return;
      }
      setChallenge((c) => ({ ...c, challenge: view, clockOffsetMs: view.serverNow - Date.now() }));
    });
    socket.on('challenge:leaderboard', (board) => {
      if (board.challengeId !== currentId.current) return;
      // Boards go out in slices; one made before the board we have (fewer scorings) is stale.
      setChallenge((c) => (c.leaderboard && c.leaderboard.challengeId === board.challengeId && board.scored < c.leaderboard.scored ? c : { ...c, leaderboard: board }));
    });
    socket.on('challenge:my-row', ({ challengeId, scored, entry }) => {
      if (challengeId !== currentId.current) return;
      setChallenge((c) => (c.myRow && c.myRow.challengeId === challengeId && scored < c.myRow.scored ? c : { ...c, myRow: { challengeId, scored, entry } }));
    });
    socket.on('challenge:scored', (scored) => {
      if (scored.challengeId !== currentId.current) return;
      setChallenge((c) => ({ ...c, lastScored: scored, mine: scored.mine ?? c.mine }));
    });
    return () => {
      socket.disconnect();
      setSocket(null);
    };
  }, [code]);

  const setMine = useCallback((mine: MyStanding | null) => {
    if (mine) setChallenge((c) => ({ ...c, mine }));
  }, []);

  return { state, socket, challenge, setMine };
}
