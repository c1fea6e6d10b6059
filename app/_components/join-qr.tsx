'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/** The QR code for /join/CODE (drawn by the server) and the link it encodes. */
export function JoinQr({ code, className, showUrl = true }: { code: string; className?: string; showUrl?: boolean }) {
  const t = useTranslations('room');
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void fetch(`/api/rooms/${code}/join-link`)
      .then((r) => (r.ok ? r.json() : null))
      .then((j: { url: string } | null) => setUrl(j?.url ?? null));
  }, [code]);
  return (
    <figure className="stack" style={{ margin: 0, alignItems: 'center' }}>
      <span className={`qr ${className ?? ''}`}>
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own API */}
        <img src={`/api/rooms/${code}/qr.svg`} alt={t('qrAlt', { code })} width={240} height={240} />
      </span>
      {showUrl && url && <figcaption className="muted" data-testid="join-url">{url}</figcaption>}
    </figure>
  );
}
