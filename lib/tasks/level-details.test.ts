/** Every level of every task reads as a sentence in both languages (the launch form and the task card use it). */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en/tasks.json';
import ko from '../../messages/ko/tasks.json';
import { levelDetails, TASKS } from './info';
import type { TaskId } from './types';

const catalogs = { en, ko } as const;
const cases = Object.values(TASKS).flatMap((task) => task.levels.map((level) => [task.id, level] as [TaskId, string]));

describe('level descriptions', () => {
  it.each(cases)('%s %s', (taskId, level) => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      const text = String(new IntlMessageFormat((catalog.tasks as Record<string, { level: string }>)[taskId]!.level, locale).format(levelDetails(taskId, level)));
      expect(text, `${locale}: ${text}`).toContain(level);
      expect(text).toMatch(/ — \S/);
      expect(text).not.toMatch(/[{}]|undefined|NaN| 0[ -]|0단계|0자리/);
    }
  });

  it('says what the level asks for', () => {
    const en = (taskId: TaskId, level: string) => String(new IntlMessageFormat(catalogs.en.tasks[taskId].level, 'en').format(levelDetails(taskId, level)));
    expect(en('temporal-order', 'hard')).toBe('hard — 100–110 symbols long');
    expect(en('execute', 'addition-4')).toBe('addition-4 — add two 4-digit numbers');
    expect(en('execute', 'L4-N2')).toBe('L4-N2 — programs with 4-digit numbers, 2 nested operations');
    expect(en('caption', 'shapes-1')).toBe('shapes-1 — one shape per picture');
    expect(en('caption', 'shapes-3')).toBe('shapes-3 — up to 3 shapes per picture');
  });
});
