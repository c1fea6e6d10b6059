/**
 * The submission path stores before it answers, and the crash suite's planted fault (test only,
 * UNROLLED_FAULT=ack-before-store) is the one way to break that: off by default, read from the env.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as q from '../../db/queries/challenges';
import { challengeSettingsSchema } from '../../lib/protocol/challenge';
import { createUnrolledServer, type UnrolledServer } from '../create-server';
import { readEnv } from '../env';
import type { ScoringPool } from '../scoring/pool';
import { modelFile } from '../testing/model-file';
import { PLANTED_STORE_DELAY_MS } from './challenges';

/** Never finishes a job: these tests look at storing, not scoring. */
const idlePool = { size: 0, score: () => new Promise(() => {}), close: async () => {} } as unknown as ScoringPool;

let server: UnrolledServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function submitOnce(vars: Record<string, string>) {
  const env = readEnv({ DATA_DIR: ':memory:', PORT: '3000', NODE_ENV: 'test', ...vars } as NodeJS.ProcessEnv, false);
  server = createUnrolledServer(env, (_req, res) => void res.writeHead(404).end(), 'test', { scoringPool: idlePool });
  const { ctx } = server;
  const { instructor } = await ctx.accounts.completeSetup(ctx.accounts.issueSetupToken()!, 'Ada', 'correct horse battery');
  const room = ctx.rooms.create(instructor, 'RNN lecture');
  const row = ctx.challenges.launch(room, challengeSettingsSchema.parse({ taskId: 'temporal-order', level: 'easy' }), instructor.id);
  const { participant } = ctx.rooms.join(room.code, 'Bo');
  const model = await modelFile('temporal-order', 'easy', { cell: 'rnn', hidden: 4 });
  const { submissionId } = ctx.challenges.submit(row, participant.id, model, null);
  return { ctx, submissionId, storedAtAnswer: q.findSubmission(ctx.db, submissionId) !== undefined };
}

describe('Challenges.submit', () => {
  it('has stored the submission when it returns (the ack is sent after this)', async () => {
    const { ctx, storedAtAnswer } = await submitOnce({});
    expect(ctx.challenges.plantedFault).toBeNull();
    expect(storedAtAnswer).toBe(true);
  });

  it('with the planted fault UNROLLED_FAULT=ack-before-store answers first and stores a moment later', async () => {
    const { ctx, submissionId, storedAtAnswer } = await submitOnce({ UNROLLED_FAULT: 'ack-before-store' });
    expect(ctx.challenges.plantedFault).toBe('ack-before-store');
    expect(storedAtAnswer).toBe(false);
    await new Promise((r) => setTimeout(r, PLANTED_STORE_DELAY_MS + 200));
    expect(q.findSubmission(ctx.db, submissionId)?.status).toBe('queued');
  });
});
