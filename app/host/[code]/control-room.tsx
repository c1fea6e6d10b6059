'use client';
/** /host/CODE: the instructor's control room — code and QR, live roster, the challenge, end the session. */
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { JoinQr } from '../../_components/join-qr';
import { useHostRoom } from '../../_lib/use-host-room';
import { useErrorText } from '../../_lib/use-error-text';
import { ChallengePanel } from './challenge-panel';
import { HostQuizPanel } from '../../_components/quiz/host-quiz-panel';

export function ControlRoom({ code }: { code: string }) {
  const t = useTranslations('room');
  const errorText = useErrorText();
  const host = useHostRoom(code);
  const [actionError, setActionError] = useState<ProtocolError | null>(null);

  if (host.error && !host.room) {
    return (
      <div className="stack">
        <p className="notice bad" role="alert" data-testid="host-error">{errorText(host.error)}</p>
        <Link href="/host">{t('backToSessions')}</Link>
      </div>
    );
  }
  if (!host.room) return <p className="muted" role="status">{t('connecting')}</p>;
  const ended = host.room.endedAt !== null;
  const online = host.roster.filter((p) => p.connected).length;
  // Once a challenge exists it is what the instructor watches; before that, the join code comes first.
  const challengeFirst = host.live.challenge !== null;
  const panel = <ChallengePanel host={host} sessionEnded={ended} />;

  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{host.room.name}</h1>
        <div className="row">
          <span className={`badge ${ended ? 'ended' : 'live'}`} data-testid="room-status">{ended ? t('ended') : t('live')}</span>
          <Link href={`/board/${code}`} target="_blank">{t('openBoard')}</Link>
        </div>
      </div>
      {!host.connected && <p className="notice" role="status">{t('reconnecting')}</p>}
      {challengeFirst && panel}
      <div className="grid-2">
        <section className="panel stack" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('joinHeading')}</h2>
          <p className="code-big" style={{ fontSize: '3rem', margin: 0 }} data-testid="room-code">{code}</p>
          <JoinQr code={code} />
        </section>
        <section className="panel stack" aria-labelledby="roster-heading">
          <h2 id="roster-heading">
            {t('rosterHeading')} <span className="muted" data-testid="roster-count">{t('rosterCount', { count: host.roster.length, online })}</span>
          </h2>
          {host.roster.length === 0 ? (
            <p className="muted">{t('rosterEmpty')}</p>
          ) : (
            <ul className="roster" data-testid="roster">
              {host.roster.map((p) => (
                <li key={p.id} data-testid="roster-entry" data-participant-id={p.id} data-connected={p.connected}>
                  <span>
                    <span className={`dot ${p.connected ? 'on' : ''}`} aria-label={p.connected ? t('online') : t('away')} role="img" />
                    {p.nickname}
                  </span>
                  {!ended && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('removeNamed', { nickname: p.nickname })}
                      onClick={async () => {
                        if (window.confirm(t('removeConfirm', { nickname: p.nickname }))) setActionError(await host.removeParticipant(p.id));
                      }}
                    >
                      {t('remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {!challengeFirst && panel}
      <HostQuizPanel code={code} />
      {actionError && <p className="error" role="alert">{errorText(actionError)}</p>}
      {!ended && (
        <div>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (window.confirm(t('endConfirm'))) setActionError(await host.endSession());
            }}
          >
            {t('endSession')}
          </button>
        </div>
      )}
    </div>
  );
}
