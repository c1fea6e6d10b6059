import { describe, expect, it } from 'vitest';
import { EOS_ID, PAD_ID } from '../types';
import { createClassVocabulary, createVocabulary, joinWords, splitWords } from './vocab';

describe('vocabularies', () => {
  it.each([
    ['Good, not GREAT!', ['good', ',', 'not', 'great', '!']],
    ["it's   fine\tok", ["it's", 'fine', 'ok']],
    ['삼백 십이', ['삼백', '십이']],
  ])('splitWords(%j)', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  it('joins words without a space before punctuation', () => {
    expect(joinWords(['good', ',', 'but', 'slow', '.'])).toBe('good, but slow.');
  });

  it('reserves 0 for padding and 1 for EOS in decoder outputs, and stops decoding at EOS', () => {
    const v = createVocabulary(['삼', '백'], { join: '', eos: true });
    expect(v.tokens).toEqual(['', '<eos>', '삼', '백']);
    expect(v.encode('삼백')).toEqual([2, 3]);
    expect(v.decode([2, 3, EOS_ID, 2, PAD_ID])).toBe('삼백');
    expect(v.decode([2, 99])).toBe('삼\uFFFD');
    expect(() => v.encode('십')).toThrow('Token "십" is not in this task\'s vocabulary.');
  });

  it('maps unknown words to <unk> when asked to', () => {
    const v = createVocabulary(['good', ','], { join: ' ', unk: true });
    expect(v.decode(v.encode('Good, bad'))).toBe('good, <unk>');
    expect(() => createVocabulary(['a', 'a'], { join: '' })).toThrow('twice');
  });

  it('uses class indices without padding for classify outputs', () => {
    const v = createClassVocabulary(['Q', 'R', 'S', 'U']);
    expect([v.size, v.encode('S')[0], v.decode([3])]).toEqual([4, 2, 'U']);
    expect(() => v.encode('Z')).toThrow('"Z" is not a class; classes: Q, R, S, U.');
  });
});
