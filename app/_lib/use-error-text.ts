'use client';
/** Turns a protocol error into text in the reader's language (falls back to the server's English). */
import { useTranslations } from 'next-intl';
import type { ProtocolError } from '@/lib/protocol/errors';

export function useErrorText(): (error: ProtocolError | null | undefined) => string {
  const t = useTranslations('errors');
  return (error) => {
    if (!error) return '';
    // These carry the exact problem (a field, a weight's shape), which only the server's message names.
    if ((error.code === 'invalid-payload' || error.code === 'model-rejected') && error.message) return error.message;
    if (!t.has(error.code)) return error.message;
    return t(error.code, error.params ?? {});
  };
}
