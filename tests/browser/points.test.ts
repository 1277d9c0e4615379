import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fetchSampleRoads, settle, useSharedApp } from './appHelpers.ts';
import { useBrowser } from './harness.ts';

useBrowser();

const BRIDGE_NAME = '永明镇观音桥';
const BRIDGE_PROJECT = '农村公路危桥整治';
const ROAD_PROJECT = '撤并建制村畅通工程';

/** The point features drawn on screen, by name. */
async function renderedPoints(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.roadboard
      .map!.queryRenderedFeatures({ layers: ['point-circles'] })
      .map((feature) => String(feature.properties['name'])),
  );
}

describe('point features', () => {
  const app = useSharedApp('?lang=en');

  test('clicking 观音桥 opens its details, not the road under it', async () => {
    const { page } = app();
    const sample = await fetchSampleRoads();
    const bridge = sample.features.find((feature) => feature.properties?.['name'] === BRIDGE_NAME);
    expect(bridge, BRIDGE_NAME).toBeDefined();
    const coordinates = (bridge!.geometry as Point).coordinates as [number, number];
    await page.evaluate(
      (center) => window.roadboard.map!.jumpTo({ center, zoom: 12 }),
      coordinates,
    );
    await settle(page);
    await expect.poll(() => renderedPoints(page)).toContain(BRIDGE_NAME);
    const position = await page.evaluate((lngLat) => {
      const map = window.roadboard.map!;
      const point = map.project(lngLat);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, coordinates);
    // Hovering it names the bridge, not the road under it.
    await page.mouse.move(position.x, position.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(async () => (await tooltip.textContent()) ?? '').toContain(BRIDGE_NAME);
    expect(await tooltip.textContent()).toContain('Bridge');
    await page.mouse.click(position.x, position.y);

    const details = page.getByRole('region', { name: 'Point details', exact: true });
    await expect.poll(() => details.count()).toBe(1);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain(BRIDGE_NAME);
    expect(text).toContain('Bridge');
    expect(text).toContain(BRIDGE_PROJECT);
    expect(text).toContain('K0+480');
    // The road under the bridge is not selected.
    expect(await page.getByRole('region', { name: 'Segment details', exact: true }).count()).toBe(
      0,
    );
  });

  test('the project filter lists the point-only project', async () => {
    const { page } = app();
    const filters = page.getByRole('region', { name: 'Filters', exact: true });
    await expect.poll(async () => (await filters.textContent()) ?? '').toContain(BRIDGE_PROJECT);
  });

  test('the legend counts the bridges: 8 in the county, 7 of them rebuilt by the programme', async () => {
    const { page } = app();
    const bridges = page.getByTestId('legend-points').locator('[data-kind="bridge"]');
    await expect.poll(async () => (await bridges.textContent()) ?? '').toMatch(/Bridge\s*8$/);
    await page.evaluate((projects) => window.roadboard.setFilter({ projects }), [BRIDGE_PROJECT]);
    await settle(page);
    await expect.poll(async () => (await bridges.textContent()) ?? '').toMatch(/Bridge\s*7$/);
    await page.evaluate(() => window.roadboard.setFilter({}));
    await settle(page);
  });

  test('filtering a road project hides the bridges; the bridge project shows them', async () => {
    const { page } = app();
    await page.evaluate((projects) => window.roadboard.setFilter({ projects }), [ROAD_PROJECT]);
    await settle(page);
    expect(await renderedPoints(page)).toEqual([]);
    const bridges = page.getByTestId('legend-points').locator('[data-kind="bridge"] .count');
    await expect.poll(() => bridges.textContent()).toBe('0');

    await page.evaluate((projects) => window.roadboard.setFilter({ projects }), [BRIDGE_PROJECT]);
    await settle(page);
    await expect.poll(() => renderedPoints(page)).toContain(BRIDGE_NAME);
    await page.evaluate(() => window.roadboard.setFilter({}));
    await settle(page);
  });
});
