/**
 * Instructor corpora for the language model: plain UTF-8 text, at most 20 MB, at least
 * MIN_CORPUS_CHARACTERS characters (its last 10% is held out for scoring, lm/corpus.ts).
 */
import { hashString } from '../core/hash';
import { characterSymbols, LM_MAX_SYMBOLS, LM_MIN_CHAR_COUNT, trainCut } from '../lm/corpus';
import { DatasetError, decodeUpload } from './text';
import type { CorpusDataset } from './types';

export const MIN_CORPUS_CHARACTERS = 10_000;

/** Parses and validates a corpus; throws DatasetError saying what to fix. */
export function parseCorpus(bytes: Uint8Array): CorpusDataset {
  const text = decodeUpload(bytes);
  let characters = 0;
  const distinct = new Set<string>();
  for (const ch of text) {
    characters++;
    distinct.add(ch);
  }
  if (text.trim() === '') throw new DatasetError(['The file holds only blank space.']);
  if (characters < MIN_CORPUS_CHARACTERS) {
    throw new DatasetError([
      `The text has ${characters.toLocaleString('en')} characters; a corpus needs at least ${MIN_CORPUS_CHARACTERS.toLocaleString('en')} (its last 10% is kept back for scoring).`,
    ]);
  }
  const warnings: string[] = [];
  const { symbols, left } = characterSymbols(text.slice(0, trainCut(text, false)));
  if (left > 0) {
    const why = symbols.length === LM_MAX_SYMBOLS ? `only the ${LM_MAX_SYMBOLS} most frequent get their own token` : `they appear fewer than ${LM_MIN_CHAR_COUNT} times in the training part`;
    warnings.push(`${left} distinct character${left === 1 ? '' : 's'} will read as <unk>: ${why}.`);
  }
  return {
    kind: 'lm',
    text,
    seed: hashString(text),
    stats: { bytes: bytes.length, characters, lines: text.split('\n').length, distinctCharacters: distinct.size },
    warnings,
  };
}
