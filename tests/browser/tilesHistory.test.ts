/**
 * As-of on a tile set built with a progress sheet (`npm run tiles -- --progress`), in Chromium,
 * against the same network opened as GeoJSON with the same sheet loaded in the page: the sample
 * county and its 2023 progress sheet are tiled into the served build, then opened with
 * `?tiles=` in one page and `?data=` (and `roadboard.loadProgress`) in another. The history's
 * dates, and the figures as of several of them, agree; the as-of slider shows on the tile set,
 * and the map colours its roads by the dated letters of the tiles.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TILES_MANIFEST_NAME } from '../../src/contract/tilesManifest.ts';
import { buildTileSet, HISTORY_FILE } from '../../scripts/tiles/tileSet.ts';
import { appSummary, statisticsFigures } from './appHelpers.ts';
import { keepOpen, networkFigures, serveTileSet } from './tileSetHelpers.ts';
import { openApp, screenshot, useBrowser, waitForMapIdle, type AppSession } from './harness.ts';

useBrowser();

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The set's folder in the served build. */
const SET_PATH = 'test-tiles-history';
const work = join(root, 'tests/output/tiles-history-app');
const SHEET_NAME = 'progress-2023.csv';
const sheet = readFileSync(join(root, 'public/sample', SHEET_NAME));

describe('as-of on a tile set with a progress history', () => {
  let tiles: AppSession;
  let geojson: AppSession;
  let closeAll: () => Promise<void> = async () => {};

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const outcome = await buildTileSet(
      [join(root, 'public/sample/roads.geojson')],
      join(work, 'set'),
      () => {},
      { progress: [join(root, 'public/sample', SHEET_NAME)] },
    );
    expect(outcome.ok && outcome.manifest.files.history).toBe(HISTORY_FILE);
    serveTileSet(join(work, 'set'), SET_PATH);
    tiles = await openApp(`?lang=en&tiles=${SET_PATH}/${TILES_MANIFEST_NAME}`);
    geojson = await openApp('?lang=en&data=sample/roads.geojson');
    const loaded = await geojson.page.evaluate(
      async ({ name, bytes }) =>
        window.roadboard.loadProgress(new Blob([Uint8Array.from(bytes)]), name),
      { name: SHEET_NAME, bytes: Array.from(sheet) },
    );
    expect(loaded.ok).toBe(true);
    // The harness closes every session after each test: these two stay for the whole file.
    closeAll = keepOpen(tiles, geojson);
  }, 240_000);

  afterAll(async () => {
    await closeAll();
  });

  test('the history’s dates are those of the sheet loaded on the GeoJSON', async () => {
    const dates = await tiles.page.evaluate(() => window.roadboard.asOfDates);
    expect(dates).toHaveLength(12);
    expect(dates).toEqual(await geojson.page.evaluate(() => window.roadboard.asOfDates));
    // The latest figures, the pieces' own, agree before any date is chosen.
    expect(networkFigures(await appSummary(tiles.page))).toEqual(
      networkFigures(await appSummary(geojson.page)),
    );
  });

  test('each date gives the figures of the GeoJSON path, and the map reads the dated letters', async () => {
    const shown: number[] = [];
    // A date of the history, one between two (the earlier one's rows are in force), and the last.
    for (const date of ['2023-03-31', '2023-07-15', '2023-12-31']) {
      for (const page of [tiles.page, geojson.page])
        await page.evaluate((value) => window.roadboard.setAsOf(value), date);
      const fromTiles = await appSummary(tiles.page);
      expect([date, networkFigures(fromTiles)]).toEqual([
        date,
        networkFigures(await appSummary(geojson.page)),
      ]);
      expect(await statisticsFigures(tiles.page)).toEqual(await statisticsFigures(geojson.page));
      shown.push(fromTiles.completedKm);
    }
    expect(shown[0]).toBeLessThan(shown[1]!);
    expect(shown[1]).toBeLessThan(shown[2]!);
    await tiles.page.evaluate(() => window.roadboard.setAsOf('2023-07-15'));
    const color = await tiles.page.evaluate(() =>
      JSON.stringify(window.roadboard.map!.getPaintProperty('road-line', 'line-color')),
    );
    expect(color).toContain('datedStatus');
  });

  test('the as-of slider shows on the tile set and names the date', async () => {
    const { page } = tiles;
    await expect.poll(() => page.getByTestId('as-of').isVisible()).toBe(true);
    const slider = page.locator('#as-of-range');
    expect(await slider.isVisible()).toBe(true);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('as-of-date').textContent()).toContain('2023-01-31');
    await page.evaluate(() => window.roadboard.setAsOf('2023-07-15'));
    await expect.poll(() => page.getByTestId('as-of-date').textContent()).toContain('2023-06-30');
    await waitForMapIdle(page);
    await screenshot(page, 'tiles-asof-1280');
    expect(tiles.errors).toEqual([]);
    expect(geojson.errors).toEqual([]);
  });
});
