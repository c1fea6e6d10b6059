/** A challenge view for tests, with only what a case cares about given. */
import { challengeSettingsSchema, type ChallengeView } from '@/lib/protocol/challenge';

export function view(partial: Partial<ChallengeView> = {}): ChallengeView {
  return {
    id: 'c1',
    taskId: 'temporal-order',
    level: 'easy',
    datasetId: null,
    datasetName: null,
    settings: challengeSettingsSchema.parse({ taskId: 'temporal-order', level: 'easy' }),
    status: 'running',
    startedAt: 0,
    endsAt: 900_000,
    remainingMs: 900_000,
    endedAt: null,
    revealedAt: null,
    metric: { name: 'accuracy', higherIsBetter: true, unit: '%' },
    chanceScore: 0.25,
    serverNow: 0,
    ...partial,
  };
}
