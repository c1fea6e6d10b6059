'use client';
/**
 * /board/CODE: the classroom projector. The join screen (big code, QR, live roster) until a challenge
 * runs, then the challenge board; an ended challenge's results stay until someone clicks back to the
 * join screen or the next challenge starts. Readable from the back row.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { JoinQr } from '../../_components/join-qr';
import { useHostRoom } from '../../_lib/use-host-room';
import { useErrorText } from '../../_lib/use-error-text';
import { ChallengeBoard } from './challenge-board';
import { BoardQuizView, useBoardQuiz } from '../../_components/quiz/board-quiz-view';

export function Projector({ code }: { code: string }) {
  const t = useTranslations('board');
  const errorText = useErrorText();
  const host = useHostRoom(code);
  const quiz = useBoardQuiz(code);
  // The ended challenge whose results someone put away (per tab, so a reload keeps the choice).
  const [dismissed, setDismissed] = useState<string | null>(null);
  useEffect(() => setDismissed(sessionStorage.getItem(`board-dismissed:${code}`)), [code]);

  useEffect(() => {
    document.querySelector('main')?.classList.add('board');
    return () => document.querySelector('main')?.classList.remove('board');
  }, []);

  if (host.error && !host.room) return <p className="notice bad" role="alert">{errorText(host.error)}</p>;
  if (!host.room) return <p className="muted" role="status">{t('connecting')}</p>;
  if (host.room.endedAt !== null) {
    return (
      <div className="hero">
        <h1 className="board-code">{t('thanks')}</h1>
        <p className="board-url">{t('ended', { name: host.room.name })}</p>
      </div>
    );
  }
  if (quiz.onBoard) return <BoardQuizView quiz={quiz} />;
  const challenge = host.live.challenge;
  if (challenge && (challenge.status !== 'ended' || dismissed !== challenge.id)) {
    return (
      <ChallengeBoard
        code={code}
        challenge={challenge}
        offsetMs={host.live.offsetMs}
        leaderboard={host.leaderboard}
        race={host.live.race}
        onShowJoin={() => {
          sessionStorage.setItem(`board-dismissed:${code}`, challenge.id);
          setDismissed(challenge.id);
        }}
      />
    );
  }
  return (
    <div className="stack">
      <div className="board-head">
        <div className="stack">
          <p className="board-url">{t('joinAt')}</p>
          <p className="board-code code-big" data-testid="board-code" style={{ margin: 0 }}>{code}</p>
          <p className="board-url">{host.room.name}</p>
        </div>
        <JoinQr code={code} className="board-qr" />
      </div>
      <p className="board-count" aria-live="polite" data-testid="board-count">{t('count', { count: host.roster.length })}</p>
      <ul className="board-roster" data-testid="board-roster">
        {host.roster.map((p) => (
          <li key={p.id} className={p.connected ? '' : 'away'} data-testid="board-entry">
            {p.nickname}
          </li>
        ))}
      </ul>
    </div>
  );
}
