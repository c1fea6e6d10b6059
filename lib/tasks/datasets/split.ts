/**
 * The hidden part of an instructor dataset, fixed by the dataset's own seed.
 * Sentiment: per label, a seeded shuffle picks round(20%) of its examples (so every label is in
 * both parts); the rest, in file order, trains. Corpus: the last 10% of the text (lm/corpus.ts).
 * `withoutHiddenPart` makes the copy that may go to browsers: trained on, never scored.
 */
import { createRng, shuffleInPlace } from '../core/rng';
import { trainCut } from '../lm/corpus';
import type { ParsedDataset, SentimentDataset, SentimentExample } from './types';

export const SENTIMENT_HIDDEN_FRACTION = 0.2;

export function sentimentParts(dataset: SentimentDataset): { train: SentimentExample[]; hidden: SentimentExample[] } {
  if (dataset.hiddenRemoved) return { train: [...dataset.examples], hidden: [] };
  const rng = createRng(dataset.seed);
  const hiddenIndex = new Set<number>();
  for (const label of dataset.labels) {
    const indices = dataset.examples.flatMap((e, i) => (e.label === label ? [i] : []));
    shuffleInPlace(rng, indices);
    for (const i of indices.slice(0, Math.round(indices.length * SENTIMENT_HIDDEN_FRACTION))) hiddenIndex.add(i);
  }
  const train: SentimentExample[] = [];
  const hidden: SentimentExample[] = [];
  dataset.examples.forEach((e, i) => (hiddenIndex.has(i) ? hidden : train).push(e));
  return { train, hidden };
}

/** The dataset minus its hidden part, marked so that tasks treat everything left as training data. */
export function withoutHiddenPart<D extends ParsedDataset>(dataset: D): D {
  if (dataset.hiddenRemoved) return dataset;
  if (dataset.kind === 'sentiment') return { ...dataset, examples: sentimentParts(dataset).train, hiddenRemoved: true };
  return { ...dataset, text: dataset.text.slice(0, trainCut(dataset.text, false)), hiddenRemoved: true };
}
