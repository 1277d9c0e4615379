/**
 * Medians of the runs of one size, for the app and the baseline, and the app ÷ baseline ratios.
 */
import type { PageKind } from './drivers.ts';
import type { RunResult } from './measure.ts';
import { median } from './median.ts';

/** The figures of the table, medians over the runs of one page and size. */
export interface Medians {
  firstIdleMs: number;
  allDrawnMs: number;
  modeMs: number;
  filterMs: number;
  /** The app's as-of changes (NaN for the baseline). */
  asOfMs: number;
  progressJoinMs: number;
  joinedModeMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
  longestOwnMs: number;
  longestFrameMs: number;
  longestMaplibreMessageMs: number;
  longestMaplibreStartupMs: number;
  framesDuringLoad: number;
  /** The app's data worker answer: arrival, and the task taking it in. */
  dataAnswerMs: number;
  dataAnswerTaskMs: number;
  postToMaplibreMs: number;
  heapMB: number;
  jsGzipKB: number;
  cssGzipKB: number;
  /** Scripts other than MapLibre's chunk and worker. */
  ownJsGzipKB: number;
}

export interface SizeSummary {
  segments: number;
  pairs: number;
  app: Medians;
  baseline: Medians;
  /** App ÷ baseline of the medians. */
  ratios: { firstIdle: number; mode: number; filter: number; heap: number; asOf: number };
}

function mediansOf(runs: readonly RunResult[]): Medians {
  const of = (pick: (run: RunResult) => number): number => median(runs.map(pick));
  return {
    firstIdleMs: of((run) => run.firstIdleMs),
    allDrawnMs: of((run) => run.allDrawnMs),
    modeMs: of((run) => run.modeMs),
    filterMs: of((run) => run.filterMs),
    asOfMs: of((run) => run.asOfMs),
    progressJoinMs: of((run) => run.progressJoinMs),
    joinedModeMs: of((run) => run.joinedModeMs),
    longTaskCount: of((run) => run.loadLongTasks.count),
    longTaskTotalMs: of((run) => run.loadLongTasks.totalMs),
    longestTaskMs: of((run) => run.loadLongTasks.longestMs),
    longestOwnMs: of((run) => run.loadLongTasks.longestOwnMs),
    longestFrameMs: of((run) => run.loadLongTasks.longestFrameMs),
    longestMaplibreMessageMs: of((run) => run.loadLongTasks.longestMaplibreMessageMs),
    longestMaplibreStartupMs: of((run) => run.loadLongTasks.longestMaplibreStartupMs),
    framesDuringLoad: of((run) => run.loadPhases.frames),
    dataAnswerMs: of((run) => run.loadPhases.dataAnswerMs ?? Number.NaN),
    dataAnswerTaskMs: of((run) => run.loadPhases.dataAnswerTaskMs),
    postToMaplibreMs: of((run) => run.loadPhases.postToMaplibreMs),
    heapMB: of((run) => run.heapBytes / 1e6),
    jsGzipKB: of((run) => run.transfer.js / 1000),
    cssGzipKB: of((run) => run.transfer.css / 1000),
    ownJsGzipKB: of((run) => run.transfer.appJs / 1000),
  };
}

/** Summarises the runs of one size. */
export function summarizeSize(segments: number, runs: readonly RunResult[]): SizeSummary {
  const ofKind = (kind: PageKind) =>
    runs.filter((run) => run.segments === segments && run.kind === kind);
  const app = mediansOf(ofKind('app'));
  const baseline = mediansOf(ofKind('baseline'));
  return {
    segments,
    pairs: Math.min(ofKind('app').length, ofKind('baseline').length),
    app,
    baseline,
    ratios: {
      firstIdle: app.firstIdleMs / baseline.firstIdleMs,
      mode: app.modeMs / baseline.modeMs,
      filter: app.filterMs / baseline.filterMs,
      heap: app.heapMB / baseline.heapMB,
      // The baseline has no dates to show: an as-of change is held to its colour change.
      asOf: app.asOfMs / baseline.modeMs,
    },
  };
}
