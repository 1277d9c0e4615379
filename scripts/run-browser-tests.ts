/**
 * `npm run test:browser`: the browser tests (tests/browser) in Debian's Chromium against the
 * production build. Extra arguments go to Vitest, e.g. `npm run test:browser -- smoke`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const vitestBinary = fileURLToPath(new URL('../node_modules/.bin/vitest', import.meta.url));

const result = spawnSync(
  vitestBinary,
  ['run', '--config', 'tests/browser/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: repositoryRoot, stdio: 'inherit' },
);
if (result.error !== undefined) throw result.error;
process.exit(result.status ?? 1);
