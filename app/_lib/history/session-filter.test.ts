import { describe, expect, it } from 'vitest';
import { filterSessions, localIsoDate } from './session-filter';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 30).getTime();
const sessions = [
  { name: 'RNN lecture, group A', code: 'ABC234', createdAt: at(2025, 11, 26) },
  { name: 'LSTM 수업 (2학기)', code: 'XYZ789', createdAt: at(2025, 3, 4) },
  { name: 'Résumé of gates', code: 'QWE456', createdAt: at(2024, 12, 31) },
];
const format = (ms: number) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(ms);
const names = (query: string) => filterSessions(sessions, query, format).map((s) => s.code);

describe('filterSessions', () => {
  it.each([
    ['', ['ABC234', 'XYZ789', 'QWE456']],
    ['   ', ['ABC234', 'XYZ789', 'QWE456']],
    ['rnn', ['ABC234']],
    ['수업', ['XYZ789']],
    ['lstm 2학기', ['XYZ789']],
    ['lstm rnn', []],
    ['xyz789', ['XYZ789']],
    ['2025-11-26', ['ABC234']],
    ['2025-03', ['XYZ789']],
    ['2025', ['ABC234', 'XYZ789']],
    ['Dec 31', ['QWE456']],
    ['resume', ['QWE456']],
    ['group a', ['ABC234']],
  ])('%j → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('writes local dates as YYYY-MM-DD', () => {
    expect(localIsoDate(at(2025, 1, 2))).toBe('2025-01-02');
  });
});
