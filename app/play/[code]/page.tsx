import { normalizeCode } from '@/lib/protocol/codes';
import { StudentRoom } from './student-room';

export default async function PlayPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normalizeCode(decodeURIComponent((await params).code)).slice(0, 12);
  return <StudentRoom code={code} />;
}
