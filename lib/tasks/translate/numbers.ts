/**
 * Number words. English: "three hundred twelve" (no "and", no hyphens; 0 ≤ n < 10^9).
 * Sino-Korean (standard reading): 영 for zero; digits 일 이 삼 사 오 육 칠 팔 구; units 십 백 천
 * inside each group of four digits and 만 (10^4), 억 (10^8) between groups. 일 is dropped before
 * 십, 백, 천 and 만 (10 → 십, 10000 → 만) and kept before 억 (10^8 → 일억); syllables are written
 * together: 312 → 삼백십이, 110000 → 십일만, 123456789 → 일억이천삼백사십오만육천칠백팔십구.
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** Every English word the reader uses (the input vocabulary). */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [...ONES, ...TENS.slice(2), 'hundred', 'thousand', 'million'];

/** Every Hangul syllable the reading uses (the output vocabulary). */
export const KOREAN_NUMBER_SYLLABLES: readonly string[] = [...'영일이삼사오육칠팔구십백천만억'];

export const MAX_NUMBER = 999_999_999;

function checkRange(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) throw new Error(`Numbers must be whole, from 0 to ${MAX_NUMBER}; got ${n}.`);
}

/** Words for 1..999. */
function below1000(n: number, out: string[]): void {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h > 0) out.push(ONES[h]!, 'hundred');
  if (r >= 20) {
    out.push(TENS[Math.floor(r / 10)]!);
    if (r % 10 > 0) out.push(ONES[r % 10]!);
  } else if (r > 0) out.push(ONES[r]!);
}

/** English words of n as a list: 312 → ['three', 'hundred', 'twelve']. */
export function englishWords(n: number): string[] {
  checkRange(n);
  if (n === 0) return ['zero'];
  const out: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  if (millions > 0) {
    below1000(millions, out);
    out.push('million');
  }
  if (thousands > 0) {
    below1000(thousands, out);
    out.push('thousand');
  }
  if (n % 1000 > 0) below1000(n % 1000, out);
  return out;
}

const DIGITS = '영일이삼사오육칠팔구';
const UNITS = ['천', '백', '십', ''] as const;

/** One group of four digits, 1..9999, with 일 dropped before 천 백 십 (kept in the ones place). */
function koreanGroup(n: number): string {
  let out = '';
  const digits = String(n).padStart(4, '0');
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) continue;
    out += (d === 1 && i < 3 ? '' : DIGITS[d]) + UNITS[i];
  }
  return out;
}

/** The Sino-Korean reading of n: 10001 → 만일. */
export function koreanReading(n: number): string {
  checkRange(n);
  if (n === 0) return '영';
  const eok = Math.floor(n / 100_000_000);
  const man = Math.floor(n / 10_000) % 10_000;
  const rest = n % 10_000;
  let out = '';
  if (eok > 0) out += koreanGroup(eok) + '억'; // koreanGroup(1) is 일: kept before 억
  if (man > 0) out += (man === 1 ? '' : koreanGroup(man)) + '만';
  if (rest > 0) out += koreanGroup(rest);
  return out;
}
