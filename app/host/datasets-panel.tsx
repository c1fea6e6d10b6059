'use client';
/** The instructor's datasets: upload a sentiment TSV/CSV or a plain-text corpus, see what is there. */
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { api } from '../_lib/api';
import { useErrorText } from '../_lib/use-error-text';

interface DatasetSummary {
  id: string;
  name: string;
  taskId: 'sentiment' | 'lm';
  ownerId: string | null;
  fileName: string;
  stats: Record<string, unknown>;
  warnings: string[];
  createdAt: number;
}

const MAX_BYTES = 20 * 1000 * 1000;

export function DatasetsPanel() {
  const t = useTranslations('datasets');
  const format = useFormatter();
  const errorText = useErrorText();
  const [list, setList] = useState<DatasetSummary[]>([]);
  const [task, setTask] = useState<'sentiment' | 'lm'>('sentiment');
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [done, setDone] = useState<DatasetSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = () => void api<{ datasets: DatasetSummary[] }>('GET', '/api/datasets').then((r) => r.ok && setList(r.data.datasets));
  useEffect(reload, []);

  async function upload(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    if (!file) return setError({ code: 'invalid-payload', message: t('chooseFile') });
    if (file.size > MAX_BYTES) return setError({ code: 'invalid-payload', message: t('tooBig', { mb: (file.size / 1e6).toFixed(1) }) });
    setBusy(true);
    const query = new URLSearchParams({ task, name, fileName: file.name });
    const res = await fetch(`/api/datasets?${query}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file }).catch(() => null);
    setBusy(false);
    const json = (await res?.json().catch(() => null)) as { dataset?: DatasetSummary; error?: ProtocolError } | null;
    if (!res || !res.ok || !json?.dataset) return setError(json?.error ?? { code: 'internal', message: '' });
    setDone(json.dataset);
    setName('');
    reload();
  }

  return (
    <section className="panel stack" aria-labelledby="datasets-heading">
      <h2 id="datasets-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <form className="stack" onSubmit={upload}>
        <div className="row">
          <label className="field">
            {t('task')}
            <select value={task} onChange={(e) => setTask(e.target.value as 'sentiment' | 'lm')}>
              <option value="sentiment">{t('taskSentiment')}</option>
              <option value="lm">{t('taskLm')}</option>
            </select>
          </label>
          <label className="field" style={{ flex: 1 }}>
            {t('name')}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
          </label>
        </div>
        <label className="field">
          {t('file')}
          <span className="hint">{task === 'sentiment' ? t('formatSentiment') : t('formatLm')}</span>
          <input type="file" accept={task === 'sentiment' ? '.tsv,.csv,.txt' : '.txt'} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        {error && <p className="error" role="alert" data-testid="dataset-error">{errorText(error)}</p>}
        {done && (
          <p className="notice good" role="status">
            {t('imported', { name: done.name })}
            {done.warnings.length > 0 && ` ${done.warnings.join(' ')}`}
          </p>
        )}
        <div>
          <button className="primary" type="submit" disabled={busy}>{busy ? t('uploading') : t('upload')}</button>
        </div>
      </form>
      {list.length > 0 && (
        <ul className="session-list">
          {list.map((d) => (
            <li key={d.id}>
              <span>
                <strong>{d.name}</strong> <span className="badge">{d.taskId}</span>{' '}
                <span className="muted">
                  {d.fileName} · {format.dateTime(new Date(d.createdAt), { dateStyle: 'medium' })}
                  {typeof d.stats.examples === 'number' && ` · ${t('examples', { count: d.stats.examples })}`}
                  {typeof d.stats.characters === 'number' && ` · ${t('characters', { count: d.stats.characters })}`}
                  {d.ownerId === null && ` · ${t('shared')}`}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
