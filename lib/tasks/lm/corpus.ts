/**
 * Character corpora for the language model (the built-in ones, see ./moby-dick.ts, and instructor
 * uploads). A corpus is cut once: its first 90% (by UTF-16 units, never inside a surrogate pair)
 * trains, its last 10% is the hidden tail. The character vocabulary comes from the training part
 * only — characters seen fewer than LM_MIN_CHAR_COUNT times read as <unk> — so the browser's copy
 * without the tail builds exactly the same vocabulary as the server.
 *
 * No corpus text is imported here: this file is in the browser bundle.
 */
import { createVocabulary, type TaskVocabulary } from '../core/vocab';
import type { CorpusDataset } from '../datasets/types';

export const LM_TRAIN_FRACTION = 0.9;
export const LM_MIN_CHAR_COUNT = 5;
/** Keeps ids below 256 (PAD + UNK + 254), so a corpus encodes into a Uint8Array. */
export const LM_MAX_SYMBOLS = 254;

/** Where the training part ends, in UTF-16 units. */
export function trainCut(text: string, hiddenRemoved: boolean | undefined): number {
  if (hiddenRemoved) return text.length;
  let cut = Math.floor(text.length * LM_TRAIN_FRACTION);
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
  return cut;
}

/** Characters for the vocabulary (most frequent first), and how many distinct ones were left out. */
export function characterSymbols(trainText: string): { symbols: string[]; left: number } {
  const counts = new Map<string, number>();
  for (const ch of trainText) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const symbols = ranked.filter(([, n]) => n >= LM_MIN_CHAR_COUNT).slice(0, LM_MAX_SYMBOLS).map(([ch]) => ch);
  return { symbols, left: counts.size - symbols.length };
}

export interface EncodedCorpus {
  readonly vocab: TaskVocabulary;
  /** Token ids of the training part. */
  readonly train: Uint8Array;
  /** Token ids of the hidden tail (empty on a browser copy). */
  readonly hidden: Uint8Array;
}

function encode(text: string, vocab: TaskVocabulary): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) out[n++] = vocab.id(ch);
  return out.subarray(0, n);
}

const encoded = new WeakMap<CorpusDataset, EncodedCorpus>();

/** Vocabulary and ids of a corpus; computed once per dataset object. */
export function encodeCorpus(dataset: CorpusDataset): EncodedCorpus {
  let e = encoded.get(dataset);
  if (!e) {
    const cut = trainCut(dataset.text, dataset.hiddenRemoved);
    const trainText = dataset.text.slice(0, cut);
    const vocab = createVocabulary(characterSymbols(trainText).symbols, { join: '', unk: true });
    e = { vocab, train: encode(trainText, vocab), hidden: encode(dataset.text.slice(cut), vocab) };
    encoded.set(dataset, e);
  }
  return e;
}
