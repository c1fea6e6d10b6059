'use client';
import { useTranslations } from 'next-intl';
import { useRouter, useSearchParams } from 'next/navigation';
import { AccountForm } from './account-form';

/** Creates an account from a one-time link (?token=…): first-start setup or an invitation. */
export function TokenAccount({ mode }: { mode: 'setup' | 'invite' }) {
  const params = useSearchParams();
  const router = useRouter();
  const t = useTranslations('account');
  const token = params.get('token') ?? '';
  if (!token) return <p className="notice bad" role="alert">{t('missingToken')}</p>;
  return <AccountForm mode={mode} token={token} onDone={() => router.push('/host')} />;
}
