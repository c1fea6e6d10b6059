/**
 * Instructor sentiment files: `text<TAB>label` lines (an optional header line whose label column
 * is named like "label") or CSV with a header naming a text and a label column. Labels are 0/1 or
 * 1–5 (stars). Rules, each with a message that names the line:
 *   - every data line has exactly the header's fields (TSV: 2), a non-empty text, a label 0..5;
 *   - one file uses 0/1 or 1–5, not both; at least two labels;
 *   - exact duplicates (same text and label) are dropped and counted in a warning; the same text
 *     with different labels keeps its first label, also counted;
 *   - each label needs at least MIN_PER_LABEL examples after that, so that the 20% hidden part
 *     (see split.ts) holds several of each.
 */
import { hashString } from '../core/hash';
import { splitWords } from '../core/vocab';
import { parseCsv } from './csv';
import { DatasetError, decodeUpload } from './text';
import type { SentimentDataset, SentimentExample } from './types';

export const MIN_PER_LABEL = 20;
/** Longer texts are cut to their first this-many word tokens by the task (a warning says so). */
export const MAX_SENTIMENT_TOKENS = 64;

const TEXT_COLUMNS = ['text', 'sentence', 'review', 'comment', 'content', 'body'];
const LABEL_COLUMNS = ['label', 'sentiment', 'rating', 'score', 'stars', 'class', 'polarity', 'target'];

interface Row {
  readonly line: number;
  readonly text: string;
  readonly label: string;
}

function formatOf(fileName: string, text: string): 'tsv' | 'csv' {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab' || ext === 'txt') return 'tsv';
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.includes('\t') || !first.includes(',') ? 'tsv' : 'csv';
}

function tsvRows(text: string, problems: string[]): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields = raw.split('\t');
    const isHeader = rows.length === 0 && fields.length === 2 && LABEL_COLUMNS.includes(fields[1]!.trim().toLowerCase());
    if (isHeader) return;
    if (fields.length !== 2) problems.push(`line ${i + 1}: expected text<TAB>label, found ${fields.length} field${fields.length === 1 ? '' : 's'}.`);
    else rows.push({ line: i + 1, text: fields[0]!, label: fields[1]! });
  });
  return rows;
}

function csvRows(text: string, problems: string[]): Row[] {
  const { records, problems: csvProblems } = parseCsv(text);
  problems.push(...csvProblems);
  const [header, ...data] = records;
  if (!header) return [];
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const t = names.findIndex((n) => TEXT_COLUMNS.includes(n));
  const l = names.findIndex((n) => LABEL_COLUMNS.includes(n));
  if (t < 0 || l < 0) {
    problems.push(
      `line ${header.line}: the CSV header must name a text column (${TEXT_COLUMNS.join(', ')}) and a label column ` +
        `(${LABEL_COLUMNS.join(', ')}); found: ${header.fields.join(', ')}.`,
    );
    return [];
  }
  const rows: Row[] = [];
  for (const r of data) {
    if (r.fields.length !== header.fields.length) {
      problems.push(`line ${r.line}: expected ${header.fields.length} fields as in the header, found ${r.fields.length}.`);
    } else rows.push({ line: r.line, text: r.fields[t]!, label: r.fields[l]! });
  }
  return rows;
}

/** Parses and validates a sentiment file; throws DatasetError listing what to fix. */
export function parseSentimentDataset(bytes: Uint8Array, fileName: string): SentimentDataset {
  const text = decodeUpload(bytes);
  const format = formatOf(fileName, text);
  const problems: string[] = [];
  const rows = format === 'csv' ? csvRows(text, problems) : tsvRows(text, problems);

  let firstZero: Row | undefined;
  let firstStar: Row | undefined;
  for (const row of rows) {
    const label = row.label.trim();
    if (row.text.trim() === '') problems.push(`line ${row.line}: the text is empty.`);
    if (!/^[0-5]$/.test(label)) problems.push(`line ${row.line}: label "${label}" must be 0 or 1, or 1 to 5.`);
    if (label === '0') firstZero ??= row;
    if (/^[2-5]$/.test(label)) firstStar ??= row;
  }
  if (firstZero && firstStar) {
    problems.push(`labels mix 0/1 with 1–5: line ${firstZero.line} has 0, line ${firstStar.line} has ${firstStar.label.trim()}. Use 0/1 or 1–5 in one file.`);
  }
  if (rows.length === 0 && problems.length === 0) problems.push('The file has no examples.');
  if (problems.length > 0) throw new DatasetError(problems);

  const seen = new Map<string, string>(); // normalised text → first label
  const examples: SentimentExample[] = [];
  let duplicatesDropped = 0;
  let conflictsDropped = 0;
  for (const row of rows) {
    const t = row.text.trim().replace(/\s+/g, ' ');
    const label = row.label.trim();
    const before = seen.get(t);
    if (before === undefined) {
      seen.set(t, label);
      examples.push({ text: t, label });
    } else if (before === label) duplicatesDropped++;
    else conflictsDropped++;
  }

  const perLabel: Record<string, number> = {};
  for (const e of examples) perLabel[e.label] = (perLabel[e.label] ?? 0) + 1;
  const labels = Object.keys(perLabel).sort((a, b) => Number(a) - Number(b));
  if (labels.length < 2) problems.push(`Every example has label ${labels[0]}; a classifier needs at least two labels.`);
  for (const l of labels) {
    if (perLabel[l]! < MIN_PER_LABEL) {
      problems.push(`label ${l} has ${perLabel[l]} example${perLabel[l] === 1 ? '' : 's'} (after dropping duplicates); each label needs at least ${MIN_PER_LABEL}.`);
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);

  const warnings: string[] = [];
  if (duplicatesDropped > 0) warnings.push(`${duplicatesDropped} duplicated line${duplicatesDropped === 1 ? ' was' : 's were'} dropped.`);
  if (conflictsDropped > 0) warnings.push(`${conflictsDropped} line${conflictsDropped === 1 ? '' : 's'} repeated an earlier text with a different label; the first label was kept.`);
  const long = examples.filter((e) => splitWords(e.text).length > MAX_SENTIMENT_TOKENS).length;
  if (long > 0) warnings.push(`${long} example${long === 1 ? ' is' : 's are'} longer than ${MAX_SENTIMENT_TOKENS} words; models read only the first ${MAX_SENTIMENT_TOKENS}.`);

  return {
    kind: 'sentiment',
    examples,
    labels,
    seed: hashString(examples.map((e) => `${e.label}\t${e.text}`).join('\n')),
    stats: { format, examples: examples.length, perLabel, duplicatesDropped, conflictsDropped },
    warnings,
  };
}
