/**
 * A small RFC 4180 CSV writer: fields separated by commas, records ended by CRLF, a field quoted
 * (with inner quotes doubled) when it holds a comma, a double quote, CR or LF.
 *
 * Files start with a UTF-8 byte-order mark: without it Excel reads a CSV as the system's legacy code
 * page and Korean nicknames come out garbled; LibreOffice, Numbers, Google Sheets and csv parsers
 * that know UTF-8 skip it.
 *
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe (OWASP "CSV injection"): nicknames are chosen by students and the file is opened by the
 * instructor. Numbers are written as they are. The JSON export carries the exact values.
 */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted if needed. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record (CRLF-terminated) from field texts. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** The text of a value in a cell: '' for null, JSON for objects, the formula guard for strings. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Records for rows of named values, in `columns` order. */
export function csvRows(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  let out = '';
  for (const row of rows) out += csvRecord(columns.map((c) => csvText(row[c])));
  return out;
}
