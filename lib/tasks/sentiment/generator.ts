/**
 * Built-in review sentences where word ORDER decides the label (rules in ./README.md):
 *   clause   = "the <thing> was|is [negator] [intensifier] <quality word>"
 *            | "i was [negator] [intensifier] <feeling word>"
 *   negator  = not | never | hardly — flips the clause's polarity ("not bad" is positive)
 *   intensifier = very | really | extremely | truly | so — changes strength, never direction
 *   sentence = clause
 *            | other ", but" main | "although" other "," main | main ", although" other
 * The label is the main clause's polarity. In two-clause sentences the other clause has the
 * opposite polarity 3 times in 4, so a bag of words sees one positive and one negative word and
 * cannot tell which clause governs.
 */
import { chance, pick, type Rng } from '../core/rng';
import { sentimentLexicon } from './lexicon';
import type { SentimentLevel } from './levels';


export const SENTIMENT_CLASSES = ['negative', 'positive'] as const;

const THINGS = ['movie', 'film', 'food', 'service', 'hotel', 'staff', 'plot', 'music', 'room', 'book', 'show', 'meal', 'acting', 'story', 'ending', 'concert'];
const NEGATORS = ['not', 'never', 'hardly'];
const INTENSIFIERS = ['very', 'really', 'extremely', 'truly', 'so'];
const GLUE = ['the', 'i', 'was', 'is', ',', 'but', 'although'];

/** Every token a generated sentence can contain (the input vocabulary). */
export function sentimentWords(): string[] {
  const { quality, feeling } = sentimentLexicon();
  const all = [...GLUE, ...THINGS, ...NEGATORS, ...INTENSIFIERS, ...quality.positive, ...quality.negative, ...feeling.positive, ...feeling.negative];
  return [...new Set(all)];
}

/** One clause whose polarity (after negation) is `positive`. */
function clause(rng: Rng, positive: boolean, level: SentimentLevel): string[] {
  const { quality, feeling } = sentimentLexicon();
  const negator = chance(rng, level.negation) ? pick(rng, NEGATORS) : undefined;
  const wordPositive = negator ? !positive : positive;
  const aboutThing = chance(rng, 0.6);
  const words = aboutThing ? quality : feeling;
  const out = aboutThing ? ['the', pick(rng, THINGS), pick(rng, ['was', 'is'])] : ['i', 'was'];
  if (negator) out.push(negator);
  if (negator !== 'hardly' && chance(rng, 0.3)) out.push(pick(rng, INTENSIFIERS));
  out.push(pick(rng, wordPositive ? words.positive : words.negative));
  return out;
}

/** A sentence as tokens, and its label (1 = positive). */
export function generateReview(rng: Rng, level: SentimentLevel): { tokens: string[]; label: 0 | 1 } {
  const positive = chance(rng, 0.5);
  const main = clause(rng, positive, level);
  if (!chance(rng, level.contrast)) return { tokens: main, label: positive ? 1 : 0 };
  const other = clause(rng, chance(rng, 0.75) ? !positive : positive, level);
  const form = pick(rng, [0, 1, 2]);
  const tokens =
    form === 0 ? [...other, ',', 'but', ...main]
    : form === 1 ? ['although', ...other, ',', ...main]
    : [...main, ',', 'although', ...other];
  return { tokens, label: positive ? 1 : 0 };
}
