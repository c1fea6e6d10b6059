'use client';
/**
 * The join box: code (unless fixed) and nickname. Checks both with the protocol's own rules before
 * sending, joins over socket.io, keeps the participant token for this code and opens /play/CODE.
 */
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { CODE_LENGTH, isValidCode, normalizeCode } from '@/lib/protocol/codes';
import type { ProtocolError } from '@/lib/protocol/errors';
import { NICKNAME_MAX, nicknameProblem } from '@/lib/protocol/nickname';
import { loadParticipant, saveParticipant } from '../_lib/participant-store';
import { connectSocket, request } from '../_lib/socket';
import { useErrorText } from '../_lib/use-error-text';

export function JoinForm({ fixedCode }: { fixedCode?: string }) {
  const t = useTranslations('join');
  const errorText = useErrorText();
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState(fixedCode ?? '');
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<ProtocolError | null>(null);
  const [busy, setBusy] = useState(false);

  // Coming back to a room this browser already joined goes straight in, without typing anything.
  useEffect(() => {
    if (fixedCode && loadParticipant(fixedCode)) router.replace(`/play/${fixedCode}`);
  }, [fixedCode, router]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const normalized = normalizeCode(code);
    if (!isValidCode(normalized)) return setError({ code: 'unknown-room', message: '', params: { code: normalized || '—' } });
    if (loadParticipant(normalized)) return router.push(`/play/${normalized}`);
    const problem = nicknameProblem(nickname);
    if (problem) return setError({ code: problem, message: '', params: { max: NICKNAME_MAX } });
    setBusy(true);
    setError(null);
    const socket = connectSocket();
    const reply = await request(socket, 'room:join', { code: normalized, nickname });
    socket.disconnect();
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    saveParticipant(normalized, { token: reply.data.token, participantId: reply.data.participantId, nickname: reply.data.nickname });
    router.push(`/play/${normalized}`);
  }

  return (
    <form className="panel stack join-card" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      {fixedCode ? (
        <p>
          {t('joiningRoom')} <strong className="code-big">{fixedCode}</strong>
        </p>
      ) : (
        <label className="field">
          {t('codeLabel')}
          <input
            className="code-input"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={CODE_LENGTH + 4}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="ABC234"
            required
          />
        </label>
      )}
      <label className="field">
        {t('nicknameLabel')}
        <span className="hint">{t('nicknameHint', { max: NICKNAME_MAX })}</span>
        <input name="nickname" autoComplete="nickname" maxLength={NICKNAME_MAX * 2} value={nickname} onChange={(e) => setNickname(e.target.value)} required />
      </label>
      {error && (
        <p className="error" role="alert" id={`${id}-error`} data-testid="join-error">
          {errorText(error)}
        </p>
      )}
      <button className="primary" type="submit" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
