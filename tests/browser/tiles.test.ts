/**
 * The app on a tile set (`npm run tiles`) in Chromium, against the same network opened as
 * GeoJSON: the sample county's roads are tiled into the served build, then opened with
 * `?tiles=` in one page and `?data=` in another. Statistics, legend counts, filters, modes,
 * details on click, search and the address agree; the county overview shows at province zoom
 * with its figures on hover; the set's files chosen in "Open data" open the same; a manifest
 * that cannot be read leaves the map as it was.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TILES_MANIFEST_NAME } from '../../src/contract/tilesManifest.ts';
import { buildTileSet, TILE_SET_FILES, COUNTIES_FILE } from '../../scripts/tiles/tileSet.ts';
import { formatChainage, parseChainageKm } from '../../src/domain/chainage.ts';
import { palette } from '../../src/style/palette.ts';
import {
  addressWritten,
  appSummary,
  applyFilter,
  countMapPixels,
  findRoadOnScreen,
  settle,
  statisticsFigures,
} from './appHelpers.ts';
import { keepOpen, networkFigures, servedFolder, serveTileSet } from './tileSetHelpers.ts';
import { openApp, screenshot, useBrowser, type AppSession } from './harness.ts';

useBrowser();

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The set's folder and the network's copy, in the served build. */
const SET_PATH = 'test-tiles';
const NETWORK_PATH = 'test-tiles-network.geojson';
const work = join(root, 'tests/output/tiles-app');

/** The legend's counts and km, entry by entry, as the page shows them. */
async function legendRows(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Legend', exact: true })
    .locator('li')
    .evaluateAll((items) =>
      items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
}

describe('a tile set in the app', () => {
  let tiles: AppSession;
  let geojson: AppSession;
  let closeAll: () => Promise<void> = async () => {};

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    // The sample county's roads, and its boundary as the one county of the overview.
    const network = readFileSync(join(root, 'public/sample/roads.geojson'), 'utf8');
    writeFileSync(join(work, 'roads.geojson'), network);
    const context = JSON.parse(
      readFileSync(join(root, 'public/sample/context.geojson'), 'utf8'),
    ) as FeatureCollection;
    const boundary: FeatureCollection = {
      type: 'FeatureCollection',
      features: context.features
        .filter((feature) => feature.properties?.layer === 'boundary')
        .map((feature) => ({ ...feature, properties: { name: '示例县' } })),
    };
    writeFileSync(join(work, 'counties.geojson'), JSON.stringify(boundary));
    const outcome = await buildTileSet([join(work, 'roads.geojson')], join(work, 'set'), () => {}, {
      boundaries: join(work, 'counties.geojson'),
    });
    expect(outcome.ok).toBe(true);
    serveTileSet(join(work, 'set'), SET_PATH);
    writeFileSync(join(servedFolder, NETWORK_PATH), network);
    tiles = await openApp(`?lang=en&tiles=${SET_PATH}/${TILES_MANIFEST_NAME}`);
    geojson = await openApp(`?lang=en&data=${NETWORK_PATH}`);
    // The harness closes every session after each test: these two stay for the whole file.
    closeAll = keepOpen(tiles, geojson);
  }, 240_000);

  afterAll(async () => {
    await closeAll();
  });

  test('statistics and legend counts equal those of the same network from GeoJSON', async () => {
    const fromTiles = await appSummary(tiles.page);
    const fromGeojson = await appSummary(geojson.page);
    expect(fromTiles.segments).toBeGreaterThan(2000);
    expect(networkFigures(fromTiles)).toEqual(networkFigures(fromGeojson));
    expect(await statisticsFigures(tiles.page)).toEqual(await statisticsFigures(geojson.page));
    expect(await legendRows(tiles.page)).toEqual(await legendRows(geojson.page));
    // The roads come from the archive: one vector source, no GeoJSON of roads on the page.
    const source = await tiles.page.evaluate(() => {
      const map = window.roadboard.map!;
      const roads = map.getStyle().sources['roads'] as { type: string; url?: string };
      return { type: roads.type, url: roads.url ?? '' };
    });
    expect(source.type).toBe('vector');
    expect(source.url).toMatch(/^pmtiles:\/\/http.*roads\.pmtiles$/);
    expect(tiles.errors).toEqual([]);
    expect(tiles.externalRequests).toEqual([]);
    await screenshot(tiles.page, 'tiles-county-1280');
  });

  test('filters give the figures of the GeoJSON path and draw only the roads kept', async () => {
    for (const filter of [
      { classes: ['county' as const, 'national' as const] },
      { statuses: ['construction' as const], years: [2024] },
      { towns: ['建平镇'] },
    ]) {
      await applyFilter(tiles.page, filter);
      await applyFilter(geojson.page, filter);
      expect(networkFigures(await appSummary(tiles.page)), JSON.stringify(filter)).toEqual(
        networkFigures(await appSummary(geojson.page)),
      );
      expect(await legendRows(tiles.page)).toEqual(await legendRows(geojson.page));
    }
    await applyFilter(tiles.page, { classes: ['county', 'national'] });
    const drawn = await tiles.page.evaluate(() =>
      window.roadboard
        .map!.queryRenderedFeatures({ layers: ['road-line'] })
        .map((feature) => String(feature.properties.class)),
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn)).toEqual(new Set(['county', 'national']));
    const labels = await tiles.page.evaluate(() =>
      window.roadboard
        .map!.queryRenderedFeatures({ layers: ['route-labels'] })
        .map((feature) => String(feature.properties.class)),
    );
    expect(labels.every((roadClass) => ['county', 'national'].includes(roadClass))).toBe(true);
    await applyFilter(tiles.page, {});
    await applyFilter(geojson.page, {});
  });

  test('each colour mode colours the tiles as it colours GeoJSON', async () => {
    const { page } = tiles;
    await page.evaluate(() => window.roadboard.setMode('completion'));
    await geojson.page.evaluate(() => window.roadboard.setMode('completion'));
    expect(await legendRows(page)).toEqual(await legendRows(geojson.page));
    // Each mode's colours are drawn, and the other modes' are gone.
    const completion = await countMapPixels(page, {
      done: palette.completion.done,
      notInProject: palette.completion['not-in-project'],
      open: palette.status.open,
    });
    expect(completion.done).toBeGreaterThan(50);
    expect(completion.notInProject).toBeGreaterThan(50);
    expect(completion.open).toBe(0);
    await page.evaluate(() => window.roadboard.setMode('guard'));
    await geojson.page.evaluate(() => window.roadboard.setMode('guard'));
    expect(await legendRows(page)).toEqual(await legendRows(geojson.page));
    const guard = await countMapPixels(page, {
      notRequired: palette.guard['not-required'],
      notAssessed: palette.guard['not-assessed'],
      done: palette.completion.done,
    });
    expect(guard.notRequired + guard.notAssessed).toBeGreaterThan(50);
    expect(guard.done).toBe(0);
    await page.evaluate(() => window.roadboard.setMode('status'));
    await geojson.page.evaluate(() => window.roadboard.setMode('status'));
    const status = await countMapPixels(page, {
      open: palette.status.open,
      notRequired: palette.guard['not-required'],
    });
    expect(status.open).toBeGreaterThan(50);
    expect(status.notRequired).toBe(0);
  });

  test('a road clicked shows its details from its tile feature and the columns', async () => {
    const { page } = tiles;
    const road = await findRoadOnScreen(page, ['national', 'provincial', 'county']);
    await page.mouse.click(road.x, road.y);
    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    await expect.poll(() => details.textContent()).toContain(road.id);
    const text = (await details.textContent()) ?? '';
    const network = JSON.parse(
      readFileSync(join(work, 'roads.geojson'), 'utf8'),
    ) as FeatureCollection;
    const properties = network.features.find((feature) => feature.properties?.id === road.id)!
      .properties as Record<string, unknown>;
    if (typeof properties.name === 'string') expect(text).toContain(properties.name);
    if (typeof properties.route === 'string') expect(text).toContain(properties.route);
    if (typeof properties.length_km === 'number')
      expect(text).toContain(`${properties.length_km.toFixed(2)} km`);
    // The chainage range starts at the segment's start chainage, from its tile feature.
    const startKm = parseChainageKm(String(properties.start_chainage ?? ''));
    if (startKm !== undefined) expect(text).toContain(`${formatChainage(startKm)} – `);
    await screenshot(page, 'tiles-details-1280');
    await page.keyboard.press('Escape');
  });

  test('search finds a route from the columns and frames it', async () => {
    const { page } = tiles;
    // Far from the route first, so that framing it moves the camera.
    await page.evaluate(() => window.roadboard.map!.jumpTo({ zoom: 13 }));
    await settle(page);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('G350');
    const option = page.getByRole('option', { name: /G350/ }).first();
    await option.click();
    await expect
      .poll(() => page.evaluate(() => window.roadboard.map!.getZoom()), { timeout: 10_000 })
      .toBeLessThan(12);
    const summary = page.getByRole('region', { name: 'Search result', exact: true });
    await expect.poll(() => summary.textContent()).toContain('G350');
    // The route's segments, counted from the columns, with their km.
    const network = JSON.parse(
      readFileSync(join(work, 'roads.geojson'), 'utf8'),
    ) as FeatureCollection;
    const onRoute = network.features.filter((feature) => feature.properties?.route === 'G350');
    expect(await summary.textContent()).toContain(String(onRoute.length));
    await screenshot(page, 'tiles-search-1280');
    await page.getByRole('button', { name: 'Close' }).first().click();
  });

  test('the address keeps the tile set with the view, and opens it again so', async () => {
    const { page } = tiles;
    await page.evaluate(() => window.roadboard.setMode('completion'));
    await applyFilter(page, { classes: ['county'] });
    await addressWritten(page);
    const address = page.url();
    expect(address).toContain(`tiles=${SET_PATH}`);
    const again = await openApp(address.slice(address.indexOf('?')));
    try {
      expect(await again.page.evaluate(() => window.roadboard.mode)).toBe('completion');
      expect(networkFigures(await appSummary(again.page))).toEqual(
        networkFigures(await appSummary(page)),
      );
    } finally {
      await again.close();
    }
    await applyFilter(page, {});
  });

  test('presentation, export and the tools work on the tile set', async () => {
    const { page } = tiles;
    const summary = await appSummary(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const keyFigures = page.getByRole('region', { name: 'Key figures', exact: true });
    await expect.poll(() => keyFigures.isVisible()).toBe(true);
    expect(await keyFigures.textContent()).toContain(summary.guardKm.toFixed(2));
    await page.getByRole('button', { name: 'Leave presentation', exact: true }).click();
    const png = await page.evaluate(async () => {
      const blob = await window.roadboard.exportImage({
        format: 'png',
        paper: 'A4',
        orientation: 'landscape',
        dpi: 150,
      });
      return { type: blob.type, size: blob.size };
    });
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(50_000);
    // No road lines on the page: a measure is straight, a box selects nothing, and the tools say so.
    const [west, south, east, north] = [104.9, 30.8, 105.2, 31.0];
    const measured = await page.evaluate(
      (points) => window.roadboard.measure(points as [number, number][]),
      [
        [west, south],
        [east, north],
      ],
    );
    expect(measured.straightKm).toBeGreaterThan(10);
    expect(measured.along).toBeNull();
    const selected = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      [west, south, east, north],
    );
    expect(selected.segments).toBe(0);
    const tools = page.getByRole('region', { name: 'Measure & check', exact: true });
    await expect.poll(() => tools.getByRole('note').textContent()).toMatch(/keeps no road lines/);
    // No data checks are offered on a tile set (none could be run on it).
    await tools.getByRole('tab', { name: 'Data checks' }).click();
    await expect
      .poll(() => tools.getByRole('tab', { name: 'Data checks' }).getAttribute('aria-selected'))
      .toBe('true');
    expect(await tools.locator('[data-figure=check-count]').count()).toBe(0);
    await tools.getByRole('button', { name: 'Close' }).click();
  });

  test('zoomed out, the county overview shows each county by % completed, with its figures on hover', async () => {
    const { page } = tiles;
    await page.evaluate(() => {
      const map = window.roadboard.map!;
      map.jumpTo({ zoom: 7.5 });
    });
    await settle(page);
    const county = await page.evaluate(() => {
      const map = window.roadboard.map!;
      const [feature] = map.queryRenderedFeatures({ layers: ['county-overview-fill'] });
      return feature ? { ...feature.properties } : null;
    });
    expect(county).not.toBeNull();
    expect(county!.name).toBe('示例县');
    const summary = await appSummary(page);
    // Each segment counts in the county its middle lies in (a few lie just outside).
    expect(county!.segments).toBeGreaterThan(summary.segments * 0.99);
    expect(county!.segments).toBeLessThanOrEqual(summary.segments);
    // A place in the county with no road or point under the pointer.
    const centre = await page.evaluate(() => {
      const map = window.roadboard.map!;
      const box = map.getCanvas().getBoundingClientRect();
      const middle = map.project(map.getCenter());
      for (let step = 0; step < 400; step++) {
        const x = middle.x + ((step % 20) - 10) * 6;
        const y = middle.y + (Math.floor(step / 20) - 10) * 6;
        const near = (layers: string[]) =>
          map.queryRenderedFeatures(
            [
              [x - 10, y - 10],
              [x + 10, y + 10],
            ],
            { layers: layers.filter((id) => map.getLayer(id)) },
          ).length;
        const inCounty = map.queryRenderedFeatures([x, y], {
          layers: ['county-overview-fill'],
        }).length;
        if (near(['road-line', 'point-circles']) === 0 && inCounty > 0)
          return { x: box.left + x, y: box.top + y };
      }
      throw new Error('no place in the county clear of roads and points');
    });
    await page.mouse.move(centre.x, centre.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('示例县');
    expect(await tooltip.textContent()).toMatch(/completed/);
    await screenshot(page, 'tiles-overview-1280');
    // Its colours follow the mode: at once where it shows, once the camera is back where not.
    const fillReads = () =>
      page.evaluate(() =>
        JSON.stringify(
          window.roadboard.map!.getPaintProperty('county-overview-fill', 'fill-color'),
        ),
      );
    await page.evaluate(() => window.roadboard.setMode('guard'));
    expect(await fillReads()).toContain('guardCoverageRatio');
    await page.evaluate(() => window.roadboard.map!.jumpTo({ zoom: 11 }));
    await page.evaluate(() => window.roadboard.setMode('completion'));
    expect(await fillReads()).toContain('guardCoverageRatio');
    await page.evaluate(() => window.roadboard.map!.jumpTo({ zoom: 7 }));
    await expect.poll(fillReads).toContain('completionRatio');
  });

  test('the set’s files chosen in Open data open the same network', async () => {
    const { page } = geojson;
    const names = [
      TILES_MANIFEST_NAME,
      TILE_SET_FILES.tiles,
      TILE_SET_FILES.columns,
      TILE_SET_FILES.points,
      TILE_SET_FILES.segmentBounds,
      COUNTIES_FILE,
    ];
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.setInputFiles(
      '[data-testid=open-data-input]',
      names.map((name) => join(work, 'set', name)),
    );
    await expect
      .poll(() => page.evaluate(() => window.roadboard.map?.getStyle().sources['roads']?.type))
      .toBe('vector');
    await settle(page);
    expect(networkFigures(await appSummary(page))).toEqual(
      networkFigures(await appSummary(tiles.page)),
    );
    expect(geojson.errors).toEqual([]);
  });

  test('a GeoJSON network opened after a tile set is drawn from GeoJSON again', async () => {
    const { page } = geojson;
    const report = await page.evaluate(
      (path) => window.roadboard.load(`${location.origin}/${path}`),
      NETWORK_PATH,
    );
    expect(report.ok).toBe(true);
    const state = await page.evaluate(() => {
      const map = window.roadboard.map!;
      return {
        roads: map.getStyle().sources['roads']?.type,
        overview: Boolean(map.getLayer('county-overview-fill')),
        drawn: map.queryRenderedFeatures({ layers: ['road-line'] }).length,
      };
    });
    expect(state).toMatchObject({ roads: 'geojson', overview: false });
    expect(state.drawn).toBeGreaterThan(100);
    expect(networkFigures(await appSummary(page))).toEqual(
      networkFigures(await appSummary(tiles.page)),
    );
    expect(geojson.errors).toEqual([]);
  });

  test('a tile set opened over the sample county takes the sample’s boundary and towns off', async () => {
    const app = await openApp('?lang=en');
    try {
      const contextDrawn = () =>
        app.page.evaluate(
          () =>
            window.roadboard.map!.queryRenderedFeatures({
              layers: ['town-labels', 'county-fill'].filter((id) =>
                window.roadboard.map!.getLayer(id),
              ),
            }).length,
        );
      expect(await contextDrawn()).toBeGreaterThan(0);
      const report = await app.page.evaluate(
        (url) => window.roadboard.openTiles(url),
        `${SET_PATH}/${TILES_MANIFEST_NAME}`,
      );
      expect(report.ok).toBe(true);
      await settle(app.page);
      expect(await contextDrawn()).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('a manifest that cannot be read says why and leaves the map as it was', async () => {
    const { page } = tiles;
    const before = networkFigures(await appSummary(page));
    const report = await page.evaluate(() =>
      window.roadboard.openTiles('no-such-set/roadboard-tiles.json'),
    );
    expect(report.ok).toBe(false);
    // A static server answers 404, or its page for every unknown path: not the manifest.
    expect(report.errors[0]?.message).toMatch(/404|not JSON/);
    expect(networkFigures(await appSummary(page))).toEqual(before);
    // An address that is not http or https is refused before anything is read.
    const refused = await page.evaluate(() =>
      window.roadboard.openTiles('ftp://example.org/roadboard-tiles.json'),
    );
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.message).toContain('ftp://example.org/roadboard-tiles.json');
    expect(networkFigures(await appSummary(page))).toEqual(before);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/could not be opened/);
  });
});
