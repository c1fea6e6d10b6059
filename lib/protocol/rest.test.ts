import { describe, expect, it } from 'vitest';
import { authStateSchema, classSessionSummarySchema, createSessionBodySchema, loginBodySchema, setupBodySchema } from './rest';

const TOKEN = 'Ab_-'.repeat(10) + 'xyz';
const SETUP = { token: TOKEN, name: 'Ada', password: 'correct horse' };

describe('setupBodySchema (also the invite body)', () => {
  it('accepts a body and normalizes the name', () => {
    expect(setupBodySchema.parse({ ...SETUP, name: '  Ada ' })).toEqual(SETUP);
  });

  it.each([
    ['an extra key', { ...SETUP, admin: true }],
    ['no token', { name: 'Ada', password: 'correct horse' }],
    ['a short token', { ...SETUP, token: 'abc' }],
    ['a token with a space', { ...SETUP, token: `${TOKEN} x` }],
    ['a one-letter name', { ...SETUP, name: 'A' }],
    ['a name with a control character', { ...SETUP, name: 'Ada\u0000' }],
    ['a 9-character password', { ...SETUP, password: '123456789' }],
    ['a 201-character password', { ...SETUP, password: 'x'.repeat(201) }],
    ['a numeric password', { ...SETUP, password: 1234567890 }],
    ['an array', [SETUP]],
    ['null', null],
    ['a string', JSON.stringify(SETUP)],
  ])('rejects %s', (_label, body) => {
    expect(setupBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('loginBodySchema', () => {
  it.each([
    [{ name: 'Ada', password: 'correct horse' }],
    // Empty fields reach the account check and fail there as a wrong password, not as a shape error.
    [{ name: '', password: '' }],
  ])('accepts %j', (body) => {
    expect(loginBodySchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['an extra key', { name: 'Ada', password: 'x', remember: true }],
    ['no password', { name: 'Ada' }],
    ['a 201-character name', { name: 'x'.repeat(201), password: 'x' }],
    ['a 201-character password', { name: 'Ada', password: 'x'.repeat(201) }],
    ['a numeric password', { name: 'Ada', password: 12 }],
    ['null', null],
  ])('rejects %s', (_label, body) => {
    expect(loginBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('createSessionBodySchema', () => {
  it('accepts and trims a name', () => {
    expect(createSessionBodySchema.parse({ name: ' RNN lecture ' })).toEqual({ name: 'RNN lecture' });
  });

  it.each([
    ['an empty name', { name: '  ' }],
    ['an 81-character name', { name: 'x'.repeat(81) }],
    ['an extra key', { name: 'RNN', code: 'ABC234' }],
    ['a numeric name', { name: 5 }],
    ['no name', {}],
  ])('rejects %s', (_label, body) => {
    expect(createSessionBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('reply schemas', () => {
  it.each([
    [authStateSchema, { instructor: null, needsSetup: true }, true],
    [authStateSchema, { instructor: { id: 'i', name: 'Ada' }, needsSetup: false }, true],
    [authStateSchema, { needsSetup: false }, false],
    [classSessionSummarySchema, { id: 'x', code: 'ABC234', name: 'RNN', createdAt: 1, endedAt: null, participants: 0 }, true],
    [classSessionSummarySchema, { id: 'x', code: 'ABC234', name: 'RNN', createdAt: 1, endedAt: null }, false],
  ])('%#: %j → %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
});
