import { describe, expect, it } from 'vitest';
import { parseCorpus } from './corpus';

const bytes = (text: string) => new TextEncoder().encode(text);
const prose = (n: number) => 'Call me Ishmael. Some years ago, never mind how long precisely.\n'.repeat(Math.ceil(n / 64)).slice(0, n);

describe('parseCorpus', () => {
  it('accepts plain UTF-8 text, normalising line endings and dropping a byte-order mark', () => {
    const d = parseCorpus(bytes(`\uFEFF${prose(20_000).replace(/\n/g, '\r\n')}`));
    expect(d.kind).toBe('lm');
    expect(d.text.startsWith('Call me')).toBe(true);
    expect(d.text.includes('\r')).toBe(false);
    expect(d.stats.characters).toBe(d.text.length);
    expect(d.warnings).toEqual([]);
  });

  it('counts characters, not bytes, and warns about rare ones', () => {
    const d = parseCorpus(bytes(`${prose(12_000)}한국어 ✓ 🐋`));
    expect(d.stats.bytes).toBeGreaterThan(d.stats.characters);
    expect(d.warnings).toEqual([]); // rare characters in the hidden tail do not count
    const early = parseCorpus(bytes(`🐋 é ✓${prose(12_000)}`));
    expect(early.warnings).toEqual(['3 distinct characters will read as <unk>: they appear fewer than 5 times in the training part.']);
  });

  it.each([
    ['too short', bytes(prose(9_999)), 'The text has 9,999 characters; a corpus needs at least 10,000'],
    ['blank', bytes(' \n'.repeat(6000)), 'The file holds only blank space.'],
    ['empty', new Uint8Array(0), 'The file is empty.'],
    ['not UTF-8 (Latin-1 é on line 2)', new Uint8Array([...bytes('ok\ncaf'), 0xe9, ...bytes(prose(11_000))]), 'line 2: not valid UTF-8 text.'],
  ])('rejects a file that is %s', (_, data, message) => {
    expect(() => parseCorpus(data)).toThrow(message);
  });
});
