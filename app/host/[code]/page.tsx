import { normalizeCode } from '@/lib/protocol/codes';
import { ControlRoom } from './control-room';

export default async function ControlRoomPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normalizeCode(decodeURIComponent((await params).code)).slice(0, 12);
  return <ControlRoom code={code} />;
}
