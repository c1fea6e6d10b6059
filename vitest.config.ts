import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['{lib,server,db,cli,app}/**/*.test.ts', 'i18n/**/*.test.ts', 'proof/**/*.test.ts'],
    // The full fuzz suite takes minutes: `npm run test:fuzz` (proof/vitest.fuzz.config.ts).
    exclude: ['**/node_modules/**', 'proof/fuzz.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
