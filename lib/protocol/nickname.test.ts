import { describe, expect, it } from 'vitest';
import { NICKNAME_MAX, nicknameKey, nicknameProblem, normalizeNickname } from './nickname';

describe('nicknameProblem', () => {
  it.each([
    ['Ada', 'plain'],
    ['  Ada  ', 'surrounding spaces trimmed'],
    ['a', 'one character'],
    ['x'.repeat(NICKNAME_MAX), '24 ASCII characters'],
    [` ${'x'.repeat(NICKNAME_MAX)} `, '24 characters plus spaces that are trimmed'],
    ['가'.repeat(NICKNAME_MAX), '24 Hangul syllables'],
    ['\u1100\u1161'.repeat(NICKNAME_MAX), '24 syllables typed as 48 conjoining jamo (NFC composes them)'],
    ['😀'.repeat(NICKNAME_MAX), '24 emoji = 48 UTF-16 units'],
    ['김철수 🚀', 'Korean and emoji together'],
    ['Ada Lovelace', 'inner space'],
  ])('accepts %j (%s)', (raw) => {
    expect(nicknameProblem(raw)).toBeNull();
  });

  it.each([
    ['', 'nickname-empty'],
    ['   ', 'nickname-empty'],
    ['\u3000', 'nickname-empty'], // ideographic space only
    ['x'.repeat(NICKNAME_MAX + 1), 'nickname-too-long'],
    ['가'.repeat(NICKNAME_MAX + 1), 'nickname-too-long'],
    ['😀'.repeat(NICKNAME_MAX + 1), 'nickname-too-long'],
    ['Ada\u0000', 'nickname-control'],
    ['A\u0007da', 'nickname-control'],
    ['Ada\nLovelace', 'nickname-control'],
    ['Ada\tLovelace', 'nickname-control'],
    ['Ada\u007F', 'nickname-control'],
    ['Ada\u0085x', 'nickname-control'], // NEL (C1 control)
    ['A\u202Eada', 'nickname-control'], // right-to-left override
    ['\u202Dada', 'nickname-control'], // left-to-right override
    ['a\u2066b\u2069', 'nickname-control'], // isolates
    ['a\u2028b', 'nickname-control'], // line separator
    ['a\u2029b', 'nickname-control'], // paragraph separator
  ])('rejects %j as %s', (raw, problem) => {
    expect(nicknameProblem(raw)).toBe(problem);
  });

  it('counts code points, not UTF-16 units', () => {
    const emoji = '😀'.repeat(NICKNAME_MAX);
    expect(emoji.length).toBe(2 * NICKNAME_MAX);
    expect(nicknameProblem(emoji)).toBeNull();
  });
});

describe('normalizeNickname', () => {
  it.each([
    ['  Ada  ', 'Ada'],
    ['Ada   Lovelace', 'Ada Lovelace'],
    ['Ada\u00A0Lovelace', 'Ada Lovelace'],
    ['e\u0301', '\u00E9'], // NFC
    ['\u1100\u1161', '가'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeNickname(raw)).toBe(expected);
  });
});

describe('nicknameKey', () => {
  it.each([
    ['Ada', 'ada'],
    ['Ada', 'ADA'],
    ['Ada', '  ada '],
    ['Ada Lovelace', 'ada   LOVELACE'],
    ['\u00E9mile', 'E\u0301MILE'],
    ['김철수', '김철수'],
  ])('%j and %j collide', (a, b) => {
    expect(nicknameKey(a)).toBe(nicknameKey(b));
  });

  it.each([
    ['Ada', 'Adb'],
    ['AdaLovelace', 'Ada Lovelace'],
    ['김철수', '김철'],
  ])('%j and %j differ', (a, b) => {
    expect(nicknameKey(a)).not.toBe(nicknameKey(b));
  });
});

describe('invisible characters', () => {
  it.each([
    ['Ada', 'Ada\u200B'],
    ['Ada', '\u200DAda'],
    ['민지', '민지\u3164'],
    ['Bo', 'B\u00ADo'],
  ])('%j and %j are the same nickname', (a, b) => {
    expect(nicknameKey(a)).toBe(nicknameKey(b));
  });
  it('refuses a nickname made only of invisible characters', () => {
    expect(nicknameProblem('\u200B\u200B')).toBe('nickname-empty');
  });
  it('keeps emoji joined by a zero-width joiner in the name itself', () => {
    expect(nicknameProblem('👩‍💻 Ada')).toBeNull();
  });
});
