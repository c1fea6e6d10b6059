/**
 * Join codes: 6 characters from an alphabet without look-alikes (no 0/O, no 1/I/L), so a code read
 * off a projector is typed right the first time.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** Uppercases and strips spaces and dashes a person may type ("abc 234" → "ABC234"). */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidCode(code: string): boolean {
  return CODE_RE.test(code);
}

/**
 * Makes a code from random bytes (the caller supplies them: crypto in Node, crypto.getRandomValues in
 * the browser). Rejection sampling keeps every letter equally likely.
 */
export function codeFromRandom(nextByte: () => number): string {
  const n = CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < CODE_LENGTH) {
    const b = nextByte();
    if (b < limit) out += CODE_ALPHABET[b % n];
  }
  return out;
}
