/**
 * The history pages' texts: every `t('key')` in their source exists in both catalogs (a missing key
 * would show as its dotted name on the page), and the Korean catalog is written in Korean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en/history.json';
import ko from '../../../messages/ko/history.json';

type Tree = { [k: string]: string | Tree };
const APP = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = ['_components/history', '_lib/history', 'sessions', 'sessions/[id]', 'shared/[token]', 'me'].flatMap((dir) =>
  readdirSync(path.join(APP, dir))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => path.join(APP, dir, f)),
);

function has(tree: Tree, dotted: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node !== undefined;
}

/** [file, full key] of every static key used through a `useTranslations('history…')` function. */
function usedKeys(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of SOURCES) {
    const source = readFileSync(file, 'utf8');
    for (const [, name, namespace] of source.matchAll(/const (\w+) = useTranslations\('(history[\w.]*)'\)/g)) {
      for (const [, key] of source.matchAll(new RegExp(`\\b${name}\\(\\s*'([^']+)'`, 'g'))) out.push([path.relative(APP, file), `${namespace}.${key}`]);
      // Template keys (`statuses.${s.status}`): their fixed prefix must exist.
      for (const [, prefix] of source.matchAll(new RegExp(`\\b${name}\\(\\s*\`([\\w.]+)\\.\\$\\{`, 'g'))) out.push([path.relative(APP, file), `${namespace}.${prefix}`]);
    }
  }
  return out;
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

describe('history texts', () => {
  it('finds the keys it checks', () => {
    expect(usedKeys().length).toBeGreaterThan(80);
  });

  it.each(['en', 'ko'] as const)('every key used exists in the %s catalog', (locale) => {
    const catalog = (locale === 'en' ? en : ko) as Tree;
    expect(usedKeys().filter(([, key]) => !has(catalog, key))).toEqual([]);
  });

  it('has Korean in the Korean catalog', () => {
    const hangul = /[\uac00-\ud7a3]/;
    // Cell names, units and formats that read the same in both languages need no Hangul.
    const untranslated = leaves(ko as Tree).filter(([, v]) => !hangul.test(v) && !/^[\s{}\w%·×:.,()“”-]*$/.test(v));
    expect(untranslated).toEqual([]);
  });
});
