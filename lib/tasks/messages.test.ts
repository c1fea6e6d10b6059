import { describe, expect, it } from 'vitest';
import en from '../../messages/en/tasks.json';
import ko from '../../messages/ko/tasks.json';
import { TASK_IDS } from './types';

const FIELDS = ['title', 'input', 'output', 'why', 'watch', 'level'];

describe.each([['en', en], ['ko', ko]] as const)('messages/%s/tasks.json', (locale, catalog) => {
  it('has every field of every task, and nothing else', () => {
    expect(Object.keys(catalog.tasks).sort()).toEqual([...TASK_IDS].sort());
    for (const id of TASK_IDS) {
      const entry = (catalog.tasks as Record<string, Record<string, string>>)[id]!;
      expect(Object.keys(entry).sort()).toEqual([...FIELDS].sort());
      for (const f of FIELDS) expect(entry[f]!.trim().length).toBeGreaterThan(f === 'title' ? 1 : 10);
    }
  });

  it(locale === 'ko' ? 'is written in Korean' : 'is written in English', () => {
    const hangul = (s: string) => /[\uac00-\ud7a3]/.test(s);
    for (const id of TASK_IDS) {
      const entry = (catalog.tasks as Record<string, Record<string, string>>)[id]!;
      // Korean sentences carry Hangul; English ones may quote 만 or 억 but not in a title.
      if (locale === 'ko') for (const f of FIELDS.slice(1)) expect(hangul(entry[f]!)).toBe(true);
      else expect(hangul(entry.title!)).toBe(false);
    }
  });
});
