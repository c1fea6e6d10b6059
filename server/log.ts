/** Minimal leveled logging to stdout/stderr with timestamps. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;
let threshold: number = LEVELS.info;

export function setLogLevel(level: Level): void {
  threshold = LEVELS[level];
}

function write(level: Level, message: string, extra: unknown[]): void {
  if (LEVELS[level] < threshold) return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}`;
  (level === 'error' || level === 'warn' ? console.error : console.log)(line, ...extra);
}

export const log = {
  debug: (m: string, ...x: unknown[]) => write('debug', m, x),
  info: (m: string, ...x: unknown[]) => write('info', m, x),
  warn: (m: string, ...x: unknown[]) => write('warn', m, x),
  error: (m: string, ...x: unknown[]) => write('error', m, x),
};
