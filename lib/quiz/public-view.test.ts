import { describe, expect, it } from 'vitest';
import { buildBank } from './bank';
import { publicQuestionSchema, revealOf, toPublicQuestion } from './public-view';
import { VALID } from './test-fixtures';

describe('toPublicQuestion', () => {
  it.each(Object.entries(VALID))('%s: keeps what the student needs and nothing that gives the answer away', (_kind, q) => {
    const pub = toPublicQuestion(q) as Record<string, unknown>;
    for (const secret of ['answer', 'answers', 'explanation', 'videoUrl', 'generator']) expect(pub).not.toHaveProperty(secret);
    expect(pub).toMatchObject({ id: q.id, kind: q.kind, topic: q.topic, prompt: q.prompt });
    expect(publicQuestionSchema.safeParse(pub).success).toBe(true);
  });

  it('numeric questions show tolerance and unit; choice and ordering questions show their options', () => {
    expect(toPublicQuestion(VALID.numeric)).toMatchObject({ tolerance: 0, unit: { en: 'parameters' } });
    expect(toPublicQuestion(VALID.single)).toMatchObject({ choices: VALID.single.kind === 'single' ? VALID.single.choices : [] });
    expect(toPublicQuestion(VALID.ordering)).toMatchObject({ items: VALID.ordering.kind === 'ordering' ? VALID.ordering.items : [] });
  });

  it('every bank question has a valid public view whose JSON holds no answer key', () => {
    for (const q of buildBank(2)) {
      const pub = toPublicQuestion(q);
      expect(publicQuestionSchema.safeParse(pub).success, q.id).toBe(true);
      expect(JSON.stringify(pub), q.id).not.toMatch(/"answers?"|"explanation"/);
    }
  });

  it('the public schema refuses a view that carries the answer', () => {
    expect(publicQuestionSchema.safeParse({ ...toPublicQuestion(VALID.single), answer: 2 }).success).toBe(false);
  });
});

describe('revealOf', () => {
  it('gives the correct answer payload, the explanation and the lecture link', () => {
    expect(revealOf(VALID.ordering)).toEqual({
      id: 'x-ordering',
      correct: { kind: 'ordering', order: [2, 0, 1] },
      explanation: VALID.ordering.explanation,
      videoUrl: VALID.ordering.videoUrl,
    });
  });
});
