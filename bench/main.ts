/**
 * `npm run bench`: JSON lines, one measurement each —
 * {"bench":NAME, "value":X, "unit":U, "baseline":B, "ratio":R, ...}
 * B is measured in the same run; R > 1 means better than the baseline (for times R = B / X).
 * Suites live in bench/suites/*.ts and export `run(emit)`. `npm run bench -- NAME-PREFIX` runs only
 * the suites whose file name starts with the prefix.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { BenchLine } from './line';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((p) => f.startsWith(p)))
  .sort();

const emit = (line: BenchLine) => console.log(JSON.stringify(line));
for (const file of files) {
  const suite = (await import(pathToFileURL(path.join(dir, file)).href)) as { run(emit: (l: BenchLine) => void): Promise<void> };
  await suite.run(emit);
}
process.exit(0);
