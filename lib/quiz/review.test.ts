import { describe, expect, it } from 'vitest';
import { familyOf, latestAttempts, masteryByTopic, selectMistakes, type Attempt } from './review';
import type { Question } from './schema';
import { VALID } from './test-fixtures';

const q = (id: string, topic: Question['topic']): Question => ({ ...VALID.single, id, topic }) as Question;
const BANK: Question[] = [q('a', 'bptt'), q('b', 'bptt'), q('c', 'bptt'), q('lstm-params@5', 'gating'), q('d', 'gating')];
const at = (questionId: string, correct: boolean, time: number): Attempt => ({ questionId, correct, at: time });

describe('familyOf', () => {
  it.each([
    ['g-lstm-params@17', 'g-lstm-params'],
    ['sl-pairing', 'sl-pairing'],
  ])('%s → %s', (id, want) => {
    expect(familyOf(id)).toBe(want);
  });
});

describe('latestAttempts', () => {
  it('keeps the latest attempt per family; ties go to the later entry', () => {
    const m = latestAttempts([at('a', false, 10), at('a', true, 20), at('x@1', true, 5), at('x@2', false, 5)]);
    expect(m.get('a')).toMatchObject({ correct: true });
    expect(m.get('x')).toMatchObject({ questionId: 'x@2', correct: false });
  });
});

describe('masteryByTopic', () => {
  it('is the fraction of a topic’s questions whose latest attempt was correct', () => {
    const attempts = [
      at('a', true, 1),
      at('a', false, 2), // latest is wrong → not mastered
      at('b', false, 1),
      at('b', true, 3), // latest right → mastered
      at('lstm-params@99', true, 4), // other numbers, same family → counts for lstm-params@5
      at('gone', true, 4), // not in the bank → ignored
    ];
    const m = masteryByTopic(BANK, attempts);
    expect(m).toHaveLength(10);
    expect(m.find((t) => t.topic === 'bptt')).toEqual({ topic: 'bptt', total: 3, attempted: 2, mastered: 1, mastery: 1 / 3 });
    expect(m.find((t) => t.topic === 'gating')).toEqual({ topic: 'gating', total: 2, attempted: 1, mastered: 1, mastery: 0.5 });
    expect(m.find((t) => t.topic === 'seq2seq')).toEqual({ topic: 'seq2seq', total: 0, attempted: 0, mastered: 0, mastery: 0 });
  });

  it('is 0 everywhere without attempts and 1 when everything was answered right last', () => {
    expect(masteryByTopic(BANK, []).every((t) => t.mastery === 0)).toBe(true);
    const all = masteryByTopic(BANK, BANK.map((x, i) => at(x.id, true, i)));
    expect(all.filter((t) => t.total > 0).every((t) => t.mastery === 1)).toBe(true);
  });
});

describe('selectMistakes', () => {
  const attempts = [at('a', false, 10), at('b', false, 30), at('c', false, 5), at('c', true, 40), at('lstm-params@1', false, 20)];

  it('returns questions whose latest attempt was wrong, newest mistake first', () => {
    expect(selectMistakes(BANK, attempts).map((x) => x.id)).toEqual(['b', 'lstm-params@5', 'a']);
  });

  it('filters by topic and limits the count', () => {
    expect(selectMistakes(BANK, attempts, { topic: 'gating' }).map((x) => x.id)).toEqual(['lstm-params@5']);
    expect(selectMistakes(BANK, attempts, { limit: 1 }).map((x) => x.id)).toEqual(['b']);
  });

  it('is empty without mistakes', () => {
    expect(selectMistakes(BANK, [at('a', true, 1)])).toEqual([]);
  });
});
