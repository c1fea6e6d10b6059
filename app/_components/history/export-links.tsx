'use client';
/** Download links for the session's exports (owner's cookie); the server streams each file. */
import { useTranslations } from 'next-intl';
import { EXPORT_KINDS } from '@/lib/protocol/history';

export function ExportLinks({ sessionId }: { sessionId: string }) {
  const t = useTranslations('history.exports');
  return (
    <section className="panel stack" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('heading')}</h2>
      <ul className="export-list">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span>{t(kind)}</span>
            {(['csv', 'json'] as const).map((format) => (
              <a
                key={format}
                className="button-link"
                href={`/api/history/sessions/${sessionId}/export/${kind}.${format}`}
                download
                aria-label={t('label', { what: t(kind), format: format.toUpperCase() })}
                data-testid={`export-${kind}-${format}`}
              >
                {format.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('note')}</p>
    </section>
  );
}
