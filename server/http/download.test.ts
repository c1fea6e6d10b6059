import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFileName } from './download';

describe('contentDisposition (RFC 6266 / RFC 5987)', () => {
  it.each([
    ['results.csv', `attachment; filename="results.csv"; filename*=UTF-8''results.csv`],
    ['RNN 수업.csv', `attachment; filename="RNN __.csv"; filename*=UTF-8''RNN%20%EC%88%98%EC%97%85.csv`],
    [`Kim, "Ace" (1)'s.unrl`, `attachment; filename="Kim, _Ace_ (1)'s.unrl"; filename*=UTF-8''Kim%2C%20%22Ace%22%20%281%29%27s.unrl`],
    ['100%.json', `attachment; filename="100_.json"; filename*=UTF-8''100%25.json`],
  ])('%j', (name, expected) => {
    expect(contentDisposition(name)).toBe(expected);
  });

  it('decodes back to the exact name', () => {
    const name = '민지, "최고" 모델.unrl';
    const encoded = /filename\*=UTF-8''(.+)$/.exec(contentDisposition(name))![1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});

describe('safeFileName', () => {
  it.each([
    ['a/b\\c:d', 'a_b_c_d'],
    ['..hidden', 'hidden'],
    ['tab\there', 'tab_here'],
    ['   ', 'download'],
    ['민지 모델', '민지 모델'],
    ['x'.repeat(200), 'x'.repeat(120)],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
