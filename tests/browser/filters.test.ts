import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { filterExpression } from '../../src/style/expressions.ts';
import {
  appSummary,
  applyFilter,
  fetchSampleRoads,
  settle,
  statisticsFigures,
  useSharedApp,
  waitForCameraRest,
} from './appHelpers.ts';
import { useBrowser } from './harness.ts';

useBrowser();

const MERGED_VILLAGES = '撤并建制村畅通工程';
const NATURAL_VILLAGES = '自然村通硬化路';
const SAFETY_GUARDS = '村道生命安全防护工程';

async function roadLineFilter(page: Page): Promise<unknown> {
  return page.evaluate(() => window.roadboard.map!.getFilter('road-line'));
}

/** `project` values of the roads drawn on screen. */
async function drawnProjects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] });
    return [...new Set(features.map((feature) => String(feature.properties.project)))];
  });
}

describe('filters and statistics', () => {
  const app = useSharedApp('?lang=en');
  let totals: Awaited<ReturnType<typeof appSummary>>;
  let totalFigures: Record<string, string>;

  test('the statistics show the whole network first', async () => {
    const { page } = app();
    totals = await appSummary(page);
    totalFigures = await statisticsFigures(page);
    expect(totals.segments).toBeGreaterThan(1500);
    expect(totalFigures['network-km']).toBe(`${totals.lengthKm.toFixed(2)} km`);
    expect(totalFigures.segments).toBe(String(totals.segments));
    expect(await roadLineFilter(page)).toEqual(
      filterExpression({}, { mode: 'status', buckets: [] }),
    );
  });

  test(`project ${MERGED_VILLAGES}: 314.00 km over 24 towns`, async () => {
    const { page } = app();
    const filter = { projects: [MERGED_VILLAGES] };
    await applyFilter(page, filter);
    const kept = await appSummary(page);
    expect(kept.lengthKm.toFixed(2)).toBe('314.00');
    expect(Object.keys(kept.byProject)).toEqual([MERGED_VILLAGES]);
    const shown = await statisticsFigures(page);
    expect(shown['network-km']).toBe('314.00 km');
    expect(shown.towns).toBe('24');
    expect(shown.segments).toBe(String(kept.segments));

    // The map, the filter controls and the address follow.
    expect(await roadLineFilter(page)).toEqual(
      filterExpression(filter, { mode: 'status', buckets: [] }),
    );
    expect(await drawnProjects(page)).toEqual([MERGED_VILLAGES]);
    const checkbox = page
      .getByRole('region', { name: 'Filters', exact: true })
      .getByRole('checkbox', { name: MERGED_VILLAGES, exact: true });
    expect(await checkbox.isChecked()).toBe(true);
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('project'))
      .toEqual([MERGED_VILLAGES]);
  });

  test(`project ${NATURAL_VILLAGES}: 157.00 km over 17 towns`, async () => {
    const { page } = app();
    await applyFilter(page, { projects: [NATURAL_VILLAGES] });
    expect((await appSummary(page)).lengthKm.toFixed(2)).toBe('157.00');
    const shown = await statisticsFigures(page);
    expect(shown['network-km']).toBe('157.00 km');
    expect(shown.towns).toBe('17');
  });

  test(`project ${SAFETY_GUARDS}: 62.92 km of guard, fully covered`, async () => {
    const { page } = app();
    await applyFilter(page, { projects: [SAFETY_GUARDS] });
    const kept = await appSummary(page);
    expect(kept.guardKm.toFixed(2)).toBe('62.92');
    expect(kept.guardRequiredKm.toFixed(2)).toBe('62.92');
    const shown = await statisticsFigures(page);
    expect(shown['guard-coverage']).toBe('100% 62.92 / 62.92');
  });

  test('clearing the filter restores the totals', async () => {
    const { page } = app();
    await applyFilter(page, {});
    expect(await appSummary(page)).toEqual(totals);
    expect(await statisticsFigures(page)).toEqual(totalFigures);
    expect(await roadLineFilter(page)).toEqual(
      filterExpression({}, { mode: 'status', buckets: [] }),
    );
    await expect.poll(() => new URL(page.url()).searchParams.getAll('project')).toEqual([]);
  });

  test('a class chip filters the statistics and the map', async () => {
    const { page } = app();
    const classes = page
      .getByRole('region', { name: 'Filters', exact: true })
      .getByRole('group', { name: 'Road class', exact: true });
    const national = totals.byClass.national!;
    expect(national.segments).toBeGreaterThan(0);

    await classes.getByText('National highway', { exact: true }).click();
    await expect
      .poll(() => classes.getByRole('checkbox', { name: 'National highway' }).isChecked())
      .toBe(true);
    await settle(page);
    const shown = await statisticsFigures(page);
    expect(shown['network-km']).toBe(`${national.lengthKm.toFixed(2)} km`);
    expect(shown.segments).toBe(String(national.segments));
    expect(await roadLineFilter(page)).toEqual(
      filterExpression({ classes: ['national'] }, { mode: 'status', buckets: [] }),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('class')).toBe('national');

    await classes.getByText('National highway', { exact: true }).click();
    await expect
      .poll(() => classes.getByRole('checkbox', { name: 'National highway' }).isChecked())
      .toBe(false);
    await settle(page);
    expect(await statisticsFigures(page)).toEqual(totalFigures);
  });

  test('the map takes a filter change before the statistics are redrawn for it', async () => {
    const { page } = app();
    // What the first frame drawn after the change saw: the road line's filter and the figure.
    const atFirstFrame = await page.evaluate(async () => {
      const map = window.roadboard.map!;
      const figure = (): string =>
        document.querySelector('[data-figure="network-km"]')?.textContent?.trim() ?? '';
      const seen = new Promise<{ filter: unknown; networkKm: string }>((resolve) =>
        map.once('render', () =>
          resolve({ filter: map.getFilter('road-line'), networkKm: figure() }),
        ),
      );
      const before = figure();
      await window.roadboard.setFilter({ classes: ['national'] });
      return { before, ...(await seen), after: figure() };
    });
    const national = totals.byClass.national!;
    expect(atFirstFrame.filter).toEqual(
      filterExpression({ classes: ['national'] }, { mode: 'status', buckets: [] }),
    );
    expect(atFirstFrame.before).toBe(totalFigures['network-km']);
    expect(atFirstFrame.networkKm).toBe(atFirstFrame.before);
    expect(atFirstFrame.after).toBe(`${national.lengthKm.toFixed(2)} km`);
    await applyFilter(page, {});
    expect(await statisticsFigures(page)).toEqual(totalFigures);
  });
  test('searching G247 frames the G247 route', async () => {
    const { page } = app();
    const sample = await fetchSampleRoads();
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const feature of sample.features) {
      if (feature.properties?.route !== 'G247') continue;
      const geometry = feature.geometry;
      const paths =
        geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates
            : [];
      for (const [longitude, latitude] of paths.flat()) {
        west = Math.min(west, longitude!);
        east = Math.max(east, longitude!);
        south = Math.min(south, latitude!);
        north = Math.max(north, latitude!);
      }
    }
    expect(Number.isFinite(west)).toBe(true);

    const cameraOf = () =>
      page.evaluate(() => {
        const map = window.roadboard.map!;
        const { lng, lat } = map.getCenter();
        return { lng, lat, zoom: map.getZoom() };
      });
    const before = await cameraOf();
    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    await search.fill('G247');
    await search.press('Enter');
    await expect.poll(async () => (await cameraOf()).zoom).not.toBe(before.zoom);
    await waitForCameraRest(page);
    const after = await cameraOf();
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(await search.inputValue()).toBe('G247');

    // The whole route is in view, clear of the side panels, and fills a fair part of the map
    // those panels leave free.
    const frame = await page.evaluate(
      ({ west, south, east, north }) => {
        const map = window.roadboard.map!;
        const canvas = map.getCanvas().getBoundingClientRect();
        const southWest = map.project([west, south]);
        const northEast = map.project([east, north]);
        const panels = [...document.querySelectorAll('aside')].map((panel) =>
          panel.getBoundingClientRect(),
        );
        const freeLeft = Math.max(
          canvas.left,
          ...panels.filter((panel) => panel.left < canvas.width / 2).map((panel) => panel.right),
        );
        const freeRight = Math.min(
          canvas.right,
          ...panels.filter((panel) => panel.left >= canvas.width / 2).map((panel) => panel.left),
        );
        return {
          left: canvas.left + southWest.x,
          right: canvas.left + northEast.x,
          top: canvas.top + northEast.y,
          bottom: canvas.top + southWest.y,
          freeLeft,
          freeRight,
          freeTop: canvas.top,
          freeBottom: canvas.bottom,
        };
      },
      { west, south, east, north },
    );
    expect(frame.left).toBeGreaterThanOrEqual(frame.freeLeft);
    expect(frame.right).toBeLessThanOrEqual(frame.freeRight);
    expect(frame.top).toBeGreaterThanOrEqual(frame.freeTop);
    expect(frame.bottom).toBeLessThanOrEqual(frame.freeBottom);
    const share = Math.max(
      (frame.right - frame.left) / (frame.freeRight - frame.freeLeft),
      (frame.bottom - frame.top) / (frame.freeBottom - frame.freeTop),
    );
    expect(share).toBeGreaterThan(0.5);
    const routes = await page.evaluate(() => {
      const features = window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] });
      return new Set(
        features.filter((feature) => feature.properties.route === 'G247').map((f) => f.id),
      ).size;
    });
    expect(routes).toBe(
      sample.features.filter((feature) => feature.properties?.route === 'G247').length,
    );
  });

  test('route codes of filtered-out roads are hidden, and come back', async () => {
    const { page } = app();
    const labelStates = () =>
      page.evaluate(() => {
        const map = window.roadboard.map!;
        return map.querySourceFeatures('labels').map((feature) => ({
          roadClass: String(feature.properties.class),
          filtered: map.getFeatureState({ source: 'labels', id: feature.id! }).filtered === true,
        }));
      });
    await page.evaluate(() => window.roadboard.setFilter({ classes: ['county'] }));
    await settle(page);
    const filtered = await labelStates();
    expect(filtered.length).toBeGreaterThan(5);
    for (const feature of filtered) {
      expect(feature.filtered, feature.roadClass).toBe(feature.roadClass !== 'county');
    }
    expect(filtered.some((feature) => !feature.filtered)).toBe(true);

    await page.evaluate(() => window.roadboard.setFilter({}));
    await settle(page);
    expect((await labelStates()).every((feature) => !feature.filtered)).toBe(true);
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
