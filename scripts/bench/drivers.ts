/**
 * How the benchmark drives each page: the app through `window.roadboard`, the baseline through
 * `window.baseline`. Every timing is taken inside the page with `performance.now()`.
 */
import type { Page } from 'playwright-core';
import type { RoadClass } from '../../src/contract/roadNetwork.ts';
// Brings the type of `window.roadboard` into scope; nothing of the app runs in Node.
import type {} from '../../src/api/automation.ts';
import { APP_IDLE_MARK, BASELINE_IDLE_MARK } from './pageApi.ts';

export type PageKind = 'app' | 'baseline';

/** Where the map looks: the app frames the data, the baseline is given the same camera. */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** The filter change measured: drop village and other roads (about three quarters of them). */
export const FILTER_CLASSES: readonly RoadClass[] = [
  'expressway',
  'national',
  'provincial',
  'county',
  'township',
];

export interface PageDriver {
  kind: PageKind;
  /** The User Timing mark of the first idle with the data drawn. */
  idleMark: string;
  url(origin: string, dataPath: string, camera: Camera | null): string;
  /** Resolves at the page's first idle with the data drawn. */
  ready(page: Page): Promise<void>;
  /** The camera after the first load. */
  camera(page: Page): Promise<Camera>;
  /** Resolves once the map is idle with nothing left to load (work deferred past the first idle). */
  quiet(page: Page): Promise<void>;
  /** status → completion → guard; ms of each switch to idle. */
  switchModes(page: Page): Promise<number[]>;
  /** Back to status colours (not timed). */
  resetMode(page: Page): Promise<void>;
  /** Applies the class filter; ms to idle. */
  filter(page: Page, classes: readonly RoadClass[]): Promise<number>;
  /** Shows every road again (not timed). */
  clearFilter(page: Page): Promise<void>;
  /**
   * The app only: joins the progress sheet at `sheetPath` (one row per ten segments, six
   * dates), then shows two of its dates; the join's time in the data worker and each date's
   * ms to idle.
   */
  asOf?(
    page: Page,
    sheetPath: string,
  ): Promise<{ joinMs: number; stepsMs: number[]; joinedModeStepsMs: number[] }>;
}

export const appDriver: PageDriver = {
  kind: 'app',
  idleMark: APP_IDLE_MARK,
  url: (origin, dataPath) => `${origin}/?data=${encodeURIComponent(dataPath)}`,
  ready: (page) => page.evaluate(() => window.roadboard.ready),
  quiet: (page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.roadboard.map!;
          if (map.loaded() && map.areTilesLoaded()) resolve();
          else map.once('idle', () => resolve());
        }),
    ),
  camera: (page) =>
    page.evaluate(() => {
      const map = window.roadboard.map;
      if (!map) throw new Error('window.roadboard.map is null after ready');
      return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
    }),
  switchModes: (page) =>
    page.evaluate(async () => {
      const times: number[] = [];
      for (const mode of ['completion', 'guard'] as const) {
        const start = performance.now();
        await window.roadboard.setMode(mode);
        times.push(performance.now() - start);
      }
      return times;
    }),
  resetMode: (page) => page.evaluate(() => window.roadboard.setMode('status')),
  filter: (page, classes) =>
    page.evaluate(async (kept) => {
      const start = performance.now();
      await window.roadboard.setFilter({ classes: [...kept] });
      return performance.now() - start;
    }, classes),
  clearFilter: (page) => page.evaluate(() => window.roadboard.setFilter({})),
  asOf: (page, sheetPath) =>
    page.evaluate(async (path) => {
      const sheet = await (await fetch(path)).blob();
      const result = await window.roadboard.loadProgress(sheet, 'progress.csv');
      if (!result.ok) throw new Error(`the benchmark's progress sheet was refused`);
      const dates = window.roadboard.asOfDates;
      const stepsMs: number[] = [];
      for (const date of [dates[0]!, dates[Math.floor(dates.length / 2)]!]) {
        const start = performance.now();
        await window.roadboard.setAsOf(date);
        stepsMs.push(performance.now() - start);
      }
      // The same network's mode switch, as it now stands (cut into pieces), for comparison.
      const joinedModeStepsMs: number[] = [];
      for (const mode of ['completion', 'guard'] as const) {
        const start = performance.now();
        await window.roadboard.setMode(mode);
        joinedModeStepsMs.push(performance.now() - start);
      }
      await window.roadboard.setMode('status');
      return { joinMs: result.joinMs, stepsMs, joinedModeStepsMs };
    }, sheetPath),
};

export const baselineDriver: PageDriver = {
  kind: 'baseline',
  idleMark: BASELINE_IDLE_MARK,
  url(origin, dataPath, camera) {
    const query = new URLSearchParams({ data: dataPath });
    if (camera) {
      query.set('lng', String(camera.lng));
      query.set('lat', String(camera.lat));
      query.set('zoom', String(camera.zoom));
    }
    return `${origin}/baseline/?${query.toString()}`;
  },
  ready: (page) => page.evaluate(() => window.baseline.ready),
  quiet: (page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.baseline.map as import('maplibre-gl').Map;
          if (map.loaded() && map.areTilesLoaded()) resolve();
          else map.once('idle', () => resolve());
        }),
    ),
  camera: (page) =>
    page.evaluate(() => {
      const query = new URLSearchParams(location.search);
      return {
        lng: Number(query.get('lng')),
        lat: Number(query.get('lat')),
        zoom: Number(query.get('zoom')),
      };
    }),
  switchModes: (page) =>
    page.evaluate(async () => {
      const times: number[] = [];
      for (const mode of ['completion', 'guard'] as const) {
        const start = performance.now();
        await window.baseline.setColor(mode);
        times.push(performance.now() - start);
      }
      return times;
    }),
  resetMode: (page) => page.evaluate(() => window.baseline.setColor('status')),
  filter: (page, classes) =>
    page.evaluate(async (kept) => {
      const start = performance.now();
      await window.baseline.setClasses(kept);
      return performance.now() - start;
    }, classes),
  clearFilter: (page) => page.evaluate(() => window.baseline.setClasses(null)),
};
