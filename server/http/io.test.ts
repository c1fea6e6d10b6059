import { describe, expect, it } from 'vitest';
import { loginCookie, parseCookies } from './io';

describe('parseCookies', () => {
  it.each([
    [undefined, {}],
    ['', {}],
    ['unrolled_login=abc', { unrolled_login: 'abc' }],
    ['a=1; unrolled_login=abc ;b=2', { a: '1', unrolled_login: 'abc', b: '2' }],
    ['x=%E4%BD%A0', { x: '你' }],
    ['bad=%E0%A4%A; ok=1', { ok: '1' }], // a malformed cookie is skipped, the rest kept
    ['novalue; a=b=c', { a: 'b=c' }],
  ])('%j → %j', (header, expected) => {
    expect(Object.fromEntries(parseCookies(header))).toEqual(expected);
  });
});

describe('loginCookie', () => {
  it('is HttpOnly and SameSite=Lax, Secure only when asked', () => {
    expect(loginCookie('t', 60, false)).toBe('unrolled_login=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60');
    expect(loginCookie('t', 60, true)).toMatch(/; Secure$/);
  });
});
