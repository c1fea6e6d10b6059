import { describe, expect, it } from 'vitest';
import { parseCorpus } from './corpus';
import { parseSentimentDataset } from './sentiment';
import { sentimentParts, withoutHiddenPart } from './split';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('dataset hidden parts', () => {
  const sentiment = parseSentimentDataset(bytes(Array.from({ length: 100 }, (_, i) => `text ${i}\t${i % 2}`).join('\n')), 'a.tsv');

  it('keeps train and hidden examples apart and together complete', () => {
    const { train, hidden } = sentimentParts(sentiment);
    expect(hidden).toHaveLength(20);
    const trainTexts = new Set(train.map((e) => e.text));
    for (const e of hidden) expect(trainTexts.has(e.text)).toBe(false);
    expect(new Set([...trainTexts, ...hidden.map((e) => e.text)]).size).toBe(100);
  });

  it('picks another hidden part for another dataset seed', () => {
    const other = { ...sentiment, seed: sentiment.seed + 1 };
    expect(sentimentParts(other).hidden).not.toEqual(sentimentParts(sentiment).hidden);
  });

  it('strips the hidden part for browsers, once', () => {
    const stripped = withoutHiddenPart(sentiment);
    expect(stripped.hiddenRemoved).toBe(true);
    expect(stripped.examples).toEqual(sentimentParts(sentiment).train);
    expect(withoutHiddenPart(stripped)).toBe(stripped);
    const corpus = parseCorpus(bytes('abcdefghij'.repeat(2000)));
    const text = withoutHiddenPart(corpus).text;
    expect(text.length).toBe(18_000);
    expect(corpus.text.startsWith(text)).toBe(true);
  });
});
