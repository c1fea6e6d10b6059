import { describe, expect, it } from 'vitest';
import { VALID } from '@/lib/quiz/test-fixtures';
import type { OrderingQuestion } from '@/lib/quiz/schema';
import { changeKind, displayOrder, draftFromQuestion, draftToQuestion, emptyDraft } from './question-form';

describe('question drafts', () => {
  it.each(['single', 'multi', 'numeric'] as const)('a %s question survives a trip through the form unchanged', (kind) => {
    const result = draftToQuestion(draftFromQuestion(VALID[kind]));
    expect(result).toEqual({ ok: true, question: VALID[kind] });
  });

  it('an ordering question keeps its correct order, shown shuffled (never already solved)', () => {
    const result = draftToQuestion(draftFromQuestion(VALID.ordering));
    expect(result.ok).toBe(true);
    const q = (result as { question: OrderingQuestion }).question;
    const original = VALID.ordering as OrderingQuestion;
    expect(q.answer.map((i) => q.items[i])).toEqual(original.answer.map((i) => original.items[i]));
    expect(q.answer).not.toEqual([0, 1, 2]);
  });

  it.each([2, 3, 4, 5, 6])('displayOrder(%i) is a permutation other than the identity', (n) => {
    for (const id of ['a', 'b', 'lstm-steps', 'x-ordering']) {
      const order = displayOrder(n, id);
      expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(order.every((v, i) => v === i)).toBe(false);
    }
  });

  it.each([
    ['an empty form', (d: ReturnType<typeof emptyDraft>) => d, /^id: /],
    ['no correct choice', (d: ReturnType<typeof emptyDraft>) => ({ ...filled(d), options: filled(d).options.map((o) => ({ ...o, correct: false })) }), /mark exactly one correct choice/],
    ['two identical choices', (d: ReturnType<typeof emptyDraft>) => ({ ...filled(d), options: filled(d).options.map((o) => ({ ...o, en: 'same' })) }), /same text/],
    ['a numeric answer that is not a number', (d: ReturnType<typeof emptyDraft>) => ({ ...filled(d), kind: 'numeric' as const, numericAnswer: 'many' }), /^answer: /],
    ['a video link that is not a link', (d: ReturnType<typeof emptyDraft>) => ({ ...filled(d), videoUrl: 'lecture at 5 min' }), /^videoUrl: videoUrl must be an http\(s\) link/],
  ])('reports %s', (_name, edit, problem) => {
    const result = draftToQuestion(edit(emptyDraft('gating', 'https://youtu.be/5KSGNomPJTE?t=3477')));
    expect(result.ok).toBe(false);
    expect((result as { problems: string[] }).problems.some((p) => problem.test(p))).toBe(true);
  });

  it('changing the kind keeps the texts and a single correct choice', () => {
    const d = { ...filled(emptyDraft('gating', 'https://youtu.be/x')), kind: 'multi' as const };
    const multi = { ...d, options: d.options.map((o, i) => ({ ...o, correct: i > 1 })) };
    const single = changeKind(multi, 'single');
    expect(single.options.filter((o) => o.correct)).toHaveLength(1);
    expect(single.options.map((o) => o.en)).toEqual(multi.options.map((o) => o.en));
  });
});

function filled(d: ReturnType<typeof emptyDraft>) {
  return {
    ...d,
    id: 'my-q',
    promptEn: 'Which gate?',
    promptKo: '어떤 게이트?',
    explanationEn: 'Because.',
    explanationKo: '왜냐하면.',
    options: ['a', 'b', 'c', 'd'].map((s, i) => ({ en: s, ko: `${s}-ko`, correct: i === 0 })),
    numericAnswer: '12',
  };
}
