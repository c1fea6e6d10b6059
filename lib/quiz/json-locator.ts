/**
 * A small JSON scanner that remembers where every value sits in the text, so that a schema error
 * at a path (`questions[3].choices`) can be reported at its line ("line 42: …"). JSON.parse gives no
 * positions, and its syntax-error messages differ between engines, so the scanner also reports
 * syntax errors with their own line and column. It follows RFC 8259 strictly (the same grammar
 * JSON.parse accepts); values themselves are still produced by JSON.parse.
 */

export type JsonPath = readonly (string | number)[];

/** A place in the text; line and column are 1-based, column counts UTF-16 code units. */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface JsonLocations {
  /** Where the value at `path` starts (`[]` is the whole document). */
  valueAt(path: JsonPath): TextPosition | undefined;
  /** Where the key of the property at `path` starts (undefined for array items and the root). */
  keyAt(path: JsonPath): TextPosition | undefined;
}

export type JsonScan =
  | { readonly ok: true; readonly locations: JsonLocations }
  | { readonly ok: false; readonly message: string; readonly position: TextPosition };

/** Nesting deeper than this is refused rather than risking a stack overflow on hostile input. */
export const MAX_JSON_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const pathKey = (path: JsonPath): string => JSON.stringify(path);

/** Line and column of an offset. `\r\n`, `\n` and a lone `\r` each end a line. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: end, line, column: end - lineStart + 1 };
}

export function scanJson(text: string): JsonScan {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the text' : `'${text[at]}'`);
  const skipWs = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const scanString = (): void => {
    // text[i] is the opening quote.
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape: expected 4 hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`bad escape \\${e ?? ''} in a string`);
      } else i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  const scanValue = (path: (string | number)[], depth: number): void => {
    skipWs();
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    values.set(pathKey(path), i);
    const c = text[i];
    if (c === '{') {
      i++;
      skipWs();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyStart = i;
        scanString();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        const childPath = [...path, key];
        keys.set(pathKey(childPath), keyStart);
        skipWs();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describe(i)}`);
        i++;
        scanValue(childPath, depth + 1);
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      skipWs();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        scanValue([...path, k], depth + 1);
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array item, found ${describe(i)}`);
      }
    }
    if (c === '"') return scanString();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(`expected a value, found ${describe(i)}`);
  };

  try {
    scanValue([], 0);
    skipWs();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, position: positionAt(text, e.offset) };
    throw e;
  }

  const at = (m: Map<string, number>, path: JsonPath): TextPosition | undefined => {
    const offset = m.get(pathKey(path));
    return offset === undefined ? undefined : positionAt(text, offset);
  };
  return { ok: true, locations: { valueAt: (p) => at(values, p), keyAt: (p) => at(keys, p) } };
}
