import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeFromAcceptLanguage, NAMESPACES } from './config';

const MESSAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'messages');

type Catalog = { [key: string]: string | Catalog };

function load(locale: string, namespace: string): Catalog {
  return JSON.parse(readFileSync(path.join(MESSAGES, locale, `${namespace}.json`), 'utf8')) as Catalog;
}

/** Every message as [dotted key, value]; values that are not strings or objects come back as they are. */
function flatten(catalog: Catalog, prefix = ''): Array<[string, unknown]> {
  return Object.entries(catalog).flatMap(([key, value]): Array<[string, unknown]> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/**
 * The arguments of an ICU message, as "name" or "name:type" ("count:plural"), including those nested in
 * plural/select branches, plus rich-text tags as "<tag>". Throws on unbalanced braces.
 */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    if (i >= message.length) fail('unclosed argument');
    return message.slice(start, i).trim();
  };
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? '')) i++;
  };

  function text(nested: boolean): void {
    while (i < message.length) {
      const ch = message[i]!;
      if (ch === "'") {
        if (message[i + 1] === "'") i += 2;
        else if ('{}#|'.includes(message[i + 1] ?? '')) {
          // A quoted literal runs to the next lone apostrophe.
          i += 2;
          while (i < message.length && !(message[i] === "'" && message[i + 1] !== "'")) i += message[i] === "'" ? 2 : 1;
          i++;
        } else i++;
      } else if (ch === '{') {
        i++;
        argument();
      } else if (ch === '}') {
        if (!nested) fail('unmatched }');
        return;
      } else if (ch === '<') {
        const tag = /^<([A-Za-z][\w-]*)>/.exec(message.slice(i));
        if (tag) found.add(`<${tag[1]}>`);
        i++;
      } else i++;
    }
    if (nested) fail('unclosed branch');
  }

  function argument(): void {
    const name = readUntil(',}');
    if (!/^[\w-]+$/.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    if (message[i] === '}') {
      found.add(name);
      i++;
      return;
    }
    i++;
    const type = readUntil(',}');
    found.add(`${name}:${type}`);
    if (!['plural', 'select', 'selectordinal'].includes(type)) {
      if (message[i] === ',') readUntil('}'); // a style: "{n, number, ::percent}"
      i++;
      return;
    }
    if (message[i] !== ',') fail(`${type} without branches`);
    i++;
    for (;;) {
      skipSpace();
      if (message[i] === '}') {
        i++;
        return;
      }
      const selector = readUntil('{} \t\n');
      if (!selector) fail('branch without a selector');
      if (selector.startsWith('offset:')) continue;
      skipSpace();
      if (message[i] !== '{') fail(`branch ${selector} without a message`);
      i++;
      text(true);
      i++; // the branch's }
    }
  }

  text(false);
  return [...found].sort();
}

describe('placeholders (the checker itself)', () => {
  it.each([
    ['Hello', []],
    ['Hello, {name}', ['name']],
    ['{count, plural, =0 {no students} one {# student} other {# students of {name}}}', ['count:plural', 'name']],
    ['{n, number, ::percent} done', ['n:number']],
    ["It''s {a}", ['a']],
    ["Use '{literal}' and {real}", ['real']],
    ['Click <link>here</link>', ['<link>']],
    ['{gender, select, female {she} other {they}}', ['gender:select']],
  ])('%j → %j', (message, expected) => {
    expect(placeholders(message)).toEqual(expected);
  });

  it.each([['{name'], ['name}'], ['{count, plural, one {x}'], ['{count, plural, one}']])('throws on the malformed %j', (message) => {
    expect(() => placeholders(message)).toThrow();
  });
});

describe('message catalogs', () => {
  it.each(LOCALES.flatMap((locale) => NAMESPACES.map((ns) => [locale, ns] as const)))('messages/%s/%s.json exists', (locale, ns) => {
    expect(existsSync(path.join(MESSAGES, locale, `${ns}.json`))).toBe(true);
  });

  it.each(LOCALES)('messages/%s has no file outside NAMESPACES (it would never be loaded)', (locale) => {
    const files = readdirSync(path.join(MESSAGES, locale)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
  });

  it.each(LOCALES)('%s: namespaces do not share a top-level key (they are merged into one object)', (locale) => {
    const keys = NAMESPACES.flatMap((ns) => Object.keys(load(locale, ns)));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const pairs = others.flatMap((locale) => NAMESPACES.map((ns) => [locale, ns] as const));

  it.each(pairs)('%s/%s has exactly the keys of the default locale', (locale, ns) => {
    const keys = (l: string) => flatten(load(l, ns)).map(([k]) => k).sort();
    expect(keys(locale)).toEqual(keys(DEFAULT_LOCALE));
  });

  it.each(LOCALES.flatMap((locale) => NAMESPACES.map((ns) => [locale, ns] as const)))('%s/%s: every message is a non-empty string, with a dot-free key', (locale, ns) => {
    const bad = flatten(load(locale, ns)).filter(([key, value]) => typeof value !== 'string' || value.trim() === '' || key.split('.').some((part) => part === ''));
    expect(bad).toEqual([]);
    for (const key of Object.keys(load(locale, ns))) expect(key).not.toContain('.');
  });

  /**
   * Placeholders compared across languages. Plural forms are the language's business (Korean counts
   * "{count}개" with no plural), so `count:plural` compares equal to `count`; any other type must match.
   */
  const comparable = (message: string) => [...new Set(placeholders(message).map((p) => p.replace(/:(plural|selectordinal)$/, '')))].sort();

  it.each(pairs)('%s/%s uses the same ICU placeholders as the default locale in every message', (locale, ns) => {
    const reference = new Map(flatten(load(DEFAULT_LOCALE, ns)));
    const mismatched = flatten(load(locale, ns))
      .filter(([key, value]) => typeof value === 'string' && typeof reference.get(key) === 'string')
      .map(([key, value]) => ({ key, mine: comparable(value as string), reference: comparable(reference.get(key) as string) }))
      .filter(({ mine, reference }) => mine.join() !== reference.join());
    expect(mismatched).toEqual([]);
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'en'],
    [null, 'en'],
    ['', 'en'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['fr-FR,fr;q=0.9,ko;q=0.5', 'ko'],
    ['en;q=0.1, ko;q=0.9', 'ko'],
    ['KO-kr', 'ko'],
    ['fr, de', 'en'],
    ['*', 'en'],
    ['ko;q=abc, en', 'en'],
    ['ko;q=0, en;q=0.5', 'en'], // q=0 means "not acceptable"
    ['ko;q=0', 'en'],
    ['fr;q=0.9, ko ;q=0.8', 'ko'], // optional whitespace before the parameters
    [',,;q=1, ko', 'ko'],
  ])('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
