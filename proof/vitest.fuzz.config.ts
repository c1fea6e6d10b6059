/**
 * `npm run test:fuzz`: the full fuzz suite (10,000 payloads, a few minutes), kept out of the
 * default unit run, which runs a seeded slice of it instead (proof/fuzz-slice.test.ts).
 */
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: { include: ['proof/fuzz.test.ts'], environment: 'node', testTimeout: 600_000, pool: 'forks' },
});
