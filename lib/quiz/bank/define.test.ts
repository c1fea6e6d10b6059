import { describe, expect, it } from 'vitest';
import { bi, defineGenerator, forTopic, shuffledChoices, video, type QuestionDraft } from './define';
import { createRng } from '../rng';

const base = { prompt: bi('p', '질문'), explanation: bi('e', '설명'), videoUrl: video(3477) };
const drafts: QuestionDraft[] = [
  ...[0, 1, 2, 3, 4, 5].map((k) => ({
    ...base,
    id: `s-${k}`,
    kind: 'single' as const,
    choices: [bi('right', '정답'), bi('w1', '오답1'), bi('w2', '오답2'), bi('w3', '오답3')],
    answer: 0,
  })),
  { ...base, id: 'm', kind: 'multi', choices: [bi('a', '가'), bi('b', '나'), bi('c', '다'), bi('d', '라')], answers: [1, 3] },
  { ...base, id: 'n', kind: 'numeric', answer: 3, tolerance: 0 },
];

describe('forTopic', () => {
  const qs = forTopic('gating', drafts);

  it('keeps the right choice right after reordering, and spreads its position', () => {
    const positions = qs.flatMap((q) => (q.kind === 'single' ? [q.answer] : []));
    for (const q of qs) if (q.kind === 'single') expect(q.choices[q.answer]!.en).toBe('right');
    expect(positions).toEqual([0, 1, 2, 3, 0, 1]);
  });

  it('remaps multi answers to the same texts and keeps every choice', () => {
    const m = qs.find((q) => q.id === 'm')!;
    if (m.kind !== 'multi') throw new Error('kind');
    expect(m.answers.map((i) => m.choices[i]!.en).sort()).toEqual(['b', 'd']);
    expect(m.choices.map((c) => c.en).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sets the topic and leaves other kinds alone; same input, same output', () => {
    expect(qs.every((q) => q.topic === 'gating')).toBe(true);
    expect(qs.find((q) => q.id === 'n')).toMatchObject({ kind: 'numeric', answer: 3 });
    expect(forTopic('gating', drafts)).toEqual(qs);
  });
});

describe('shuffledChoices and defineGenerator', () => {
  it('puts the correct option where `answer` says', () => {
    const correct = bi('yes', '예');
    for (let s = 0; s < 20; s++) {
      const { choices, answer } = shuffledChoices(createRng(s), correct, [bi('no', '아니요'), bi('maybe', '아마')]);
      expect(choices[answer]).toBe(correct);
      expect(choices).toHaveLength(3);
    }
  });

  it('names instances <id>@<seed> and records the generator', () => {
    const g = defineGenerator('x-gen', 'bptt', (rng) => ({ ...base, kind: 'numeric', answer: rng.int(1, 9), tolerance: 0 }));
    expect(g.generate(5)).toMatchObject({ id: 'x-gen@5', topic: 'bptt', generator: { id: 'x-gen', seed: 5 } });
  });
});
