import { describe, expect, it } from 'vitest';
import { progressSchema } from '@/lib/protocol/challenge';
import { progressPayload, Throttle } from './progress-stream';

const ref = { code: 'ABC123', challengeId: '6f1c2a7e-3b4d-4c5e-8f90-1a2b3c4d5e6f' };
const model = { cell: 'lstm', hidden: 32 } as const;

describe('progressPayload', () => {
  it.each([
    [{ step: 10, loss: 1.2, metric: 0.5 }, { step: 10, loss: 1.2, metric: 0.5 }],
    [{ step: 10, loss: 1.2, metric: null }, { step: 10, loss: 1.2, metric: null }],
    [{ step: 3, loss: 5e9, metric: Number.NaN }, { step: 3, loss: 1e6, metric: null }], // diverged: clamped
    [{ step: 3, loss: -0, metric: -1 }, { step: 3, loss: 0, metric: 0 }],
  ])('turns %j into a payload the protocol accepts', (latest, expected) => {
    const p = progressPayload(ref, latest, model)!;
    expect(p).toMatchObject(expected);
    expect(progressSchema.safeParse(p).success).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('sends nothing when the loss is %s', (loss) => {
    expect(progressPayload(ref, { step: 1, loss, metric: 0.3 }, model)).toBeNull();
  });
});

describe('Throttle', () => {
  it('lets at most one message through per interval', () => {
    const t = new Throttle(1000);
    const sent = [0, 250, 999, 1000, 1500, 2100, 2200, 3200].filter((now) => t.take(now));
    expect(sent).toEqual([0, 1000, 2100, 3200]);
  });

  it('starts over after reset', () => {
    const t = new Throttle(1000);
    expect(t.take(0)).toBe(true);
    t.reset();
    expect(t.take(10)).toBe(true);
  });
});
