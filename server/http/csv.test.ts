import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/csv-parse';
import { CSV_BOM, csvField, csvRecord, csvRows, csvText } from './csv';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['민지', '민지'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    [' padded ', ' padded '],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('csvText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [0.875, '0.875'],
    [-1.5, '-1.5'],
    [true, 'true'],
    [{ cell: 'lstm', lr: 0.01 }, '{"cell":"lstm","lr":0.01}'],
    ['Ada', 'Ada'],
    // Text a spreadsheet would evaluate gets an apostrophe; numbers never do.
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-_-', "'-_-"],
    ['@me', "'@me"],
  ])('%j → %j', (value, expected) => {
    expect(csvText(value)).toBe(expected);
  });
});

describe('records', () => {
  it('end with CRLF and keep column order', () => {
    expect(csvRecord(['a', 'b,c'])).toBe('a,"b,c"\r\n');
    expect(csvRows(['y', 'x'], [{ x: 1, y: 'Kim, "Ace"' }])).toBe('"Kim, ""Ace""",1\r\n');
  });

  it('round-trip through a parser for any text, BOM included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\r', '\n', ' ', '민', '지', '😀', "'", '=') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (records) => {
        // A record of one empty field is written as an empty line, which parsers (ours too) skip.
        const rows = records.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
        const csv = CSV_BOM + rows.map(csvRecord).join('');
        expect(parseCsv(csv)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
