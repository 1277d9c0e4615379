/**
 * `npx tsx scripts/bench/profile.ts [--size N] [--page app|baseline] [--trace] [--skip-build]`: where the
 * main thread spends a page's load. Records a CPU profile (CDP) from navigation to the first
 * idle with data and prints the functions with the most self time and the most total time,
 * and the long tasks. Uses the builds and networks of `npm run bench` in bench-results/.
 */
import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openBenchPage, withTimeout } from './browser.ts';
import { takeBenchLock } from './lock.ts';
import { appDriver, baselineDriver } from './drivers.ts';
import {
  networkFileName,
  APP_BUILD_DIRECTORY,
  BASELINE_BUILD_DIRECTORY,
  DATA_DIRECTORY,
  RESULTS_DIRECTORY,
} from './paths.ts';
import { buildApp, buildBaseline, writeNetwork } from './prepare.ts';
import { startServer } from './server.ts';
import { profileTotals, type CpuProfile, type FunctionTime } from './profileTotals.ts';
import { mainThreadTotals, type TraceEvent } from './traceTotals.ts';

const driver = process.argv.includes('baseline') ? baselineDriver : appDriver;
const readyOf = (page: Page) => driver.ready(page);

function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function table(
  title: string,
  rows: readonly FunctionTime[],
  pick: (row: FunctionTime) => number,
): string {
  const lines = [...rows]
    .sort((a, b) => pick(b) - pick(a))
    .slice(0, 25)
    .map((row) => `${pick(row).toFixed(0).padStart(8)} ms  ${row.name}  ${row.where}`);
  return `${title}\n${lines.join('\n')}`;
}

async function profileLoad(page: Page, url: string, name: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  await page.goto(url);
  await withTimeout(readyOf(page), 600_000, 'first idle');
  const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
  const file = `${RESULTS_DIRECTORY}profile-${name}.cpuprofile`;
  await writeFile(file, JSON.stringify(profile));
  const rows = profileTotals(profile);
  console.log(table('self time', rows, (row) => row.selfMs));
  console.log(table('\ntotal time', rows, (row) => row.totalMs));
  console.log(`profile: ${file} (open in Chromium DevTools, Performance)`);
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'blink',
  'blink.user_timing',
  'gpu',
];

async function traceLoad(browser: Browser, page: Page, url: string, name: string): Promise<void> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url);
  await withTimeout(readyOf(page), 600_000, 'first idle');
  const buffer = await browser.stopTracing();
  const file = `${RESULTS_DIRECTORY}trace-${name}.json`;
  await writeFile(file, buffer);
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const lines = mainThreadTotals(traceEvents, driver.idleMark)
    .slice(0, 30)
    .map(
      (row) =>
        `${row.selfMs.toFixed(0).padStart(8)} ms ${String(row.count).padStart(7)}×  ${row.name}`,
    );
  console.log(`main thread self time by event\n${lines.join('\n')}`);
  console.log(`trace: ${file}`);
}

async function main(): Promise<void> {
  const segments = Number(argument('--size') ?? 10_000);
  await takeBenchLock((pid) => console.log(`another benchmark (pid ${pid}) is running; waiting`));
  if (!process.argv.includes('--skip-build')) {
    await buildApp();
    await buildBaseline();
  }
  await writeNetwork(segments);
  const server = await startServer({
    '/': APP_BUILD_DIRECTORY,
    '/baseline/': BASELINE_BUILD_DIRECTORY,
    '/data/': DATA_DIRECTORY,
  });
  const browser = await launchBrowser();
  try {
    const { page } = await openBenchPage(browser, server.origin);
    const url = driver.url(server.origin, `/data/${networkFileName(segments)}`, null);
    if (process.argv.includes('--trace'))
      await traceLoad(browser, page, url, `${driver.kind}-${segments}`);
    else await profileLoad(page, url, `${driver.kind}-${segments}`);
    const recorder = await page.evaluate(() => window.__bench);
    const tasks = recorder.longTasks.map(
      (task) => `${task.start.toFixed(0)}+${task.duration.toFixed(0)}`,
    );
    console.log(`\nlong tasks (start+duration ms): ${tasks.join(' ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
