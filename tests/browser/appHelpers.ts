/**
 * Helpers shared by the browser tests: one app page per test file (each load costs seconds
 * with software WebGL), waiting for the map, finding a road on screen, counting map pixels.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AutomationSummary } from '../../src/api/automation.ts';
import type { FilterState } from '../../src/domain/types.ts';
import { baseUrl, desktopViewport, openApp, type AppSession, type Viewport } from './harness.ts';

/**
 * Opens the app once for the tests of a file (or describe block) in `beforeAll` and closes it
 * in `afterAll`. The harness closes every session after each test; this one is kept open across
 * tests, so later tests continue from the state earlier ones left.
 */
export function useSharedApp(
  query: string,
  viewport: Viewport = desktopViewport,
): () => AppSession {
  let app: AppSession | undefined;
  let closeApp: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    app = await openApp(query, viewport);
    closeApp = app.close;
    // The harness's afterEach calls close() on every open session: keep this one.
    app.close = async () => {};
  });
  afterAll(async () => {
    await closeApp?.();
  });
  return () => {
    if (app === undefined) throw new Error('the shared app did not open (see beforeAll)');
    return app;
  };
}

/** The map of the page, in page code. */
export function pageMap(): MapLibreMap {
  const map = window.roadboard.map;
  if (map === null) throw new Error('window.roadboard.map is null');
  return map;
}

/** Resolves once every change made so far (UI or API) is applied and the map is idle. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.roadboard.setMode(window.roadboard.mode));
}

/**
 * The app writes the address once the view has not changed for this long (`URL_WRITE_PAUSE_MS`
 * in src/state/urlSync.svelte.ts, 500 ms), with a margin.
 */
const ADDRESS_PAUSE_MS = 800;

/**
 * Resolves once the address bar shows every change made so far: the app writes it after a pause,
 * when the page is idle, and idle callbacks run in the order asked for.
 */
export async function addressWritten(page: Page): Promise<void> {
  await page.waitForTimeout(ADDRESS_PAUSE_MS);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })),
  );
}

/** Resolves once the camera has stopped moving and the map is idle. */
export async function waitForCameraRest(page: Page): Promise<void> {
  await page.waitForFunction(() => window.roadboard.map?.isMoving() === false, undefined, {
    timeout: 20_000,
  });
  await settle(page);
}

/** A point of the screen where a click picks one road segment. */
export interface RoadOnScreen {
  x: number;
  y: number;
  /** The integer feature id (segment index). */
  index: number;
  /** The contract `id`. */
  id: string;
  name: string;
  roadClass: string;
  status: string;
}

/**
 * Finds a drawn road of one of `classes` and a point on it, away from the panels, where the
 * app's own pick (the top feature of `road-line` within 6 px) is that road. Roads whose status
 * is in `preferStatuses` are tried first.
 */
export async function findRoadOnScreen(
  page: Page,
  classes: readonly string[],
  preferStatuses: readonly string[] = [],
): Promise<RoadOnScreen> {
  const found = await page.evaluate(
    ({ wanted, preferred }) => {
      const map = window.roadboard.map;
      if (map === null) throw new Error('no map');
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const features = map
        .queryRenderedFeatures({ layers: ['road-line'] })
        .filter((feature) => wanted.includes(String(feature.properties.class)))
        .sort(
          (a, b) =>
            Number(!preferred.includes(String(a.properties.status))) -
            Number(!preferred.includes(String(b.properties.status))),
        );
      for (const feature of features) {
        const geometry = feature.geometry;
        const parts =
          geometry.type === 'LineString'
            ? [geometry.coordinates]
            : geometry.type === 'MultiLineString'
              ? geometry.coordinates
              : [];
        for (const part of parts) {
          // Try vertices from the middle of the line outwards.
          const order = part
            .map((_, position) => position)
            .sort((a, b) => Math.abs(a - part.length / 2) - Math.abs(b - part.length / 2));
          for (const position of order) {
            const coordinate = part[position] as [number, number];
            const point = map.project(coordinate);
            const x = box.left + point.x;
            const y = box.top + point.y;
            if (x < 20 || y < 20 || x > window.innerWidth - 20 || y > window.innerHeight - 20) {
              continue;
            }
            // Nothing (a panel) may cover the point, nor a box of 10 px around it.
            const clear = [
              [0, 0],
              [-10, -10],
              [10, -10],
              [-10, 10],
              [10, 10],
            ].every(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!) === canvas);
            if (!clear) continue;
            const picked = map
              .queryRenderedFeatures(
                [
                  [point.x - 6, point.y - 6],
                  [point.x + 6, point.y + 6],
                ],
                { layers: ['road-line'] },
              )
              .find((candidate) => typeof candidate.id === 'number');
            if (picked?.id !== feature.id) continue;
            return {
              x,
              y,
              index: Number(feature.id),
              id: String(feature.properties.id),
              name: String(feature.properties.name),
              roadClass: String(feature.properties.class),
              status: String(feature.properties.status),
            };
          }
        }
      }
      return null;
    },
    { wanted: classes, preferred: preferStatuses },
  );
  if (found === null) throw new Error(`no clickable road of class ${classes.join('/')} on screen`);
  return found;
}

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Counts the map canvas's pixels within `tolerance` (per channel) of each colour, read with
 * `gl.readPixels` right after the map draws a frame (while the drawing buffer is valid).
 */
export async function countMapPixels<Key extends string>(
  page: Page,
  colors: Record<Key, string>,
  tolerance = 6,
): Promise<Record<Key, number>> {
  const targets = Object.entries<string>(colors).map(([key, hex]) => [key, hexToRgb(hex)] as const);
  const counts = await page.evaluate(
    ({ targets, tolerance }) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const map = window.roadboard.map;
        if (map === null) throw new Error('no map');
        map.once('render', () => {
          try {
            const canvas = map.getCanvas();
            const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
            if (gl === null) throw new Error('no WebGL context on the map canvas');
            const width = gl.drawingBufferWidth;
            const height = gl.drawingBufferHeight;
            const pixels = new Uint8Array(width * height * 4);
            gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
            const counts: Record<string, number> = {};
            for (const [key] of targets) counts[key] = 0;
            for (let offset = 0; offset < pixels.length; offset += 4) {
              const r = pixels[offset]!;
              const g = pixels[offset + 1]!;
              const b = pixels[offset + 2]!;
              for (const [key, [tr, tg, tb]] of targets) {
                if (
                  Math.abs(r - tr) <= tolerance &&
                  Math.abs(g - tg) <= tolerance &&
                  Math.abs(b - tb) <= tolerance
                ) {
                  counts[key]! += 1;
                }
              }
            }
            resolve(counts);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        map.triggerRepaint();
      }),
    { targets, tolerance },
  );
  return counts as Record<Key, number>;
}

/** The sample roads as served, for expected figures. */
export async function fetchSampleRoads(): Promise<FeatureCollection> {
  const response = await fetch(`${baseUrl()}/sample/roads.geojson`);
  expect(response.ok).toBe(true);
  return (await response.json()) as FeatureCollection;
}

/** What `roadboard.summary()` says now. */
export async function appSummary(page: Page): Promise<AutomationSummary> {
  return page.evaluate(() => window.roadboard.summary());
}

/** Sets the filters through the automation API (the panels and the address follow). */
export async function applyFilter(page: Page, filter: FilterState): Promise<void> {
  await page.evaluate((value) => window.roadboard.setFilter(value), filter);
}

/** The figures of the statistics region (by its name in the page's language), by `data-figure`. */
export async function statisticsFigures(
  page: Page,
  regionName = 'Statistics',
): Promise<Record<string, string>> {
  return page
    .getByRole('region', { name: regionName, exact: true })
    .locator('[data-figure]')
    .evaluateAll((elements) =>
      Object.fromEntries(
        elements.map((element) => [
          element.getAttribute('data-figure'),
          (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ]),
      ),
    );
}

/** The highlight the halo draws around a segment now (`selected`, `hover`), or null. */
export async function highlightOf(page: Page, index: number): Promise<string | null> {
  return page.evaluate((id) => {
    const map = window.roadboard.map!;
    if (!map.getLayer('road-halo')) return null;
    const line = map
      .queryRenderedFeatures({ layers: ['road-halo'] })
      .find((feature) => feature.id === id);
    return (line?.properties.highlight as string | undefined) ?? null;
  }, index);
}
