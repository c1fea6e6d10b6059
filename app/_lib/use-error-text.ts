'use client';
/** Turns a protocol error into text in the reader's language (falls back to the server's English). */
import { useTranslations } from 'next-intl';
import type { ProtocolError } from '@/lib/protocol/errors';

export function useErrorText(): (error: ProtocolError | null | undefined) => string {
  const t = useTranslations('errors');
  return (error) => {
    if (!error) return '';
    // invalid-payload carries the exact field problem, which only the server's message names.
    if (error.code === 'invalid-payload' || !t.has(error.code)) return error.message;
    return t(error.code, error.params ?? {});
  };
}
