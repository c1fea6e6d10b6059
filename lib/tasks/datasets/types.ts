/**
 * Instructor datasets after parsing and validation (pure data: the DB stores it, the server and
 * the browser both rebuild the task from it). A dataset's hidden part is fixed by its own `seed`
 * (a hash of its content), so every process that parses the same file holds out the same part.
 */

export interface SentimentExample {
  readonly text: string;
  /** One of the dataset's labels, e.g. '0' / '1' or '1'..'5'. */
  readonly label: string;
}

export interface SentimentDataset {
  readonly kind: 'sentiment';
  readonly examples: readonly SentimentExample[];
  /** Distinct labels in numeric order: ['0', '1'] (binary) or some of '1'..'5' (stars). */
  readonly labels: readonly string[];
  readonly seed: number;
  /** Set on the copy for browsers (withoutHiddenPart): then every example is a training example. */
  readonly hiddenRemoved?: boolean;
  readonly stats: {
    readonly format: 'tsv' | 'csv';
    readonly examples: number;
    readonly perLabel: Readonly<Record<string, number>>;
    readonly duplicatesDropped: number;
    readonly conflictsDropped: number;
  };
  /** Things the instructor should know but that do not stop the import. */
  readonly warnings: readonly string[];
}

export interface CorpusDataset {
  readonly kind: 'lm';
  /** UTF-8 text, line endings normalised to '\n', no byte-order mark. */
  readonly text: string;
  readonly seed: number;
  /** Set on the copy for browsers (withoutHiddenPart): `text` is then only the training part. */
  readonly hiddenRemoved?: boolean;
  readonly stats: { readonly bytes: number; readonly characters: number; readonly lines: number; readonly distinctCharacters: number };
  readonly warnings: readonly string[];
}

export type ParsedDataset = SentimentDataset | CorpusDataset;
