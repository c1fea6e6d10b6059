import { Suspense } from 'react';
import { TokenAccount } from '../_components/token-account';

/** First-start setup: the one-time link printed by the server creates the first instructor. */
export default function SetupPage() {
  return (
    <Suspense>
      <TokenAccount mode="setup" />
    </Suspense>
  );
}
