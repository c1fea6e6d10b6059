/**
 * An RFC 4180 CSV reader for tests (exports are parsed back and compared): quoted fields with doubled
 * quotes and embedded commas / CR / LF, CRLF or LF record ends, a leading UTF-8 BOM skipped.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && !fieldStarted) (quoted = true), (fieldStarted = true);
    else if (c === ',') endField();
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endField();
      records.push(record);
      record = [];
    } else {
      if (c === '"') throw new Error(`Stray quote at ${i}`);
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (fieldStarted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Records as objects keyed by the header row. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}
