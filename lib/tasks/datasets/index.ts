export { parseSentimentDataset, MIN_PER_LABEL, MAX_SENTIMENT_TOKENS } from './sentiment';
export { parseCorpus, MIN_CORPUS_CHARACTERS } from './corpus';
export { DatasetError, MAX_DATASET_BYTES } from './text';
export { sentimentParts, withoutHiddenPart, SENTIMENT_HIDDEN_FRACTION } from './split';
export type { ParsedDataset, SentimentDataset, CorpusDataset, SentimentExample } from './types';
