/**
 * Small pure hashes (no crypto module: this runs in browsers too). They decide which generated
 * samples fall in the hidden bucket, so they must never change once a challenge has been run —
 * changing one silently moves samples between the train and hidden sides.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's final avalanche: spreads every input bit over the low bits that `% n` looks at. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, then avalanched; unsigned 32-bit. */
export function hashString(text: string, salt = 0): number {
  let h = (FNV_OFFSET ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix32(h);
}

/** FNV-1a over whole integers (token ids), then avalanched; unsigned 32-bit. */
export function hashIds(ids: ArrayLike<number>, salt = 0, start = 0, end = ids.length): number {
  let h = (FNV_OFFSET ^ salt) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= ids[i]!;
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= end - start; // so that [1, 0] and [1] differ even where 0 is a real id
  return mix32(Math.imul(h, FNV_PRIME));
}

/**
 * Which part of a task's sample space is reserved for hidden splits: a sample whose hash h has
 * h % den < num. Train streams reject these samples; hidden splits draw only these.
 */
export interface HiddenBucket {
  readonly num: number;
  readonly den: number;
}

/** The default: 1 sample in 16. */
export const ONE_IN_16: HiddenBucket = { num: 1, den: 16 };

export function inHiddenBucket(hash: number, bucket: HiddenBucket): boolean {
  return hash % bucket.den < bucket.num;
}
