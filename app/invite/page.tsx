import { Suspense } from 'react';
import { TokenAccount } from '../_components/token-account';

/** An invitation link from another instructor creates an account. */
export default function InvitePage() {
  return (
    <Suspense>
      <TokenAccount mode="invite" />
    </Suspense>
  );
}
