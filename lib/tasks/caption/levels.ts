/** caption levels: the most shapes in a scene (a scene holds 1..max, the count uniform). */
/** outLen: the longest caption + EOS. */
export const CAPTION_LEVELS = {
  'shapes-1': { maxShapes: 1, outLen: 8 },
  'shapes-2': { maxShapes: 2, outLen: 9 },
  'shapes-3': { maxShapes: 3, outLen: 16 },
} as const;
export type CaptionLevelName = keyof typeof CAPTION_LEVELS;

