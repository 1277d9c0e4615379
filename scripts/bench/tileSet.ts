/**
 * The tile-set part of `npm run bench`: a network opened as a pre-built tile set (`npm run
 * tiles`, by default the sample province's, 1,012,409 segments), served with range requests at
 * `/tiles/`. In the same run as the GeoJSON sizes, on the same machine, it measures:
 * - the app's first view of the tile set (`?tiles=`, framed by the app as a user opens it): the
 *   mark `roadboard:map-idle`, held to the app's first view of the 10k network from GeoJSON
 *   (framed below the archive's minimum zoom, that view is the county overview without road
 *   tiles: the first view at the camera below, with road tiles, is reported beside it);
 * - the memory of that page's JS after its first view and a full GC (CDP): its heap and the
 *   array buffers its typed arrays hold (a tile set's columns are typed arrays, outside the heap);
 * - a filter's statistics: from `roadboard.setFilter(…)` until the panels' figures describe the
 *   filter (see `FIGURES_SCRIPT`), on that page and at the camera below;
 * - the mode switch at one county-level camera (`TILE_CAMERA_ZOOM`) in the app and in plain
 *   MapLibre showing the same archive (scripts/bench/baselineTiles/) in turns (A B C A B C …):
 *   with the style the app's map held there (the budget's baseline: the same picture, so the
 *   ratio is what the app adds), and with the roads alone (reported beside it).
 * Every timing is taken inside the page with `performance.now()`; each page gets a fresh browser.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { FilterState } from '../../src/domain/types.ts';
import type { TilesManifest } from '../../src/contract/tilesManifest.ts';
import { launchBrowser, openBenchPage, withTimeout } from './browser.ts';
import { appDriver, baselineDriver, FILTER_CLASSES, type Camera } from './drivers.ts';
import { median } from './median.ts';
import { APP_ALL_DRAWN_MARK, APP_IDLE_MARK, BASELINE_IDLE_MARK } from './pageApi.ts';
import { networkFileName, REPOSITORY_ROOT, RESULTS_DIRECTORY } from './paths.ts';
import { writeNetwork } from './prepare.ts';
import type { StaticServer } from './server.ts';

/** Where the tile set is served from (mounted by run.ts). */
export const TILES_MOUNT = '/tiles/';
/** The tile set measured when `--tiles` is not given, where it has been built. */
export const DEFAULT_TILES_FOLDER = 'sample-province/tiles';
/** The manifest's file name in a tile set folder. */
const MANIFEST_FILE = 'roadboard-tiles.json';
/** The plain-MapLibre page on a tile set, built into bench-results/. */
export const BASELINE_TILES_BUILD_DIRECTORY = `${RESULTS_DIRECTORY}baseline-tiles`;
const BASELINE_TILES_SOURCE_DIRECTORY = join(REPOSITORY_ROOT, 'scripts/bench/baselineTiles');
/** Where the plain-MapLibre tile page is served from (mounted by run.ts). */
export const BASELINE_TILES_MOUNT = '/baseline-tiles/';
/** The GeoJSON network the tile set's first view is held to: a county. */
export const COUNTY_SEGMENTS = 10_000;
/** Zoom of the camera the mode switch is timed at, in both pages: a county's roads. */
const TILE_CAMERA_ZOOM = 10;
/** Wait between the first view and the timed interactions, as in measure.ts. */
const INTERACTION_DELAY_MS = 1000;
/** Each mode switch is timed this many times per page (median kept), as in measure.ts. */
const MODE_REPEATS = 5;
/** Each filter's statistics are timed this many times per page (median kept). */
const FILTER_REPEATS = 3;
/** Longest the panels' figures may take to follow a filter before the run fails. */
const FIGURES_TIMEOUT_MS = 60_000;

/** The filters whose statistics are timed; the budget holds the slowest (median) of them. */
export const TILE_FILTERS: readonly { name: string; filter: FilterState }[] = [
  // Most of a network: the heaviest statistics (most segments counted).
  { name: 'village roads', filter: { classes: ['village'] } },
  { name: 'all but village and other roads', filter: { classes: [...FILTER_CLASSES] } },
  { name: 'existing roads', filter: { statuses: ['existing'] } },
];

/** The app on the tile set as a user opens it (framed by the app). */
export interface ProvinceRun {
  pair: number;
  /** Navigation start → `roadboard:map-idle`. */
  firstIdleMs: number;
  /** Navigation start → `roadboard:all-drawn` (route codes and points drawn too). */
  allDrawnMs: number;
  /** Main-thread JS heap after the first view and a full GC. */
  heapBytes: number;
  /** The page's array buffers (typed arrays: the columns) then, outside the heap. */
  arrayBufferBytes: number;
  camera: Camera;
  /** Per filter of `TILE_FILTERS`: medians of the repeats. */
  filters: FilterTiming[];
  errors: string[];
}

export interface FilterTiming {
  name: string;
  /** `setFilter` called → the panels' figures describe the filter (see `FIGURES_SCRIPT`). */
  figuresMs: number;
  /** `setFilter` called → it resolved: the map idle with the filter drawn. */
  mapIdleMs: number;
  /** Segments the filter keeps (the figures' count). */
  keptSegments: number;
}

/**
 * The pages at the fixed camera: the app; plain MapLibre with the style the app's map held
 * there (`styled`: the same picture, route codes, points and county outline included); plain
 * MapLibre with the roads alone (`baseline`).
 */
export type TileModePage = 'app' | 'styled' | 'baseline';

/** The app or a plain-MapLibre page at the fixed camera. */
export interface TileModeRun {
  kind: TileModePage;
  pair: number;
  /** Navigation start → the page's first idle with the roads drawn. */
  firstIdleMs: number;
  /** status → completion and completion → guard, each to idle (medians of the repeats). */
  modeStepsMs: number[];
  modeMs: number;
  /** The app: per filter of `TILE_FILTERS`, medians of the repeats; empty for the baseline. */
  filters: FilterTiming[];
  errors: string[];
}

export interface TileSetSummary {
  /** The tile set folder measured, as given. */
  folder: string;
  segments: number;
  pairs: number;
  /** The camera of the mode switch (both pages). */
  camera: Camera;
  /** The app's first view of the 10k network from GeoJSON (median). */
  countyFirstIdleMs: number;
  /** The app's first view of the tile set (median). */
  firstIdleMs: number;
  allDrawnMs: number;
  /** firstIdleMs ÷ countyFirstIdleMs. */
  firstViewRatio: number;
  /** The page's JS memory after the first view and a GC: heap and array buffers. */
  memoryMB: number;
  heapMB: number;
  arrayBuffersMB: number;
  /** Per filter at the app's framing of the set (its first view): medians over the runs. */
  filters: FilterTiming[];
  /** Per filter at the mode switch's camera: medians over the runs. */
  filtersAtCamera: FilterTiming[];
  /** The slowest filter's figuresMs, at either view. */
  statisticsMs: number;
  /** Which filter and view that is. */
  slowestFilter: string;
  mode: {
    appFirstIdleMs: number;
    styledFirstIdleMs: number;
    baselineFirstIdleMs: number;
    appMs: number;
    /** Plain MapLibre drawing the app's style (the budget's baseline). */
    styledMs: number;
    /** Plain MapLibre drawing the roads alone. */
    baselineMs: number;
    /** appMs ÷ styledMs: what the app adds to MapLibre drawing the same picture. */
    ratio: number;
    /** appMs ÷ baselineMs: what the app's picture and the app add to the roads alone. */
    roadsOnlyRatio: number;
  };
}

export interface TileSetResult {
  summary: TileSetSummary;
  province: ProvinceRun[];
  modeRuns: TileModeRun[];
  /** The app's first views of the 10k network measured here (when the run had no 10k size). */
  countyFirstIdleMs: number[];
}

/** The tile set folder to measure: `--tiles`, else the default where it exists; null: none. */
export function tileSetFolder(requested: string | null): string | null {
  const folder = requested ?? DEFAULT_TILES_FOLDER;
  const manifest = join(resolve(REPOSITORY_ROOT, folder), MANIFEST_FILE);
  if (existsSync(manifest)) return resolve(REPOSITORY_ROOT, folder);
  if (requested !== null) throw new Error(`--tiles ${requested}: no ${MANIFEST_FILE} there`);
  return null;
}

/**
 * Builds the plain-MapLibre tile page (MapLibre, pmtiles and the app's colour expressions);
 * with `keepBuilt`, only where it has not been built yet.
 */
export async function buildBaselineTiles(keepBuilt: boolean): Promise<void> {
  if (keepBuilt && existsSync(join(BASELINE_TILES_BUILD_DIRECTORY, 'index.html'))) return;
  await build({
    configFile: false,
    root: BASELINE_TILES_SOURCE_DIRECTORY,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BASELINE_TILES_BUILD_DIRECTORY,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  });
}

/**
 * A county-level camera in the middle of the set: the middle of the county overview's county
 * nearest the middle of the set's bounds (without counties, the middle of the bounds), so that
 * both pages draw the same tiles, full of roads.
 */
export function tileCamera(folder: string, manifest: TilesManifest): Camera {
  const [west, south, east, north] = manifest.bounds;
  let lng = (west + east) / 2;
  let lat = (south + north) / 2;
  const countiesFile = manifest.files.counties;
  if (countiesFile) {
    const counties = JSON.parse(readFileSync(join(folder, countiesFile), 'utf8')) as {
      features: { geometry: { coordinates: unknown } }[];
    };
    let nearest = Number.POSITIVE_INFINITY;
    let found: [number, number] | null = null;
    for (const county of counties.features) {
      const positions = (county.geometry.coordinates as unknown[])
        .flat(3)
        .filter((value): value is number => typeof value === 'number');
      const lngs = positions.filter((_, index) => index % 2 === 0);
      const lats = positions.filter((_, index) => index % 2 === 1);
      const middle: [number, number] = [
        (Math.min(...lngs) + Math.max(...lngs)) / 2,
        (Math.min(...lats) + Math.max(...lats)) / 2,
      ];
      const distance = Math.hypot(middle[0] - lng, middle[1] - lat);
      if (distance < nearest) [nearest, found] = [distance, middle];
    }
    if (found) [lng, lat] = found;
  }
  return { lng, lat, zoom: TILE_CAMERA_ZOOM };
}

/**
 * In the page, for one filter: calls `roadboard.setFilter(filter)` and resolves with
 * `{ figuresMs, mapIdleMs, keptSegments }`. The panels' figures (`appState.summary`) follow a
 * filter once the map has drawn a frame with it (`showChosen`), then Svelte redraws the panels,
 * counting the kept segments from the columns (`SegmentIndex`) as it does. `figuresMs` ends at
 * the first DOM change or animation frame after which `roadboard.summary()` no longer gives the
 * figures from before the call: what a user waits for until the statistics change, the map's
 * frame and the counting included. The filter is then cleared and the figures awaited back.
 * Plain text, so that no compiler helper leaks into the page.
 */
const FIGURES_SCRIPT = `async ({ filter, timeoutMs }) => {
  const api = window.roadboard;
  const figuresChange = (from) =>
    new Promise((resolve, reject) => {
      let done = false;
      const check = () => {
        if (done) return;
        const segments = api.summary().segments;
        if (segments === from) return;
        done = true;
        observer.disconnect();
        resolve({ at: performance.now(), segments });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const onFrame = () => {
        check();
        if (!done) requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
      setTimeout(() => {
        if (done) return;
        done = true;
        observer.disconnect();
        reject(new Error('the figures did not change within ' + timeoutMs + ' ms'));
      }, timeoutMs);
    });
  const all = api.summary().segments;
  const start = performance.now();
  const changed = figuresChange(all);
  await api.setFilter(filter);
  const mapIdleMs = performance.now() - start;
  const { at, segments } = await changed;
  const back = figuresChange(segments);
  await api.setFilter({});
  await back;
  return { figuresMs: at - start, mapIdleMs, keptSegments: segments };
}`;

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** Opens `url` in a fresh browser; calls `measure` once the page's first view is drawn. */
async function withPage<Result>(
  server: StaticServer,
  url: string,
  ready: (page: Page) => Promise<void>,
  loadTimeoutMs: number,
  measure: (page: Page, errors: string[]) => Promise<Result>,
): Promise<Result> {
  const browser = await launchBrowser();
  try {
    const { page, errors } = await openBenchPage(browser, server.origin);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: loadTimeoutMs });
    const crashed = new Promise<never>((_, reject) =>
      page.once('crash', () => reject(new Error(`the page crashed (${url})`))),
    );
    await withTimeout(Promise.race([ready(page), crashed]), loadTimeoutMs, `first view (${url})`);
    return await measure(page, errors);
  } finally {
    await browser.close();
  }
}

/**
 * The main thread's JS memory after a full garbage collection (CDP): the V8 heap in use and the
 * backing stores of its array buffers, which typed arrays keep outside the heap.
 */
async function memoryAfterGc(page: Page): Promise<{ heapBytes: number; arrayBufferBytes: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return { heapBytes: usage.usedSize, arrayBufferBytes: usage.backingStorageSize };
}

function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Number.NaN,
    name,
  );
}

/** The app's first view of a GeoJSON network (`?data=`), nothing else timed. */
function countyFirstIdle(server: StaticServer, loadTimeoutMs: number): Promise<number> {
  const url = appDriver.url(server.origin, `/data/${networkFileName(COUNTY_SEGMENTS)}`, null);
  return withPage(server, url, appDriver.ready, loadTimeoutMs, (page) =>
    markTime(page, APP_IDLE_MARK),
  );
}

function tilesUrl(origin: string, camera: Camera | null): string {
  const query = new URLSearchParams({ tiles: `${TILES_MOUNT}${MANIFEST_FILE}` });
  if (camera) query.set('map', `${camera.zoom}/${camera.lat}/${camera.lng}`);
  return `${origin}/?${query.toString()}`;
}

/** Each filter of `TILE_FILTERS` on the page: medians of `FILTER_REPEATS`. */
async function timeFilters(page: Page): Promise<FilterTiming[]> {
  const filters: FilterTiming[] = [];
  for (const { name, filter } of TILE_FILTERS) {
    const repeats: Omit<FilterTiming, 'name'>[] = [];
    for (let repeat = 0; repeat < FILTER_REPEATS; repeat++) {
      const argument = JSON.stringify({ filter, timeoutMs: FIGURES_TIMEOUT_MS });
      const timing = (await page.evaluate(`(${FIGURES_SCRIPT})(${argument})`)) as Omit<
        FilterTiming,
        'name'
      >;
      repeats.push(timing);
    }
    filters.push({
      name,
      figuresMs: median(repeats.map((timing) => timing.figuresMs)),
      mapIdleMs: median(repeats.map((timing) => timing.mapIdleMs)),
      keptSegments: repeats[0]!.keptSegments,
    });
  }
  return filters;
}

/** Medians over runs of each filter's timings. */
function filterMedians(runs: readonly (readonly FilterTiming[])[]): FilterTiming[] {
  return TILE_FILTERS.map(({ name }, index): FilterTiming => {
    const timings = runs.map((run) => run[index]!);
    return {
      name,
      figuresMs: median(timings.map((timing) => timing.figuresMs)),
      mapIdleMs: median(timings.map((timing) => timing.mapIdleMs)),
      keptSegments: timings[0]!.keptSegments,
    };
  });
}

async function provinceRun(
  server: StaticServer,
  pair: number,
  loadTimeoutMs: number,
): Promise<ProvinceRun> {
  const url = tilesUrl(server.origin, null);
  return withPage(server, url, appDriver.ready, loadTimeoutMs, async (page, errors) => {
    const firstIdleMs = await markTime(page, APP_IDLE_MARK);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
      APP_ALL_DRAWN_MARK,
      { timeout: loadTimeoutMs },
    );
    const allDrawnMs = await markTime(page, APP_ALL_DRAWN_MARK);
    const { heapBytes, arrayBufferBytes } = await memoryAfterGc(page);
    const camera = await appDriver.camera(page);
    await page.waitForTimeout(INTERACTION_DELAY_MS);
    await appDriver.quiet(page);
    const filters = await timeFilters(page);
    return {
      pair,
      firstIdleMs,
      allDrawnMs,
      heapBytes,
      arrayBufferBytes,
      camera,
      filters,
      errors,
    };
  });
}

/** The style the app's map held at the camera, saved for the `styled` page (served with it). */
const APP_STYLE_FILE = 'app-style.json';

function modePageUrl(origin: string, kind: TileModePage, camera: Camera): string {
  if (kind === 'app') return tilesUrl(origin, camera);
  const query = new URLSearchParams(
    kind === 'styled' ? { style: APP_STYLE_FILE } : { archive: `${TILES_MOUNT}roads.pmtiles` },
  );
  query.set('lng', String(camera.lng));
  query.set('lat', String(camera.lat));
  query.set('zoom', String(camera.zoom));
  return `${origin}${BASELINE_TILES_MOUNT}?${query.toString()}`;
}

/**
 * One page's mode switches at the camera. The app's page saves the style its map holds there
 * (before any switch) for the `styled` page, which comes after it.
 */
async function modeRun(
  server: StaticServer,
  kind: TileModePage,
  pair: number,
  camera: Camera,
  loadTimeoutMs: number,
): Promise<TileModeRun> {
  const driver = kind === 'app' ? appDriver : baselineDriver;
  const url = modePageUrl(server.origin, kind, camera);
  return withPage(server, url, driver.ready, loadTimeoutMs, async (page, errors) => {
    const firstIdleMs = await markTime(page, kind === 'app' ? APP_IDLE_MARK : BASELINE_IDLE_MARK);
    await page.waitForTimeout(INTERACTION_DELAY_MS);
    await driver.quiet(page);
    if (kind === 'app') {
      const style = await page.evaluate(() => JSON.stringify(window.roadboard.map?.getStyle()));
      writeFileSync(join(BASELINE_TILES_BUILD_DIRECTORY, APP_STYLE_FILE), style);
    }
    const runs: number[][] = [];
    for (let repeat = 0; repeat < MODE_REPEATS; repeat++) {
      runs.push(await driver.switchModes(page));
      await driver.resetMode(page);
    }
    const modeStepsMs = runs[0]!.map((_, step) => median(runs.map((run) => run[step]!)));
    const modeMs = modeStepsMs.reduce((sum, step) => sum + step, 0);
    // The app's figures after a filter here too, where each map frame draws road tiles.
    const filters = kind === 'app' ? await timeFilters(page) : [];
    return { kind, pair, firstIdleMs, modeStepsMs, modeMs, filters, errors };
  });
}

function errorsNote(errors: readonly string[]): string {
  return errors.length > 0 ? `, errors: ${errors.join(' | ')}` : '';
}

export interface TileSetRequest {
  /** The tile set folder (absolute), served at `TILES_MOUNT`. */
  folder: string;
  /** The folder as given, for the report. */
  label: string;
  pairs: number;
  loadTimeoutMs: number;
  server: StaticServer;
  /** The app's first views of the 10k network measured by the GeoJSON part; empty: none. */
  countyFirstIdleMs: readonly number[];
}

/** Measures the tile set: `pairs` runs of each page, in turns for the mode switch. */
export async function measureTileSet(request: TileSetRequest): Promise<TileSetResult> {
  const { server, pairs, loadTimeoutMs } = request;
  const manifest = JSON.parse(
    readFileSync(join(request.folder, MANIFEST_FILE), 'utf8'),
  ) as TilesManifest;
  log(
    `tile set ${request.label}: ${manifest.counts.segments.toLocaleString('en')} segments, ` +
      `served at ${TILES_MOUNT} with range requests`,
  );
  const countyRuns: number[] = [];
  if (request.countyFirstIdleMs.length === 0) {
    await writeNetwork(COUNTY_SEGMENTS);
    for (let pair = 0; pair < pairs; pair++) {
      countyRuns.push(await countyFirstIdle(server, loadTimeoutMs));
      log(`tiles: 10k GeoJSON first view ${countyRuns.at(-1)!.toFixed(0)} ms`);
    }
  }
  const camera = tileCamera(request.folder, manifest);
  const province: ProvinceRun[] = [];
  const modeRuns: TileModeRun[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const run = await provinceRun(server, pair, loadTimeoutMs);
    province.push(run);
    const filters = run.filters
      .map((timing) => `${timing.name} ${timing.figuresMs.toFixed(0)} ms`)
      .join(', ');
    log(
      `tiles pair ${pair + 1} app first view ${run.firstIdleMs.toFixed(0)} ms, JS heap ` +
        `${(run.heapBytes / 1e6).toFixed(0)} MB + array buffers ` +
        `${(run.arrayBufferBytes / 1e6).toFixed(0)} MB, figures after a filter: ${filters}` +
        errorsNote(run.errors),
    );
    for (const kind of ['app', 'styled', 'baseline'] as const) {
      const mode = await modeRun(server, kind, pair, camera, loadTimeoutMs);
      modeRuns.push(mode);
      const modeFilters = mode.filters
        .map((timing) => `${timing.name} ${timing.figuresMs.toFixed(0)} ms`)
        .join(', ');
      log(
        `tiles pair ${pair + 1} ${kind} at zoom ${camera.zoom}: first idle ` +
          `${mode.firstIdleMs.toFixed(0)} ms, mode ${mode.modeMs.toFixed(0)} ms` +
          (modeFilters ? `, figures after a filter: ${modeFilters}` : '') +
          errorsNote(mode.errors),
      );
    }
  }
  const countyFirstIdleMs = median(
    request.countyFirstIdleMs.length > 0 ? request.countyFirstIdleMs : countyRuns,
  );
  const of = <Run>(runs: readonly Run[], pick: (run: Run) => number): number =>
    median(runs.map(pick));
  const appModes = modeRuns.filter((run) => run.kind === 'app');
  const styledModes = modeRuns.filter((run) => run.kind === 'styled');
  const baselineModes = modeRuns.filter((run) => run.kind === 'baseline');
  const filters = filterMedians(province.map((run) => run.filters));
  const filtersAtCamera = filterMedians(appModes.map((run) => run.filters));
  const slowest = [
    ...filters.map((timing) => ({ timing, view: 'first view' })),
    ...filtersAtCamera.map((timing) => ({ timing, view: `zoom ${camera.zoom}` })),
  ].reduce((a, b) => (b.timing.figuresMs > a.timing.figuresMs ? b : a));
  const firstIdleMs = of(province, (run) => run.firstIdleMs);
  const appMs = of(appModes, (run) => run.modeMs);
  const styledMs = of(styledModes, (run) => run.modeMs);
  const baselineMs = of(baselineModes, (run) => run.modeMs);
  const summary: TileSetSummary = {
    folder: request.label,
    segments: manifest.counts.segments,
    pairs,
    camera,
    countyFirstIdleMs,
    firstIdleMs,
    allDrawnMs: of(province, (run) => run.allDrawnMs),
    firstViewRatio: firstIdleMs / countyFirstIdleMs,
    memoryMB: of(province, (run) => (run.heapBytes + run.arrayBufferBytes) / 1e6),
    heapMB: of(province, (run) => run.heapBytes / 1e6),
    arrayBuffersMB: of(province, (run) => run.arrayBufferBytes / 1e6),
    filters,
    filtersAtCamera,
    statisticsMs: slowest.timing.figuresMs,
    slowestFilter: `${slowest.timing.name}, ${slowest.view}`,
    mode: {
      appFirstIdleMs: of(appModes, (run) => run.firstIdleMs),
      styledFirstIdleMs: of(styledModes, (run) => run.firstIdleMs),
      baselineFirstIdleMs: of(baselineModes, (run) => run.firstIdleMs),
      appMs,
      styledMs,
      baselineMs,
      ratio: appMs / styledMs,
      roadsOnlyRatio: appMs / baselineMs,
    },
  };
  return { summary, province, modeRuns, countyFirstIdleMs: countyRuns };
}
