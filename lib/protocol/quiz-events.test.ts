import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLIENT_EVENTS } from './events';
import { QUIZ_CLIENT_EVENTS } from './quiz-events';

type QuizEvent = keyof typeof QUIZ_CLIENT_EVENTS;
const roundId = randomUUID();
const VALID: Record<QuizEvent, unknown> = {
  'quiz:start': { code: 'ABC234', topic: 'gating', count: 3, timeLimitSeconds: 20, mode: 'accuracy' },
  'quiz:close': { code: 'ABC234', roundId, index: 0 },
  'quiz:next': { code: 'ABC234', roundId, index: 2 },
  'quiz:end': { code: 'ABC234', roundId },
  'quiz:dismiss': { code: 'ABC234', roundId },
  'quiz:answer': { code: 'ABC234', roundId, index: 0, answer: { kind: 'single', choice: 1 } },
  'quiz:state': { code: 'ABC234' },
};
const EVENTS = Object.keys(VALID) as QuizEvent[];
const accepts = (event: QuizEvent, payload: unknown) => CLIENT_EVENTS[event].payload.safeParse(payload).success;

describe('quiz event payloads', () => {
  it('are all declared in the event map', () => {
    expect(Object.keys(QUIZ_CLIENT_EVENTS).sort()).toEqual([...EVENTS].sort());
  });

  it.each(EVENTS)('%s accepts its example and refuses an extra key', (event) => {
    expect(accepts(event, VALID[event])).toBe(true);
    expect(accepts(event, { ...(VALID[event] as object), participantId: randomUUID() })).toBe(false);
  });

  it('fills the defaults of a round', () => {
    expect(CLIENT_EVENTS['quiz:start'].payload.parse({ code: 'abc234' })).toEqual({ code: 'ABC234', topic: null, count: 5, timeLimitSeconds: 20, mode: 'speed' });
  });

  it.each([
    ['quiz:start', { code: 'ABC234', topic: 'lstm' }],
    ['quiz:start', { code: 'ABC234', count: 0 }],
    ['quiz:start', { code: 'ABC234', count: 31 }],
    ['quiz:start', { code: 'ABC234', timeLimitSeconds: 2 }],
    ['quiz:start', { code: 'ABC234', timeLimitSeconds: 7.5 }],
    ['quiz:start', { code: 'ABC234', mode: 'fast' }],
    ['quiz:start', { code: 'ABC234', questionIds: [] }],
    ['quiz:start', { code: 'ABC234', questionIds: ['a', 'a'] }],
    ['quiz:start', { code: 'ABC234', questionIds: ['Not Kebab'] }],
    ['quiz:close', { code: 'ABC234', roundId: 'round-1', index: 0 }],
    ['quiz:next', { code: 'ABC234', roundId, index: -1 }],
    ['quiz:next', { code: 'ABC234', roundId }],
    ['quiz:answer', { code: 'ABC234', roundId, index: 0, answer: { kind: 'single', choice: -1 } }],
    ['quiz:answer', { code: 'ABC234', roundId, index: 0, answer: { kind: 'single', choice: 1, correct: true } }],
    ['quiz:answer', { code: 'ABC234', roundId, index: 0, answer: { kind: 'numeric', value: 'NaN' } }],
    ['quiz:answer', { code: 'ABC234', roundId, index: 0, answer: { kind: 'multi', choices: [1, 1] } }],
    ['quiz:answer', { code: 'ABC234', roundId, index: 0, elapsedMs: 1, answer: { kind: 'single', choice: 1 } }],
    ['quiz:state', { code: 'ABC230' }],
  ] as const)('%s refuses %j', (event, payload) => {
    expect(accepts(event, payload)).toBe(false);
  });
});
