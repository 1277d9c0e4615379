/**
 * What the benchmark reads and calls in its pages: `window.baseline` on the baseline page and
 * `window.__bench` (long tasks, frames) installed by the init script on both pages.
 */
import type { ColorMode } from '../../src/domain/types.ts';

/** The baseline page's handle, the counterpart of `window.roadboard`. */
export interface BaselineApi {
  /** Resolves at the first `idle` with the roads drawn (after the mark `baseline:map-idle`). */
  ready: Promise<void>;
  /** `setPaintProperty` of the line colour to a mode's expression; resolves at the next idle. */
  setColor(mode: ColorMode): Promise<void>;
  /** `setFilter` keeping only these classes (null clears); resolves at the next idle. */
  setClasses(classes: readonly string[] | null): Promise<void>;
  /** The MapLibre map, for experiments from the console or a script. */
  map: unknown;
}

/** A span of main-thread time (a long task, a call), times in ms from navigation start. */
export interface TimeSpan {
  start: number;
  duration: number;
}

/** What the init script records from before the page's own code runs. */
export interface BenchRecorder {
  longTasks: TimeSpan[];
  /** Start of every `requestAnimationFrame` callback, ms from navigation start. */
  frames: number[];
  /** Arrival of every message from a MapLibre worker, ms from navigation start. */
  maplibreMessages: number[];
  /** Every `postMessage` to a MapLibre worker (the copy of the message is made in it). */
  maplibrePosts: TimeSpan[];
  /** Arrival of every message from any other worker (the app's data worker). */
  pageWorkerMessages: number[];
  /**
   * When the label of the data worker's messages (`type` and `progress.stage`, e.g.
   * `progress:validating`, `done`) changed: the worker's stages as the page saw them.
   */
  pageWorkerStages: { label: string; time: number }[];
}

/**
 * User Timing measure both pages set around `new maplibregl.Map(…)`: a long task holding it is
 * MapLibre's start-up, the same in both pages, not the app's own work.
 */
export { MAPLIBRE_CONSTRUCT_MEASURE } from '../../src/map/constructMeasure.ts';

/** Name of the User Timing mark the baseline sets at its first idle with data. */
export const BASELINE_IDLE_MARK = 'baseline:map-idle';
/** Name of the User Timing mark the app sets at its first idle with data. */
export const APP_IDLE_MARK = 'roadboard:map-idle';
/** The app's mark once what it draws after the first idle (route codes, points) is drawn too. */
export const APP_ALL_DRAWN_MARK = 'roadboard:all-drawn';

declare global {
  interface Window {
    baseline: BaselineApi;
    __bench: BenchRecorder;
  }
}
