import { normalizeCode } from '@/lib/protocol/codes';
import { Projector } from './projector';

export default async function BoardPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normalizeCode(decodeURIComponent((await params).code)).slice(0, 12);
  return <Projector code={code} />;
}
