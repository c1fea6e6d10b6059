/**
 * A small RFC 4180 CSV reader: comma-separated, fields may be "quoted", "" is a quote inside a
 * quoted field, and quoted fields may span lines. Input has '\n' line endings (decodeUpload).
 */

export interface CsvRecord {
  /** 1-based line where the record starts (what an error message should name). */
  readonly line: number;
  readonly fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; problems: string[] } {
  const records: CsvRecord[] = [];
  const problems: string[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quotedFrom = 0;
    for (;;) {
      const ch = text[i];
      if (ch === '"' && field === '' && quotedFrom === 0) {
        quotedFrom = line;
        i++;
        for (;;) {
          if (i >= text.length) {
            problems.push(`line ${quotedFrom}: a quoted field is never closed (a " is missing).`);
            break;
          }
          const c = text[i++]!;
          if (c === '"') {
            if (text[i] === '"') {
              field += '"';
              i++;
            } else break;
          } else {
            if (c === '\n') line++;
            field += c;
          }
        }
        continue;
      }
      if (ch === undefined || ch === '\n' || ch === ',') {
        fields.push(field);
        field = '';
        quotedFrom = 0;
        i++;
        if (ch !== ',') break;
        continue;
      }
      field += ch;
      i++;
    }
    line++;
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: startLine, fields });
  }
  return { records, problems };
}
