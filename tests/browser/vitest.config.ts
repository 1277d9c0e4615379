import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Vitest in Node drives Debian's Chromium through playwright-core against the
 * production build, which `globalSetup.ts` builds and serves once per run.
 * Run with `npm run test:browser` (or `npx vitest run -c tests/browser/vitest.config.ts`).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    // Two cores and software WebGL: one test file, one browser at a time.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // The app writes the address bar after a pause of half a second (src/state/urlSync.svelte.ts):
    // polls of the address wait longer than the default second.
    expect: { poll: { timeout: 5_000 } },
  },
});
