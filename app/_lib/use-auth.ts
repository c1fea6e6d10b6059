'use client';
import { useCallback, useEffect, useState } from 'react';
import type { AuthState } from '@/lib/protocol/rest';
import { api } from './api';

/** The signed-in instructor (null when signed out); `undefined` while loading. */
export function useAuth(): { auth: AuthState | undefined; reload: () => void } {
  const [auth, setAuth] = useState<AuthState | undefined>(undefined);
  const reload = useCallback(() => {
    void api<AuthState>('GET', '/api/auth/state').then((r) => setAuth(r.ok ? r.data : { instructor: null, needsSetup: false }));
  }, []);
  useEffect(reload, [reload]);
  return { auth, reload };
}
