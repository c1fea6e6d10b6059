import { describe, expect, it } from 'vitest';
import { DatasetError, MAX_DATASET_BYTES } from './text';
import { parseSentimentDataset } from './sentiment';

const bytes = (text: string) => new TextEncoder().encode(text);
/** n distinct lines per label, as text<TAB>label. */
function tsvLines(labels: string[], n = 25): string[] {
  return labels.flatMap((l) => Array.from({ length: n }, (_, i) => `review ${i} with label ${l} is ${i % 2 ? 'fine' : 'meh'}\t${l}`));
}

describe('parseSentimentDataset accepts', () => {
  it('text<TAB>label lines with 0/1 labels', () => {
    const d = parseSentimentDataset(bytes(tsvLines(['0', '1']).join('\n')), 'reviews.tsv');
    expect(d.kind).toBe('sentiment');
    expect(d.labels).toEqual(['0', '1']);
    expect(d.stats).toMatchObject({ format: 'tsv', examples: 50, perLabel: { 0: 25, 1: 25 }, duplicatesDropped: 0 });
    expect(d.warnings).toEqual([]);
  });

  it('a TSV header line, CRLF line endings, a byte-order mark and blank lines', () => {
    const text = '\uFEFFsentence\tlabel\r\n' + tsvLines(['1', '2', '3', '4', '5']).join('\r\n') + '\r\n\r\n';
    const d = parseSentimentDataset(bytes(text), 'stars.txt');
    expect(d.labels).toEqual(['1', '2', '3', '4', '5']);
    expect(d.examples[0]!.text).toBe('review 0 with label 1 is meh');
  });

  it('CSV with a header, quoted fields holding commas, quotes and line breaks, any column order', () => {
    const rows = tsvLines(['0', '1']).map((l) => {
      const [t, label] = l.split('\t');
      return `${label},"${t}, ""quoted""\nsecond line",extra`;
    });
    const d = parseSentimentDataset(bytes(['label,review,notes', ...rows].join('\n')), 'data.csv');
    expect(d.stats.format).toBe('csv');
    expect(d.examples[0]).toEqual({ text: 'review 0 with label 0 is meh, "quoted" second line', label: '0' });
  });

  it('drops duplicated lines and keeps the first label of a conflicting text, with warnings', () => {
    const lines = tsvLines(['0', '1']);
    const d = parseSentimentDataset(bytes([...lines, lines[0], lines[1], lines[0]!.replace(/\t0$/, '\t1')].join('\n')), 'x.tsv');
    expect(d.stats).toMatchObject({ examples: 50, duplicatesDropped: 2, conflictsDropped: 1 });
    expect(d.warnings).toEqual(['2 duplicated lines were dropped.', '1 line repeated an earlier text with a different label; the first label was kept.']);
  });

  it('warns about texts longer than the model reads', () => {
    const long = `${'word '.repeat(80)}end\t1`;
    const d = parseSentimentDataset(bytes([...tsvLines(['0', '1']), long].join('\n')), 'x.tsv');
    expect(d.warnings).toEqual(['1 example is longer than 64 words; models read only the first 64.']);
  });

  it('gives the same seed to the same content', () => {
    const text = tsvLines(['0', '1']).join('\n');
    expect(parseSentimentDataset(bytes(text), 'a.tsv').seed).toBe(parseSentimentDataset(bytes(`${text}\n`), 'b.tsv').seed);
  });
});

describe('parseSentimentDataset rejects', () => {
  const good = tsvLines(['0', '1']);
  const withLine = (i: number, line: string) => [...good.slice(0, i), line, ...good.slice(i)].join('\n');

  it.each([
    ['a line with three fields', withLine(16, 'a\tb\t1'), 'line 17: expected text<TAB>label, found 3 fields.'],
    ['a line with no tab', withLine(3, 'just text'), 'line 4: expected text<TAB>label, found 1 field.'],
    ['a label out of range', withLine(5, 'nice\t7'), 'line 6: label "7" must be 0 or 1, or 1 to 5.'],
    ['a word for a label', withLine(5, 'nice\tpositive'), 'line 6: label "positive" must be 0 or 1, or 1 to 5.'],
    ['an empty text', withLine(0, ' \t1'), 'line 1: the text is empty.'],
    ['0/1 mixed with stars', withLine(50, 'so so\t3'), 'labels mix 0/1 with 1–5: line 1 has 0, line 51 has 3. Use 0/1 or 1–5 in one file.'],
    ['too few of a label', [...good, ...tsvLines(['2'], 5)].join('\n').replace(/\t0$/gm, '\t5'), 'label 2 has 5 examples (after dropping duplicates); each label needs at least 20.'],
    ['a single label', tsvLines(['1']).join('\n'), 'Every example has label 1; a classifier needs at least two labels.'],
    ['an empty file', '', 'The file is empty.'],
    ['only blank lines', '\n\n  \n', 'The file has no examples.'],
  ])('%s', (_, text, message) => {
    expect(() => parseSentimentDataset(bytes(text), 'x.tsv')).toThrow(message);
  });

  it.each([
    ['a CSV header without a text column', 'a,b\nx,1', 'line 1: the CSV header must name a text column'],
    ['a CSV row with a missing field', `text,label\n${good.slice(0, 5).map((l) => l.replace('\t', ',')).join('\n')}\nonly-text`, 'line 7: expected 2 fields as in the header, found 1.'],
    ['an unclosed quote', `text,label\n"never closed,1\n${good.map((l) => l.replace('\t', ',')).join('\n')}`, 'line 2: a quoted field is never closed'],
  ])('%s', (_, text, message) => {
    expect(() => parseSentimentDataset(bytes(text), 'x.csv')).toThrow(message);
  });

  it('invalid UTF-8, naming the line', () => {
    const raw = bytes(good.join('\n'));
    const at = raw.indexOf(0x0a, raw.indexOf(0x0a) + 1) + 3; // inside line 3
    raw[at] = 0xff;
    expect(() => parseSentimentDataset(raw, 'x.tsv')).toThrow('line 3: not valid UTF-8 text.');
  });

  it('a file over 20 MB', () => {
    expect(() => parseSentimentDataset(new Uint8Array(MAX_DATASET_BYTES + 1), 'x.tsv')).toThrow('The file is 20.1 MB; the limit is 20 MB. Upload a smaller sample.');
  });

  it('listing many problems at once, the first ten in the message', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}\tbad`).join('\n');
    try {
      parseSentimentDataset(bytes(text), 'x.tsv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      expect((e as DatasetError).problems).toHaveLength(30);
      expect((e as Error).message).toMatch(/^30 problems:\nline 1: label "bad"[\s\S]*…and 20 more problems\.$/);
    }
  });
});
