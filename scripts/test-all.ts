/**
 * `npm test`: every test — the unit tests (vite.config.ts) and then the browser tests
 * (tests/browser/vitest.config.ts) — each streamed as Vitest prints it, then a summary whose last
 * line is exactly `N passed, N failed` for all of them. Both stages always run. A test file or a
 * setup that fails before its tests run counts as one failure; so does a stage that ends in error
 * without a failed test. Exits non-zero on any failure, or when no test ran at all.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonTestResults } from 'vitest/node';

interface Stage {
  name: string;
  configArguments: string[];
  reportPath: string;
}

interface StageOutcome {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  problems: string[];
}

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const vitestBinary = fileURLToPath(new URL('../node_modules/.bin/vitest', import.meta.url));
const reportDirectory = 'tests/output';

const stages: Stage[] = [
  { name: 'Unit', configArguments: [], reportPath: `${reportDirectory}/vitest-unit.json` },
  {
    name: 'Browser',
    configArguments: ['--config', 'tests/browser/vitest.config.ts'],
    reportPath: `${reportDirectory}/vitest-browser.json`,
  },
];

function runVitest(stage: Stage): Promise<number> {
  const commandArguments = [
    'run',
    ...stage.configArguments,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${stage.reportPath}`,
  ];
  return new Promise((resolve) => {
    const child = spawn(vitestBinary, commandArguments, { cwd: repositoryRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`could not start vitest: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

function readReport(path: string): JsonTestResults | undefined {
  const absolutePath = `${repositoryRoot}${path}`;
  if (!existsSync(absolutePath)) return undefined;
  try {
    return JSON.parse(readFileSync(absolutePath, 'utf8')) as JsonTestResults;
  } catch {
    return undefined;
  }
}

async function runStage(stage: Stage): Promise<StageOutcome> {
  console.log(`\n=== ${stage.name} tests ===\n`);
  rmSync(`${repositoryRoot}${stage.reportPath}`, { force: true });
  const startedAt = performance.now();
  const exitCode = await runVitest(stage);
  const seconds = (performance.now() - startedAt) / 1000;
  const outcome: StageOutcome = {
    name: stage.name,
    passed: 0,
    failed: 0,
    skipped: 0,
    seconds,
    problems: [],
  };

  const report = readReport(stage.reportPath);
  if (report === undefined) {
    outcome.failed = 1;
    outcome.problems.push(`vitest exited with code ${exitCode} and wrote no report`);
    return outcome;
  }
  outcome.passed = report.numPassedTests;
  outcome.failed = report.numFailedTests;
  outcome.skipped = report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults) {
    const hasFailedTest = file.assertionResults.some((test) => test.status === 'failed');
    if (file.status === 'failed' && !hasFailedTest) {
      outcome.failed += 1;
      const firstLine = file.message.split('\n')[0] ?? '';
      outcome.problems.push(`${relative(repositoryRoot, file.name)} did not run: ${firstLine}`);
    }
  }
  if (exitCode !== 0 && outcome.failed === 0) {
    outcome.failed = 1;
    outcome.problems.push(
      `vitest exited with code ${exitCode} without a failed test (setup error, unhandled error or no test files)`,
    );
  }
  return outcome;
}

mkdirSync(`${repositoryRoot}${reportDirectory}`, { recursive: true });
const outcomes: StageOutcome[] = [];
for (const stage of stages) outcomes.push(await runStage(stage));

console.log('\n=== Summary ===');
for (const outcome of outcomes) {
  for (const problem of outcome.problems) console.log(`${outcome.name}: ${problem}`);
}
for (const outcome of outcomes) {
  const skipped = outcome.skipped > 0 ? `, ${outcome.skipped} skipped` : '';
  console.log(
    `${outcome.name}: ${outcome.passed} passed, ${outcome.failed} failed${skipped} (${outcome.seconds.toFixed(1)} s)`,
  );
}
const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
if (passed + failed === 0) console.log('No test ran.');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
