/**
 * Helpers of the browser tests that open data (openData, persistence, security): the fixtures
 * of `tests/fixtures/open/`, opening a file through the real file input, reading the report of
 * the "Open data" panel, downloading the current data, comparing positions.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { settle } from './appHelpers.ts';

const fixtureDirectory = fileURLToPath(new URL('../fixtures/open/', import.meta.url));

/** The path of a fixture of `tests/fixtures/open/`. */
export function fixturePath(name: string): string {
  return `${fixtureDirectory}${name}`;
}

/** A fixture parsed. */
export function readFixture(name: string): FeatureCollection {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as FeatureCollection;
}

/** Properties of the fixtures' road segments. */
export interface FixtureProperties {
  id: string;
  name?: string;
  status: string;
  towns?: string[];
}

/** The fixture network in WGS 84, every segment a LineString. */
export function goodNetwork(): Feature<LineString, FixtureProperties>[] {
  return readFixture('good.geojson').features as Feature<LineString, FixtureProperties>[];
}

/** [west, south, east, north] of some line features. */
export function boundsOf(
  features: readonly Feature<LineString>[],
): [number, number, number, number] {
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const [lon, lat] of feature.geometry.coordinates as [number, number][]) {
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
    }
  }
  return bounds;
}

/** Distance in metres between two lon/lat positions (spherical; plenty for metres apart). */
export function metresBetween(a: Position, b: Position): number {
  const radians = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * radians;
  const dLon = (b[0]! - a[0]!) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1]! * radians) * Math.cos(b[1]! * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/**
 * The largest distance, in metres, between the positions of `actual` and those of the feature
 * with the same `id` in `expected`. Fails when a feature is missing or has another shape.
 */
export function largestOffsetMetres(
  actual: FeatureCollection,
  expected: readonly Feature<LineString, FixtureProperties>[],
): number {
  const byId = new Map(
    actual.features.map((feature) => [String(feature.properties?.id), feature] as const),
  );
  let largest = 0;
  for (const feature of expected) {
    const found = byId.get(feature.properties.id);
    expect(found, `feature ${feature.properties.id}`).toBeDefined();
    expect(found!.geometry.type).toBe('LineString');
    const positions = (found!.geometry as LineString).coordinates;
    expect(positions).toHaveLength(feature.geometry.coordinates.length);
    feature.geometry.coordinates.forEach((position, index) => {
      largest = Math.max(largest, metresBetween(positions[index]!, position));
    });
  }
  return largest;
}

/** The "Open data" region of the page. */
export function dataPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Open data', exact: true });
}

/** The report of the last opening: a status when it succeeded, an alert when it failed. */
export function reportOf(page: Page): Locator {
  const panel = dataPanel(page);
  return panel
    .getByRole('status')
    .filter({ hasText: 'segments loaded' })
    .or(panel.getByRole('alert'));
}

/** Closes the report of the previous opening, so that the next one is told apart. */
export async function dismissReport(page: Page): Promise<void> {
  const report = reportOf(page);
  if ((await report.count()) > 0) {
    await report.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => report.count()).toBe(0);
  }
}

/** Waits for the report of an opening; once it says the data loaded, for the map to draw it. */
export async function waitForReport(page: Page): Promise<Locator> {
  const report = reportOf(page);
  await expect.poll(() => report.count(), { timeout: 30_000 }).toBe(1);
  if ((await report.getAttribute('role')) === 'status') await settle(page);
  return report;
}

/** A file to open: a fixture path, or a name and contents. */
export type FileToOpen = string | { name: string; mimeType: string; buffer: Buffer };

/** Opens a file through the panel's real file input; resolves with the report. */
export async function openThroughInput(page: Page, file: FileToOpen): Promise<Locator> {
  await dismissReport(page);
  await page.setInputFiles('[data-testid=open-data-input]', file);
  return waitForReport(page);
}

/** The text of a locator with runs of white space as one space. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks a link that saves a file and returns the download, read as text. */
export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

/** "Download current data (GeoJSON)", parsed. */
export async function downloadCurrentData(page: Page): Promise<FeatureCollection> {
  const { download, text } = await downloadText(page, () =>
    dataPanel(page).getByRole('button', { name: 'Download current data (GeoJSON)' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/\.geojson$/);
  return JSON.parse(text) as FeatureCollection;
}

/** The contract ids of the road segments drawn on screen. */
export async function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] });
    return [...new Set(features.map((feature) => String(feature.properties.id)))].sort();
  });
}

/** The camera's centre, [lon, lat]. */
export async function cameraCenter(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const center = window.roadboard.map!.getCenter();
    return [center.lng, center.lat] as [number, number];
  });
}

/** Waits for `window.roadboard.ready` after a navigation or reload. */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.roadboard !== undefined, undefined, {
    timeout: 60_000,
  });
  await page.evaluate(() => window.roadboard.ready);
}
