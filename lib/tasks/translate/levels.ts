import { ONE_IN_16 } from '../core/hash';

/** k = digits; inLen / outLen are the longest English input and Korean output (+ EOS) below 10^k. */
export const TRANSLATE_LEVELS = {
  'below-100': { digits: 2, inLen: 2, outLen: 4, bucket: { num: 1, den: 4 } },
  'below-10000': { digits: 4, inLen: 6, outLen: 8, bucket: ONE_IN_16 },
  'below-1000000000': { digits: 9, inLen: 14, outLen: 18, bucket: ONE_IN_16 },
} as const;
export type TranslateLevelName = keyof typeof TRANSLATE_LEVELS;

