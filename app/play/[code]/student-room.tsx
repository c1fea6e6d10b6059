'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useStudentRoom } from '../../_lib/use-student-room';
import { useErrorText } from '../../_lib/use-error-text';
import { ChallengePanel } from './_challenge/challenge-panel';
import { StudentQuizPanel } from '../../_components/quiz/student-quiz-panel';

/**
 * The student's screen. The class session's challenge (running, or the latest one, ended) appears here
 * as the instructor launches it; quiz rounds will join it.
 */
export function StudentRoom({ code }: { code: string }) {
  const t = useTranslations('play');
  const errorText = useErrorText();
  const { state, socket, challenge, setMine } = useStudentRoom(code);

  switch (state.phase) {
    case 'connecting':
      return <p className="muted" role="status">{t('connecting')}</p>;
    case 'no-token':
      return (
        <div className="panel stack join-card">
          <p>{t('notJoined')}</p>
          <Link href={`/join/${code}`}>{t('joinLink')}</Link>
        </div>
      );
    case 'removed':
      return <p className="notice bad" role="alert" data-testid="removed">{t('removed')}</p>;
    case 'ended':
      return <p className="notice" role="alert" data-testid="ended">{t('ended')}</p>;
    case 'error':
      return <p className="notice bad" role="alert">{errorText(state.error)}</p>;
    case 'joined':
      return (
        <div className="stack">
          <div className="row">
            <h1>{state.roomName}</h1>
            <span className={`badge ${state.connected ? 'live' : ''}`} role="status">
              {state.connected ? t('online') : t('reconnecting')}
            </span>
          </div>
          <p>
            {t('youAre')} <strong data-testid="my-nickname">{state.nickname}</strong>{' '}
            <span className="muted" data-testid="my-id" data-participant-id={state.participantId}>
              ({t('code')} <span className="code-big">{code}</span>)
            </span>
          </p>
          <StudentQuizPanel code={code} socket={socket} student={state} />
          {challenge.challenge ? (
            <ChallengePanel key={challenge.challenge.id} code={code} participantId={state.participantId} socket={socket} room={challenge} setMine={setMine} />
          ) : (
            <section className="panel" aria-live="polite" data-testid="waiting">
              <p>{t('waiting')}</p>
            </section>
          )}
        </div>
      );
  }
}
