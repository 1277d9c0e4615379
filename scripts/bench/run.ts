/**
 * `npm run bench`: the app against plain MapLibre on synthetic networks of 1k, 10k and 100k
 * segments, in Debian's Chromium with software WebGL. Builds both pages, generates the
 * networks, runs app and baseline alternately (A B A B …), writes the runs and medians as JSON
 * into bench-results/, prints a table and the budget verdicts, and exits 1 when a budget is
 * missed. Then the tile-set part (tileSet.ts), where a tile set is built. Options: see `USAGE`
 * in options.ts.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { checkBudgets, checkTileSetBudgets } from './budgets.ts';
import { takeBenchLock } from './lock.ts';
import { appDriver, baselineDriver, type Camera } from './drivers.ts';
import { measureRun, type RunResult } from './measure.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import {
  APP_BUILD_DIRECTORY,
  BASELINE_BUILD_DIRECTORY,
  DATA_DIRECTORY,
  networkFileName,
  REPOSITORY_ROOT,
  RESULTS_DIRECTORY,
} from './paths.ts';
import { buildApp, buildBaseline, NETWORK_SEED, writeNetwork } from './prepare.ts';
import { budgetLines, resultsTable, tileSetTable } from './report.ts';
import { startServer, type StaticServer } from './server.ts';
import { summarizeSize } from './stats.ts';
import {
  BASELINE_TILES_BUILD_DIRECTORY,
  BASELINE_TILES_MOUNT,
  buildBaselineTiles,
  COUNTY_SEGMENTS,
  DEFAULT_TILES_FOLDER,
  measureTileSet,
  tileSetFolder,
  TILES_MOUNT,
  type TileSetResult,
} from './tileSet.ts';

/** The commit measured, and whether the working tree had changes on top of it. */
function gitState(): { commit: string; dirty: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', 'src').length > 0,
    };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function measureSize(
  options: BenchOptions,
  server: StaticServer,
  segments: number,
): Promise<RunResult[]> {
  const bytes = await writeNetwork(segments);
  log(`${segments} segments: ${(bytes / 1e6).toFixed(1)} MB of GeoJSON`);
  const dataPath = `/data/${networkFileName(segments)}`;
  const runs: RunResult[] = [];
  let camera: Camera | null = null;
  for (let pair = 0; pair < options.pairs; pair++) {
    for (const driver of [appDriver, baselineDriver]) {
      const run = await measureRun({
        driver,
        segments,
        pair,
        dataPath,
        camera: driver.kind === 'baseline' ? camera : null,
        server,
        loadTimeoutMs: options.loadTimeoutMs,
      });
      if (driver.kind === 'app') camera ??= run.camera;
      runs.push(run);
      const errors = run.errors.length > 0 ? `, errors: ${run.errors.join(' | ')}` : '';
      log(
        `${segments} pair ${pair + 1} ${driver.kind}: idle ${run.firstIdleMs.toFixed(0)} ms, ` +
          `mode ${run.modeMs.toFixed(0)} ms, filter ${run.filterMs.toFixed(0)} ms, ` +
          `longest task ${run.loadLongTasks.longestMs.toFixed(0)} ms${errors}`,
      );
    }
  }
  return runs;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  await takeBenchLock((pid) => log(`another benchmark (pid ${pid}) is running; waiting for it`));
  const startedAt = new Date();
  const git = gitState();
  log(`app at ${git.commit.slice(0, 7)}${git.dirty ? ' with uncommitted changes in src/' : ''}`);
  const tilesFolder = options.noTiles ? null : tileSetFolder(options.tiles);
  if (!options.skipBuild) {
    log('building the app and the baseline page');
    await buildApp();
    await buildBaseline();
  }
  if (tilesFolder) await buildBaselineTiles(options.skipBuild);
  const server = await startServer({
    '/': APP_BUILD_DIRECTORY,
    '/baseline/': BASELINE_BUILD_DIRECTORY,
    '/data/': DATA_DIRECTORY,
    ...(tilesFolder
      ? { [TILES_MOUNT]: tilesFolder, [BASELINE_TILES_MOUNT]: BASELINE_TILES_BUILD_DIRECTORY }
      : {}),
  });
  const runs: RunResult[] = [];
  let tiles: TileSetResult | null = null;
  try {
    for (const segments of options.sizes)
      runs.push(...(await measureSize(options, server, segments)));
    if (tilesFolder) {
      tiles = await measureTileSet({
        folder: tilesFolder,
        label: options.tiles ?? DEFAULT_TILES_FOLDER,
        pairs: options.pairs,
        loadTimeoutMs: options.loadTimeoutMs,
        server,
        countyFirstIdleMs: runs
          .filter((run) => run.kind === 'app' && run.segments === COUNTY_SEGMENTS)
          .map((run) => run.firstIdleMs),
      });
    } else if (!options.noTiles) {
      log(
        `tile-set part skipped: no tile set at ${DEFAULT_TILES_FOLDER} (npm run sample:province, ` +
          `then npm run tiles; or --tiles FOLDER)`,
      );
    }
  } finally {
    await server.close();
  }
  const summaries = options.sizes.map((segments) => summarizeSize(segments, runs));
  const verdicts = [
    ...checkBudgets(summaries),
    ...(tiles ? checkTileSetBudgets(tiles.summary) : []),
  ];
  const report = {
    startedAt: startedAt.toISOString(),
    options,
    git,
    seed: NETWORK_SEED,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    summaries,
    tiles: tiles?.summary ?? null,
    verdicts,
    runs,
    tileRuns: tiles
      ? { province: tiles.province, mode: tiles.modeRuns, county: tiles.countyFirstIdleMs }
      : null,
  };
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const text = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(`${RESULTS_DIRECTORY}bench-${stamp}.json`, text);
  await writeFile(`${RESULTS_DIRECTORY}latest.json`, text);
  const tileTable = tiles ? `\n\n${tileSetTable(tiles.summary)}` : '';
  console.log(`\n${resultsTable(summaries)}${tileTable}\n\n${budgetLines(verdicts)}\n`);
  log(`results: bench-results/bench-${stamp}.json (and latest.json)`);
  const missed = verdicts.filter((verdict) => !verdict.passed);
  if (missed.length > 0) {
    console.log(`budgets missed: ${missed.map((verdict) => verdict.name).join('; ')}`);
    return 1;
  }
  console.log('all budgets met');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
