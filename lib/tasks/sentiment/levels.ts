/** Built-in sentiment levels (rules in ./README.md). */
export interface SentimentLevel {
  /** Probability that a sentence has two clauses (contrast). */
  readonly contrast: number;
  /** Probability that a clause is negated. */
  readonly negation: number;
  /** Longest sentence in tokens (the comma counts). */
  readonly inLen: number;
}

export const SENTIMENT_LEVELS = {
  plain: { contrast: 0, negation: 0, inLen: 5 },
  negation: { contrast: 0, negation: 0.5, inLen: 6 },
  contrast: { contrast: 1, negation: 0, inLen: 12 },
  mixed: { contrast: 0.6, negation: 0.4, inLen: 14 },
} as const satisfies Record<string, SentimentLevel>;
export type SentimentLevelName = keyof typeof SENTIMENT_LEVELS;

