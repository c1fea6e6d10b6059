/**
 * Import and export of question banks as JSON files, for instructors who keep their own questions.
 * Import reports every problem with the line it is on ("line 42: choices must have 2 to 6 items
 * (questions[3].choices)") so the file can be fixed in any text editor.
 */
import type { z } from 'zod';
import { scanJson, type JsonLocations, type JsonPath, type TextPosition } from './json-locator';
import { BANK_FORMAT, BANK_VERSION, bankSchema, type Bank, type Question } from './schema';

export interface BankError {
  /** 1-based line of the offending value (or key, or the enclosing object for a missing key). */
  readonly line: number;
  readonly column: number;
  /** Where in the document, e.g. ['questions', 3, 'choices']; [] for the whole document. */
  readonly path: JsonPath;
  readonly message: string;
  /** `line 42: <message> (questions[3].choices)` — ready to show. */
  readonly text: string;
}

export type BankImport = { readonly ok: true; readonly bank: Bank } | { readonly ok: false; readonly errors: readonly BankError[] };

/** More than this many errors usually means the wrong file; the rest are summed up in one line. */
export const MAX_REPORTED_ERRORS = 50;

/** `questions[3].prompt.en`; keys that are not identifiers are quoted: `a["b c"]`. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

function makeError(pos: TextPosition, path: JsonPath, message: string): BankError {
  const where = path.length ? ` (${formatJsonPath(path)})` : '';
  return { line: pos.line, column: pos.column, path, message, text: `line ${pos.line}: ${message}${where}` };
}

/** Nearest position for a path: its key, else its value, else (missing) the closest ancestor that exists. */
function locate(locations: JsonLocations, path: JsonPath): { pos: TextPosition; missing: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    const pos = locations.keyAt(p) ?? locations.valueAt(p);
    if (pos) return { pos, missing: n < path.length };
  }
  return { pos: { offset: 0, line: 1, column: 1 }, missing: true };
}

function issueToErrors(issue: z.core.$ZodIssue, locations: JsonLocations): BankError[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      return makeError(locate(locations, keyPath).pos, keyPath, `unknown key "${key}"`);
    });
  }
  const { pos, missing } = locate(locations, path);
  const last = path[path.length - 1];
  if (missing && issue.code === 'invalid_type' && typeof last === 'string') {
    return [makeError(pos, path, `"${last}" is missing`)];
  }
  // zod's own messages start "Invalid input: expected string, …"; our schema's custom messages
  // already name the field. Either way the path in parentheses says where.
  return [makeError(pos, path, issue.message.replace(/^Invalid input: /, ''))];
}

/** Parses and validates a bank file. Never throws on bad input: every problem comes back as an error. */
export function validateBankJson(text: string): BankImport {
  // Editors on Windows may save a byte-order mark; JSON.parse refuses it, people should not have to care.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const scan = scanJson(body);
  if (!scan.ok) return { ok: false, errors: [makeError(scan.position, [], `invalid JSON: ${scan.message} (column ${scan.position.column})`)] };

  const parsed = bankSchema.safeParse(JSON.parse(body));
  if (parsed.success) return { ok: true, bank: parsed.data };

  const errors = parsed.error.issues
    .flatMap((issue) => issueToErrors(issue, scan.locations))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const rest = errors.length - MAX_REPORTED_ERRORS;
  const at = errors[MAX_REPORTED_ERRORS]!;
  return { ok: false, errors: [...shown, { ...at, message: `… and ${rest} more errors`, text: `line ${at.line}: … and ${rest} more errors` }] };
}

/** Builds a bank document; does not validate (the bank's own questions are tested to validate). */
export function makeBank(questions: readonly Question[]): Bank {
  return { format: BANK_FORMAT, version: BANK_VERSION, questions: questions.slice() };
}

/** A bank as a JSON file: two-space indented, one key per line, so import errors point at a line. */
export function exportBankJson(questions: readonly Question[]): string {
  return `${JSON.stringify(makeBank(questions), null, 2)}\n`;
}
