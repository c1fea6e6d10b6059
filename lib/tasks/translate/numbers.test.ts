import { describe, expect, it } from 'vitest';
import { englishWords, koreanReading } from './numbers';
import { TRANSLATE_LEVELS } from './levels';
import { translateTask } from './task';

describe('Sino-Korean readings', () => {
  it.each([
    [0, '영'], [1, '일'], [10, '십'], [11, '십일'], [20, '이십'], [100, '백'], [101, '백일'], [312, '삼백십이'],
    [1000, '천'], [1111, '천백십일'], [10000, '만'], [10001, '만일'], [11000, '만천'], [110000, '십일만'],
    [1000000, '백만'], [10000000, '천만'], [20000000, '이천만'], [100000000, '일억'], [100010000, '일억만'],
    [123456789, '일억이천삼백사십오만육천칠백팔십구'], [999999999, '구억구천구백구십구만구천구백구십구'],
  ])('%i → %s', (n, reading) => {
    expect(koreanReading(n)).toBe(reading);
  });
});

describe('English number words', () => {
  it.each([
    [0, 'zero'], [7, 'seven'], [13, 'thirteen'], [20, 'twenty'], [42, 'forty two'], [100, 'one hundred'],
    [312, 'three hundred twelve'], [1000, 'one thousand'], [10001, 'ten thousand one'],
    [110000, 'one hundred ten thousand'], [1000000, 'one million'],
    [123456789, 'one hundred twenty three million four hundred fifty six thousand seven hundred eighty nine'],
  ])('%i → %s', (n, words) => {
    expect(englishWords(n).join(' ')).toBe(words);
  });

  it.each([-1, 1.5, 1e9])('rejects %d', (n) => {
    expect(() => englishWords(n)).toThrow('from 0 to 999999999');
  });
});

describe('translate levels', () => {
  it.each(Object.entries(TRANSLATE_LEVELS))('%s: inLen and outLen are the longest English and Korean (+EOS) below 10^k', (_, spec) => {
    let inLen = 0;
    let outLen = 0;
    // Below 10^4 every number is checked; above, the number groups are independent, so the
    // longest are those made of the longest groups (777 in English, 9999 in Korean).
    const ns = spec.digits <= 4 ? Array.from({ length: 10 ** spec.digits }, (_, i) => i) : [777_777_777, 999_999_999, 777_777_000, 100_000_001];
    for (const n of ns) {
      inLen = Math.max(inLen, englishWords(n).length);
      outLen = Math.max(outLen, koreanReading(n).length + 1);
    }
    expect([spec.inLen, spec.outLen]).toEqual([inLen, outLen]);
  });

  it('draws short and long numbers alike (digits uniform) and below-100 hides about a quarter of them', () => {
    const task = translateTask('below-1000000000');
    const samples = task.sampleText(1, 3000);
    const short = samples.filter((s) => !s.input.includes('thousand') && !s.input.includes('million')).length;
    expect(short / samples.length).toBeGreaterThan(0.25); // 3 of 9 digit counts, minus the hidden bucket
    const small = translateTask('below-100');
    const seen = new Set(small.sampleText(2, 4000).map((s) => s.input));
    expect(seen.size).toBeGreaterThan(60);
    expect(seen.size).toBeLessThan(90);
    for (const s of small.sampleText(3, 200)) expect(koreanReading(englishToNumber(s.input))).toBe(s.target);
  });
});

/** Inverse of englishWords, for checking samples end to end. */
function englishToNumber(text: string): number {
  const small = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  let total = 0;
  let group = 0;
  for (const w of text.split(' ')) {
    if (small.includes(w)) group += small.indexOf(w);
    else if (tens.includes(w)) group += 10 * tens.indexOf(w);
    else if (w === 'hundred') group *= 100;
    else (total += group * (w === 'thousand' ? 1000 : 1_000_000)), (group = 0);
  }
  return total + group;
}
