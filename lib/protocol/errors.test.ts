import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError, errorSchema, UserError } from './errors';

describe('UserError', () => {
  it.each([
    [new UserError('nickname-taken', 'Taken.', { nickname: 'Ada' }), { code: 'nickname-taken', message: 'Taken.', params: { nickname: 'Ada' } }],
    [new UserError('internal', 'Oops.'), { code: 'internal', message: 'Oops.' }],
  ])('serializes to a valid protocol error: %#', (err, json) => {
    expect(err.toJSON()).toEqual(json);
    expect(errorSchema.parse(JSON.parse(JSON.stringify(err)))).toEqual(json);
  });

  it('refuses an unknown code in the wire schema', () => {
    expect(errorSchema.safeParse({ code: 'nope', message: 'x' }).success).toBe(false);
  });
});

describe('describeZodError', () => {
  const schema = z.object({ nickname: z.string().max(2, 'Too long'), deep: z.object({ n: z.number() }) });

  it('names the path of each problem', () => {
    const parsed = schema.safeParse({ nickname: 'Ada', deep: { n: 'x' } });
    expect(parsed.success).toBe(false);
    const text = describeZodError(parsed.error!);
    expect(text).toMatch(/^nickname: Too long; deep\.n: /);
  });

  it('keeps at most five problems', () => {
    const wide = z.object(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, z.string()])));
    const parsed = wide.safeParse({});
    expect(describeZodError(parsed.error!).split('; ')).toHaveLength(5);
  });

  it('clips each problem, so a huge unknown key sent by a client is not echoed back whole', () => {
    const parsed = z.object({}).strict().safeParse({ ['k'.repeat(100_000)]: 1, [`${'p'.repeat(50_000)}`]: { x: 1 } });
    const text = describeZodError(parsed.error!);
    expect(text).toMatch(/^Unrecognized keys?: "kkk/);
    expect(text.length).toBeLessThanOrEqual(5 * 122);
  });

  it('leaves out the path for a top-level problem', () => {
    const parsed = z.string().safeParse(5);
    expect(describeZodError(parsed.error!)).not.toMatch(/^:/);
  });
});
