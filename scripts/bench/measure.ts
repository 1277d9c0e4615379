/**
 * One measured run: a fresh browser opens one page (app or baseline) on one network, waits
 * for its first idle with the data drawn, reads the load figures, then times the mode switch
 * and the filter change.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openBenchPage, usedHeapAfterGc, withTimeout } from './browser.ts';
import { FILTER_CLASSES, type Camera, type PageDriver, type PageKind } from './drivers.ts';
import { loadPhases, type LoadPhases } from './loadPhases.ts';
import { longTaskFigures, type LongTaskFigures } from './longTasks.ts';
import {
  APP_ALL_DRAWN_MARK,
  MAPLIBRE_CONSTRUCT_MEASURE,
  type BenchRecorder,
  type TimeSpan,
} from './pageApi.ts';
import type { StaticServer } from './server.ts';
import { median } from './median.ts';
import { progressFileName } from './paths.ts';
import { transferBytes, type TransferBytes } from './transfer.ts';

/** Wait between the first idle and the timed interactions. */
const INTERACTION_DELAY_MS = 1000;
/**
 * Each interaction is timed this many times on each page and the median kept: a single frame
 * more or less moves one timing by a large share.
 */
const INTERACTION_REPEATS = 5;

export interface RunResult {
  kind: PageKind;
  segments: number;
  /** Which A/B pair this run belongs to (0-based). */
  pair: number;
  /** Navigation start → first idle with the data drawn. */
  firstIdleMs: number;
  /**
   * Navigation start → everything drawn: the app's route codes and points,
   * given to MapLibre at its first idle (the baseline: its first idle).
   */
  allDrawnMs: number;
  /** Navigation start → the app's `roadboard:data-ready` mark (the app only). */
  dataReadyMs: number | null;
  /** status → completion and completion → guard, each to idle (medians of the repeats). */
  modeStepsMs: number[];
  /** Sum of the mode steps. */
  modeMs: number;
  /**
   * The app: two as-of changes to idle after joining the network's progress sheet, in ms
   * (summed; compared with the baseline's two mode steps); NaN for the baseline.
   */
  asOfMs: number;
  /** The app: joining the progress sheet in the data worker, ms; NaN for the baseline. */
  progressJoinMs: number;
  /** The app: two mode steps on the network the sheet cut into pieces; NaN for the baseline. */
  joinedModeMs: number;
  filterMs: number;
  loadLongTasks: LongTaskFigures;
  loadPhases: LoadPhases;
  /** Main-thread JS heap after load and a full GC. */
  heapBytes: number;
  /** JS and CSS fetched before the first idle, gzip bytes. */
  transfer: TransferBytes;
  camera: Camera;
  errors: string[];
}

export interface RunRequest {
  driver: PageDriver;
  segments: number;
  pair: number;
  dataPath: string;
  /** The camera the baseline is given (the app's framing); null for the app. */
  camera: Camera | null;
  server: StaticServer;
  loadTimeoutMs: number;
}

interface LoadMarks {
  idle: number;
  allDrawn: number | null;
  dataReady: number | null;
  recorder: BenchRecorder;
  /** The `maplibre:construct` measures: MapLibre's start-up. */
  maplibreStartup: TimeSpan[];
}

/** What a page that never became ready had done: its marks, data worker stages and errors. */
async function whereItStopped(page: Page, errors: readonly string[]): Promise<string> {
  const state = await withTimeout(
    page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((mark) => mark.name),
      stages: window.__bench.pageWorkerStages.map((stage) => stage.label),
      frames: window.__bench.frames.length,
    })),
    10_000,
    'reading the stuck page',
  ).catch((error: unknown) => ({ unreadable: String(error) }));
  return `page state: ${JSON.stringify(state)}; page errors: ${JSON.stringify(errors)}`;
}

async function measureInBrowser(browser: Browser, request: RunRequest): Promise<RunResult> {
  const { driver, server } = request;
  const { page, errors } = await openBenchPage(browser, server.origin);
  server.takeLog();
  const url = driver.url(server.origin, request.dataPath, request.camera);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: request.loadTimeoutMs });
  const crashed = new Promise<never>((_, reject) =>
    page.once('crash', () => reject(new Error(`${driver.kind}: the page crashed (${url})`))),
  );
  const ready = Promise.race([driver.ready(page), crashed]);
  try {
    await withTimeout(ready, request.loadTimeoutMs, `${driver.kind} first idle (${url})`);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await whereItStopped(page, errors)}`, {
      cause: error,
    });
  }
  const requests = server.takeLog();
  // No named helpers inside page functions: the TypeScript runner would add its own to them.
  const marks: LoadMarks = await page.evaluate(
    ({ idleMark, allDrawnMark, constructMeasure }) => ({
      idle: performance.getEntriesByName(idleMark, 'mark')[0]?.startTime ?? Number.NaN,
      allDrawn: performance.getEntriesByName(allDrawnMark, 'mark')[0]?.startTime ?? null,
      dataReady: performance.getEntriesByName('roadboard:data-ready', 'mark')[0]?.startTime ?? null,
      recorder: window.__bench,
      maplibreStartup: performance
        .getEntriesByName(constructMeasure, 'measure')
        .map((entry) => ({ start: entry.startTime, duration: entry.duration })),
    }),
    {
      idleMark: driver.idleMark,
      allDrawnMark: APP_ALL_DRAWN_MARK,
      constructMeasure: MAPLIBRE_CONSTRUCT_MEASURE,
    },
  );
  const heapBytes = await usedHeapAfterGc(page);
  const camera = await driver.camera(page);
  // Interactions are timed on a settled page, as a user meets it: one second after the first
  // idle, and once anything loaded after it (the app's route codes and points) is drawn. Both pages
  // get the same wait.
  await page.waitForTimeout(INTERACTION_DELAY_MS);
  await driver.quiet(page);
  const modeRuns: number[][] = [];
  const filterRuns: number[] = [];
  for (let repeat = 0; repeat < INTERACTION_REPEATS; repeat++) {
    modeRuns.push(await driver.switchModes(page));
    await driver.resetMode(page);
    filterRuns.push(await driver.filter(page, FILTER_CLASSES));
    await driver.clearFilter(page);
  }
  const modeStepsMs = modeRuns[0]!.map((_, step) => median(modeRuns.map((run) => run[step]!)));
  const filterMs = median(filterRuns);
  // Last: the sheet replaces the network shown by its pieces.
  const asOf = driver.asOf
    ? await driver.asOf(page, `/data/${progressFileName(request.segments)}`)
    : null;
  return {
    kind: driver.kind,
    segments: request.segments,
    pair: request.pair,
    firstIdleMs: marks.idle,
    allDrawnMs: marks.allDrawn ?? marks.idle,
    dataReadyMs: marks.dataReady,
    modeStepsMs,
    modeMs: modeStepsMs.reduce((sum, step) => sum + step, 0),
    filterMs,
    asOfMs: asOf ? asOf.stepsMs.reduce((sum, step) => sum + step, 0) : Number.NaN,
    progressJoinMs: asOf ? asOf.joinMs : Number.NaN,
    joinedModeMs: asOf ? asOf.joinedModeStepsMs.reduce((sum, step) => sum + step, 0) : Number.NaN,
    loadLongTasks: longTaskFigures(marks.recorder, marks.idle, marks.maplibreStartup),
    loadPhases: loadPhases(marks.recorder, marks.idle),
    heapBytes,
    transfer: transferBytes(requests),
    camera,
    errors,
  };
}

/** Measures one run in a browser of its own. */
export async function measureRun(request: RunRequest): Promise<RunResult> {
  const browser = await launchBrowser();
  try {
    return await measureInBrowser(browser, request);
  } finally {
    await browser.close();
  }
}
