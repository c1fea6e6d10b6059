import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  codeSchema,
  instructorNameSchema,
  nicknameSchema,
  oneTimeTokenSchema,
  participantIdSchema,
  participantTokenSchema,
  passwordSchema,
  sessionNameSchema,
} from './fields';

const TOKEN = 'A'.repeat(21) + 'b_-9'.repeat(5) + 'zz'; // 43 base64url characters

/** The first issue's message, or null when the value is accepted. */
function problem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
}

describe('codeSchema', () => {
  it.each([
    ['ABC234', 'ABC234'],
    ['abc234', 'ABC234'],
    ['abc-234', 'ABC234'],
    [' ab c 2 3 4 ', 'ABC234'],
  ])('accepts %j as %j', (input, expected) => {
    expect(codeSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['ABC23', /6 letters and digits/],
    ['ABC2345', /6 letters and digits/],
    ['ABC230', /no 0, O, 1, I or L/],
    ['ABCOOO', /no 0, O, 1, I or L/],
    ['A'.repeat(33), /6 characters/],
    ['A'.repeat(100_000), /6 characters/],
    ['', /6 letters and digits/],
  ])('rejects %j', (input, message) => {
    expect(problem(codeSchema, input)).toMatch(message);
  });

  it.each([[123456], [null], [undefined], [{ code: 'ABC234' }], [['ABC234']]])('rejects the non-string %j', (value) => {
    expect(problem(codeSchema, value)).not.toBeNull();
  });
});

describe('nicknameSchema', () => {
  it.each([
    ['Ada', 'Ada'],
    ['  Ada   Lovelace ', 'Ada Lovelace'],
    ['가'.repeat(24), '가'.repeat(24)],
    ['😀'.repeat(24), '😀'.repeat(24)],
  ])('accepts %j as %j', (input, expected) => {
    expect(nicknameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'Type a nickname.'],
    ['   ', 'Type a nickname.'],
    ['x'.repeat(25), 'A nickname has at most 24 characters.'],
    ['x'.repeat(201), 'A nickname has at most 24 characters.'],
    ['A\u202Eda', 'A nickname cannot contain control characters.'],
    ['Ada\u0000', 'A nickname cannot contain control characters.'],
  ])('rejects %j: %s', (input, message) => {
    expect(problem(nicknameSchema, input)).toBe(message);
  });

  it.each([[42], [null], [undefined], [{}], [true]])('rejects the non-string %j', (value) => {
    expect(problem(nicknameSchema, value)).not.toBeNull();
  });
});

describe('participantTokenSchema', () => {
  it('accepts 43 base64url characters', () => {
    expect(TOKEN).toHaveLength(43);
    expect(problem(participantTokenSchema, TOKEN)).toBeNull();
  });

  it.each([
    ['42 characters', TOKEN.slice(1)],
    ['44 characters', TOKEN + 'A'],
    ['base64 "+"', '+' + TOKEN.slice(1)],
    ['base64 "/"', '/' + TOKEN.slice(1)],
    ['padding', TOKEN.slice(1) + '='],
    ['a space', ' ' + TOKEN.slice(1)],
    ['huge', 'A'.repeat(100_000)],
    ['a number', 42],
    ['null', null],
  ])('rejects %s', (_label, value) => {
    expect(problem(participantTokenSchema, value)).not.toBeNull();
  });
});

describe('participantIdSchema', () => {
  it('accepts a random UUID', () => {
    expect(problem(participantIdSchema, randomUUID())).toBeNull();
  });

  it.each([['not-a-uuid'], [''], [randomUUID() + 'a'], [randomUUID().replace(/-/g, '')], [42], [null]])('rejects %j', (value) => {
    expect(problem(participantIdSchema, value)).not.toBeNull();
  });
});

describe('instructorNameSchema', () => {
  it.each([
    ['Ada', 'Ada'],
    ['  Ada  ', 'Ada'],
    ['Al', 'Al'],
    ['김교수', '김교수'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['e\u0301mile', '\u00E9mile'],
  ])('accepts %j as %j', (input, expected) => {
    expect(instructorNameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['A', 'A name has at least 2 characters.'],
    ['  A  ', 'A name has at least 2 characters.'],
    ['x'.repeat(61), 'A name has at most 60 characters.'],
    ['Ada\u0000x', 'A name cannot contain control characters.'],
    ['Ada\nBob', 'A name cannot contain control characters.'],
  ])('rejects %j: %s', (input, message) => {
    expect(problem(instructorNameSchema, input)).toBe(message);
  });

  it.each([[42], [null], [undefined]])('rejects the non-string %j', (value) => {
    expect(problem(instructorNameSchema, value)).not.toBeNull();
  });
});

describe('passwordSchema', () => {
  it.each([['x'.repeat(10)], ['x'.repeat(200)], ['비밀번호는열글자이상']])('accepts %j', (value) => {
    expect(problem(passwordSchema, value)).toBeNull();
  });

  it.each([
    ['x'.repeat(9), 'A password has at least 10 characters.'],
    ['', 'A password has at least 10 characters.'],
    ['x'.repeat(201), 'A password has at most 200 characters.'],
  ])('rejects %j: %s', (value, message) => {
    expect(problem(passwordSchema, value)).toBe(message);
  });

  it.each([[1234567890], [null]])('rejects the non-string %j', (value) => {
    expect(problem(passwordSchema, value)).not.toBeNull();
  });
});

describe('sessionNameSchema', () => {
  it.each([
    ['RNN lecture', 'RNN lecture'],
    ['  RNN lecture — Tuesday ', 'RNN lecture — Tuesday'],
    ['x', 'x'],
    ['x'.repeat(80), 'x'.repeat(80)],
  ])('accepts %j as %j', (input, expected) => {
    expect(sessionNameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'Give the class session a name.'],
    ['   ', 'Give the class session a name.'],
    ['x'.repeat(81), 'A class session name has at most 80 characters.'],
    ['RNN\u0007', 'A name cannot contain control characters.'],
  ])('rejects %j: %s', (input, message) => {
    expect(problem(sessionNameSchema, input)).toBe(message);
  });

  it.each([[42], [null], [['RNN']]])('rejects the non-string %j', (value) => {
    expect(problem(sessionNameSchema, value)).not.toBeNull();
  });
});

describe('oneTimeTokenSchema', () => {
  it.each([['A'.repeat(20)], [TOKEN], ['a_-'.repeat(33) + 'z']])('accepts %j', (value) => {
    expect(problem(oneTimeTokenSchema, value)).toBeNull();
  });

  it.each([
    ['19 characters', 'A'.repeat(19)],
    ['101 characters', 'A'.repeat(101)],
    ['a truncated link with a space', 'abcdefghij klmnopqrstu'],
    ['a query string', `${TOKEN}&x=1`],
  ])('rejects %s', (_label, value) => {
    expect(problem(oneTimeTokenSchema, value)).toBe('That link is not valid: copy the whole link.');
  });

  it.each([[42], [null], [undefined]])('rejects the non-string %j', (value) => {
    expect(problem(oneTimeTokenSchema, value)).not.toBeNull();
  });
});
