/**
 * The /sessions search: a session matches when every word of the query is found (case- and
 * accent-insensitively) in its name, its join code, its date as YYYY-MM-DD (local time) or its date
 * as the reader's locale writes it ("Nov 26, 2025", "2025. 11. 26."). Pure, for tests.
 */
export interface SearchableSession {
  name: string;
  code: string;
  createdAt: number;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleLowerCase();

/** YYYY-MM-DD in the machine's local time (the instructor thinks of the day they taught). */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function filterSessions<T extends SearchableSession>(sessions: readonly T[], query: string, formatDate: (ms: number) => string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sessions];
  return sessions.filter((s) => {
    const haystack = fold([s.name, s.code, localIsoDate(s.createdAt), formatDate(s.createdAt)].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
