'use client';
/** /board/CODE: the classroom projector — big join code, QR, live roster. Readable from the back row. */
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { JoinQr } from '../../_components/join-qr';
import { useHostRoom } from '../../_lib/use-host-room';
import { useErrorText } from '../../_lib/use-error-text';

export function Projector({ code }: { code: string }) {
  const t = useTranslations('board');
  const errorText = useErrorText();
  const host = useHostRoom(code);

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
