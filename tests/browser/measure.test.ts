/**
 * Measuring and selecting on the sample county: a distance along G247 by its chainage (through
 * the API and by clicks on the map), the straight distance, and a box's figures against the
 * segments the sample file itself puts in the box and against the statistics' own counting.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ApiMeasurement, ApiSelection } from '../../src/state/analysisApi.ts';
import { settle, useSharedApp } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';
import { idsMeetingBox, sampleRoads, vertexChainage } from './measureHelpers.ts';

useBrowser();

function measure(page: Page, points: number[][], alongRoad = true): Promise<ApiMeasurement> {
  return page.evaluate(
    ([points, alongRoad]) =>
      window.roadboard.measure(points as [number, number][], { alongRoad: alongRoad as boolean }),
    [points, alongRoad] as const,
  );
}

function tools(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** Where a longitude and latitude is on the page, in CSS pixels. */
async function onPage(page: Page, at: number[]): Promise<{ x: number; y: number }> {
  return page.evaluate((at) => {
    const point = window.roadboard.map!.project(at as [number, number]);
    const box = window.roadboard.map!.getCanvas().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, at);
}

describe('measuring (English, 1280×800)', () => {
  const app = useSharedApp('?lang=en');

  test('along G247 the distance is the chainage between the points', async () => {
    const { page, errors } = app();
    const from = vertexChainage('G247-03', 6);
    const to = vertexChainage('G247-05', 10);
    const result = await measure(page, [from.at, to.at]);
    expect(result.snaps.map((snap) => snap?.id)).toEqual(['G247-03', 'G247-05']);
    expect(result.along?.route).toBe('G247');
    expect(result.along!.fromKm).toBeCloseTo(from.chainageKm, 6);
    expect(result.along!.toKm).toBeCloseTo(to.chainageKm, 6);
    expect(result.along!.distanceKm).toBeCloseTo(to.chainageKm - from.chainageKm, 6);
    expect(result.along!.text).toMatch(/^G247 K390\+\d{3} → K40\d\+\d{3}: \d\.\d\d km$/);
    // The road bends: the straight line is shorter than the chainage between the points.
    expect(result.straightKm).toBeLessThan(result.along!.distanceKm);
    expect(result.straightKm).toBeGreaterThan(0.8 * result.along!.distanceKm);
    const panel = tools(page, 'Measure & check');
    await expect
      .poll(() => panel.locator('[data-figure="along-road"]').textContent())
      .toContain(result.along!.text);
    await settle(page);
    await screenshot(page, 'measure-g247-en');
    expect(errors).toEqual([]);
  });

  test('straight measuring adds the legs on the ellipsoid', async () => {
    const { page } = app();
    const points = [
      [104.8, 31.0],
      [104.9, 31.0],
      [104.9, 30.9],
    ];
    const result = await measure(page, points, false);
    expect(result.legsKm).toHaveLength(2);
    // 0.1° of longitude at 31° N and 0.1° of latitude, on WGS 84.
    expect(result.legsKm[0]).toBeCloseTo(9.5499, 2);
    expect(result.legsKm[1]).toBeCloseTo(11.0874, 2);
    expect(result.straightKm).toBeCloseTo(result.legsKm[0]! + result.legsKm[1]!, 12);
    expect(result.along).toBeNull();
  });

  test('clicks on G247 snap to it and give its chainage; Escape ends; no road is selected', async () => {
    const { page } = app();
    const panel = tools(page, 'Measure & check');
    if ((await panel.count()) === 0) {
      await page.getByRole('button', { name: 'Measure & check' }).click();
    }
    const from = vertexChainage('G247-03', 6);
    const to = vertexChainage('G247-05', 10);
    await page.evaluate(
      ([from, to]) => {
        const map = window.roadboard.map!;
        // Clear of the side panels and of the tools' panel above.
        const [a, b] = [from as [number, number], to as [number, number]];
        const southWest: [number, number] = [Math.min(a[0], b[0]), Math.min(a[1], b[1])];
        const northEast: [number, number] = [Math.max(a[0], b[0]), Math.max(a[1], b[1])];
        map.fitBounds([southWest, northEast], {
          padding: { top: 340, left: 380, right: 440, bottom: 40 },
          animate: false,
        });
      },
      [from.at, to.at],
    );
    await settle(page);
    await panel.getByRole('radio', { name: 'Along road (chainage)' }).check();
    const again = panel.getByRole('button', { name: 'Measure again' });
    if ((await again.count()) > 0) await again.click();
    // The map takes the clicks until Finish or Escape.
    await expect.poll(() => panel.getByRole('button', { name: 'Finish' }).count()).toBe(1);
    for (const at of [from.at, to.at]) {
      const { x, y } = await onPage(page, at);
      // A click a few pixels beside the road.
      await page.mouse.click(x + 3, y + 2);
      await page.waitForTimeout(300);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('button', { name: 'Measure again' }).count()).toBe(1);
    const text = await panel.locator('[data-figure="along-road"]').textContent();
    const match = /^G247 K(\d+)\+(\d{3}) → K(\d+)\+(\d{3}): (\d+\.\d\d) km$/.exec(text!.trim());
    expect(match).not.toBeNull();
    const fromKm = Number(match![1]) + Number(match![2]) / 1000;
    const toKm = Number(match![3]) + Number(match![4]) / 1000;
    // Within about a pixel's ground distance of the vertices clicked beside.
    expect(Math.abs(fromKm - from.chainageKm)).toBeLessThan(0.08);
    expect(Math.abs(toKm - to.chainageKm)).toBeLessThan(0.08);
    expect(Number(match![5])).toBeCloseTo(toKm - fromKm, 1);
    expect(await page.getByRole('region', { name: 'Segment details' }).count()).toBe(0);
    await screenshot(page, 'measure-clicks-en');
  });

  test('a double click ends a straight measurement at its point, adding no other', async () => {
    const { page } = app();
    const panel = tools(page, 'Measure & check');
    if ((await panel.count()) === 0) {
      await page.getByRole('button', { name: 'Measure & check' }).click();
      await panel.getByRole('button', { name: 'Finish' }).click();
    }
    await panel.getByRole('radio', { name: 'Straight' }).check();
    await panel.getByRole('button', { name: 'Measure again' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Finish' }).count()).toBe(1);
    const canvas = await page.locator('.map canvas').boundingBox();
    const a = { x: canvas!.x + 450, y: canvas!.y + 450 };
    const b = { x: canvas!.x + 750, y: canvas!.y + 600 };
    await page.mouse.click(a.x, a.y);
    await page.waitForTimeout(300);
    await page.mouse.dblclick(b.x, b.y);
    await expect.poll(() => panel.getByRole('button', { name: 'Measure again' }).count()).toBe(1);
    const expectedKm = await page.evaluate(
      ([a, b]) => {
        const map = window.roadboard.map!;
        const box = map.getCanvas().getBoundingClientRect();
        const p = map.unproject([a!.x - box.left, a!.y - box.top]);
        const q = map.unproject([b!.x - box.left, b!.y - box.top]);
        return p.distanceTo(q) / 1000;
      },
      [a, b],
    );
    // The double click's two clicks add no point of their own.
    expect(await panel.locator('[data-figure="legs"]').textContent()).toBe('1');
    const shown = await panel.locator('[data-figure="straight-km"]').textContent();
    // MapLibre's spherical distance against the ellipsoid: within half a per cent.
    expect(Number.parseFloat(shown!)).toBeCloseTo(expectedKm, 0);
    expect(Math.abs(Number.parseFloat(shown!) / expectedKm - 1)).toBeLessThan(0.005);
    await panel.getByRole('radio', { name: 'Along road (chainage)' }).check();
  });

  test('a box selection counts the segments the box meets, as the statistics count them', async () => {
    const { page } = app();
    const box = [104.8, 30.9, 104.9, 31.0];
    const selection: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      box,
    );
    const expectedIds = idsMeetingBox(box);
    expect(expectedIds.length).toBeGreaterThan(10);
    expect([...selection.ids].sort()).toEqual([...expectedIds].sort());
    expect(selection.segments).toBe(expectedIds.length);
    // The classes add up to the selection.
    const classes = Object.values(selection.byClass);
    expect(classes.reduce((sum, totals) => sum + totals.segments, 0)).toBe(selection.segments);
    expect(classes.reduce((sum, totals) => sum + totals.lengthKm, 0)).toBeCloseTo(
      selection.lengthKm,
      9,
    );
    // The same segments as the statistics count them: the whole network less those outside.
    const whole = await page.evaluate(() => window.roadboard.summary());
    const outside: ApiSelection = await page.evaluate(() =>
      window.roadboard.selectPolygon([
        [0, 0],
        [180, 0],
        [180, 80],
        [0, 80],
      ]),
    );
    expect(outside.segments).toBe(whole.segments);
    expect(outside.lengthKm).toBeCloseTo(whole.lengthKm, 9);
    expect(outside.completedKm).toBeCloseTo(whole.completedKm, 9);
    for (const [roadClass, totals] of Object.entries(whole.byClass)) {
      expect(outside.byClass[roadClass]).toEqual(totals);
    }
    const again: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      box,
    );
    const panel = tools(page, 'Measure & check');
    await expect
      .poll(() => panel.locator('[data-figure="selection-segments"]').textContent())
      .toBe(String(again.segments));
    expect(await panel.locator('[data-figure="selection-km"]').textContent()).toBe(
      again.lengthKm.toFixed(2),
    );
    await settle(page);
    await screenshot(page, 'select-box-en');
  });

  test('a box follows the filters: village roads only', async () => {
    const { page } = app();
    const box = [104.8, 30.9, 104.9, 31.0];
    await page.evaluate(() => window.roadboard.setFilter({ classes: ['village'] }));
    const selection: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      box,
    );
    expect(Object.keys(selection.byClass)).toEqual(['village']);
    expect(selection.segments).toBeGreaterThan(0);
    await page.evaluate(() => window.roadboard.setFilter({}));
    // And the legend: with 'Existing' hidden, its roads leave the selection.
    const whole: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      box,
    );
    const legend = page.getByRole('region', { name: 'Legend', exact: true });
    await legend.locator('button[data-bucket="existing"]').click();
    await settle(page);
    const shown: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      box,
    );
    const statusById = new Map(
      sampleRoads.features.map((road) => [road.properties?.['id'], road.properties?.['status']]),
    );
    const existing = whole.ids.filter((id) => statusById.get(id) === 'existing').length;
    expect(existing).toBeGreaterThan(0);
    expect(shown.segments).toBe(whole.segments - existing);
    await legend.locator('button[data-bucket="existing"]').click();
    await settle(page);
  });

  test('a box dragged on the map gives the figures of the same box through the API', async () => {
    const { page } = app();
    const panel = tools(page, 'Measure & check');
    await panel.getByRole('tab', { name: 'Select' }).click();
    await panel.getByRole('radio', { name: 'Box' }).check();
    const canvas = await page.locator('.map canvas').boundingBox();
    // Below the tools' panel, between the side panels.
    const start = { x: canvas!.x + 520, y: canvas!.y + 420 };
    const end = { x: canvas!.x + 760, y: canvas!.y + 640 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => panel.locator('[data-figure="selection-segments"]').count()).toBe(1);
    const shown = await panel.locator('[data-figure="selection-segments"]').textContent();
    const bounds = await page.evaluate(
      ([a, b]) => {
        const map = window.roadboard.map!;
        const box = map.getCanvas().getBoundingClientRect();
        const p = map.unproject([a!.x - box.left, a!.y - box.top]);
        const q = map.unproject([b!.x - box.left, b!.y - box.top]);
        return [
          Math.min(p.lng, q.lng),
          Math.min(p.lat, q.lat),
          Math.max(p.lng, q.lng),
          Math.max(p.lat, q.lat),
        ];
      },
      [start, end],
    );
    await screenshot(page, 'select-drag-en');
    const selection: ApiSelection = await page.evaluate(
      (box) => window.roadboard.selectBox(box as [number, number, number, number]),
      bounds,
    );
    expect(Number(shown)).toBe(selection.segments);
    expect(selection.segments).toBeGreaterThan(0);
  });
});

describe('selecting by a polygon clicked on the map (English)', () => {
  const app = useSharedApp('?lang=en');

  test('the polygon closed on its first corner gives the figures of the same ring through the API', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Measure & check' }).click();
    const panel = tools(page, 'Measure & check');
    await panel.getByRole('tab', { name: 'Select' }).click();
    await panel.getByRole('radio', { name: 'Polygon' }).check();
    await expect.poll(() => panel.getByRole('button', { name: 'Finish' }).count()).toBe(1);
    const canvas = await page.locator('.map canvas').boundingBox();
    const corners = [
      { x: canvas!.x + 480, y: canvas!.y + 400 },
      { x: canvas!.x + 800, y: canvas!.y + 380 },
      { x: canvas!.x + 700, y: canvas!.y + 700 },
    ];
    for (const corner of [...corners, corners[0]!]) {
      await page.mouse.click(corner.x, corner.y);
      await page.waitForTimeout(350);
    }
    await expect.poll(() => panel.locator('[data-figure="selection-segments"]').count()).toBe(1);
    const shown = await panel.locator('[data-figure="selection-km"]').textContent();
    await settle(page);
    await screenshot(page, 'select-polygon-en');
    const ring = await page.evaluate((corners) => {
      const map = window.roadboard.map!;
      const box = map.getCanvas().getBoundingClientRect();
      return corners.map((corner) =>
        map.unproject([corner.x - box.left, corner.y - box.top]).toArray(),
      );
    }, corners);
    const selection: ApiSelection = await page.evaluate(
      (ring) => window.roadboard.selectPolygon(ring as [number, number][]),
      ring,
    );
    expect(selection.segments).toBeGreaterThan(10);
    expect(shown).toBe(selection.lengthKm.toFixed(2));
  });
});

describe('measuring on a phone (Chinese)', () => {
  const app = useSharedApp('?lang=zh', phoneViewport);

  test('the tools open from the map button and show the distance by chainage', async () => {
    const { page, errors } = app();
    // From the keyboard: the focus goes into the panel, and back to the button as it closes.
    const button = page.getByRole('button', { name: '测量与检查' });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = tools(page, '测量与检查');
    await expect.poll(() => panel.count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('tab');
    await panel.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('测量与检查');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.count()).toBe(1);
    const from = vertexChainage('G247-03', 6);
    const to = vertexChainage('G247-05', 10);
    const result = await measure(page, [from.at, to.at]);
    await expect
      .poll(() => panel.locator('[data-figure="along-road"]').textContent())
      .toContain(result.along!.text);
    await settle(page);
    await screenshot(page, 'measure-g247-phone-zh');
    expect(errors).toEqual([]);
  });
});
