/** The quiz catalogs: the same keys in English and Korean, Korean written in Korean; every error code has a message. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/lib/protocol/errors';
import enCommon from '../../../messages/en/common.json';
import koCommon from '../../../messages/ko/common.json';
import en from '../../../messages/en/quiz.json';
import ko from '../../../messages/ko/quiz.json';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

describe('messages/*/quiz.json', () => {
  it('have the same keys in both languages', () => {
    expect(leaves(ko as Tree).map(([k]) => k).sort()).toEqual(leaves(en as Tree).map(([k]) => k).sort());
  });

  it('are written in Korean in the Korean catalog', () => {
    const hangul = /[\uac00-\ud7a3]/;
    // Short labels that are the same in both languages (a "+{points}" badge) need no Hangul.
    const untranslated = leaves(ko as Tree).filter(([k, v]) => !hangul.test(v) && !/^[+{}\w\s(),./·-]*$/.test(v));
    expect(untranslated).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    // `{name}` or `{name, plural, …}`; plural branches (`one {# point}`) are not placeholders.
    const names = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const koByKey = new Map(leaves(ko as Tree));
    for (const [key, text] of leaves(en as Tree)) expect([key, [...new Set(names(koByKey.get(key)!))]]).toEqual([key, [...new Set(names(text))]]);
  });
});

describe('error messages', () => {
  it.each(ERROR_CODES)('%s has a message in both catalogs', (code) => {
    expect((enCommon.errors as Record<string, string>)[code]).toBeTruthy();
    expect((koCommon.errors as Record<string, string>)[code]).toBeTruthy();
  });
});
