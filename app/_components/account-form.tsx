'use client';
/** Name + password form used for sign-in, first-start setup and accepting an invitation. */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ProtocolError } from '@/lib/protocol/errors';
import { api } from '../_lib/api';
import { useErrorText } from '../_lib/use-error-text';

export function AccountForm({
  mode,
  token,
  onDone,
}: {
  mode: 'login' | 'setup' | 'invite';
  token?: string;
  onDone: () => void;
}) {
  const t = useTranslations('account');
  const errorText = useErrorText();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ProtocolError | null>(null);
  const [busy, setBusy] = useState(false);
  const creating = mode !== 'login';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const path = mode === 'login' ? '/api/auth/login' : mode === 'setup' ? '/api/auth/setup' : '/api/auth/accept-invite';
    const reply = await api('POST', path, mode === 'login' ? { name, password } : { token, name, password });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    onDone();
  }

  return (
    <form className="panel stack join-card" onSubmit={submit}>
      <h2>{t(`${mode}Title`)}</h2>
      {creating && <p className="muted">{t(`${mode}Intro`)}</p>}
      <label className="field">
        {t('name')}
        <input name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required minLength={creating ? 2 : 1} maxLength={60} />
      </label>
      <label className="field">
        {t('password')}
        {creating && <span className="hint">{t('passwordHint')}</span>}
        <input
          name="password"
          type="password"
          autoComplete={creating ? 'new-password' : 'current-password'}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          minLength={creating ? 10 : 1}
        />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="account-error">
          {errorText(error)}
        </p>
      )}
      <button className="primary" type="submit" disabled={busy}>
        {t(`${mode}Submit`)}
      </button>
    </form>
  );
}
