/**
 * Selection and hover keep the truth visible: the road keeps its own colour (a halo around it
 * shows the selection), and hovering a road shows a tooltip of it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { findRoadOnScreen, settle, useSharedApp } from './appHelpers.ts';
import { screenshot, useBrowser } from './harness.ts';
import { COLOR_MODES } from '../../src/domain/types.ts';

useBrowser();

/** The map canvas's pixel at a page point, read right after the map draws a frame. */
async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ({ x, y }) =>
      new Promise<[number, number, number]>((resolve, reject) => {
        const map = window.roadboard.map;
        if (map === null) throw new Error('no map');
        map.once('render', () => {
          try {
            const canvas = map.getCanvas();
            const box = canvas.getBoundingClientRect();
            const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
            if (gl === null) throw new Error('no WebGL context');
            const ratio = gl.drawingBufferWidth / box.width;
            const px = Math.round((x - box.left) * ratio);
            const py = gl.drawingBufferHeight - 1 - Math.round((y - box.top) * ratio);
            const pixel = new Uint8Array(4);
            gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
            resolve([pixel[0]!, pixel[1]!, pixel[2]!]);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        map.triggerRepaint();
      }),
    { x, y },
  );
}

/** Whether the halo draws the segment `index` as selected. */
function haloDrawn(page: Page, index: number): Promise<boolean> {
  return page.evaluate(
    (id) =>
      window.roadboard
        .map!.queryRenderedFeatures({ layers: ['road-halo'] })
        .some((feature) => feature.id === id && feature.properties.highlight === 'selected'),
    index,
  );
}

describe('selection and hover', () => {
  const app = useSharedApp('?lang=en');

  test('hovering a road shows a tooltip with its route code, status and figure', async () => {
    const { page } = app();
    const road = await findRoadOnScreen(page, ['national', 'provincial'], ['construction']);
    const route = await page.evaluate(
      (index) =>
        window.roadboard
          .map!.queryRenderedFeatures({ layers: ['road-line'] })
          .find((feature) => feature.id === index)?.properties.route as string,
      road.index,
    );
    await page.mouse.move(road.x, road.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain(route);
    expect(text).toMatch(/Under construction|Completed|Open|Planned|Preliminary|Existing/);
    expect(text).toMatch(/\d+(\.\d)?%|Not in a project/);
    // Text, not HTML: no markup inside but paragraphs and the route code.
    expect(await tooltip.locator(':not(p, strong)').count()).toBe(0);
    // Off the roads, no tooltip.
    await page.mouse.move(5, 400);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  test('selecting a road leaves its drawn colour as it was, in every mode', async () => {
    const { page } = app();
    await page.evaluate(() => window.roadboard.setMode('status'));
    const road = await findRoadOnScreen(page, ['national', 'provincial'], ['construction']);
    // The pointer away from the road, so that only the selection changes.
    await page.mouse.move(5, 400);
    const before: Record<string, [number, number, number]> = {};
    for (const mode of COLOR_MODES) {
      await page.evaluate((mode) => window.roadboard.setMode(mode), mode);
      before[mode] = await pixelAt(page, road.x, road.y);
    }
    await page.evaluate(() => window.roadboard.setMode('status'));
    await page.mouse.click(road.x, road.y);
    await expect.poll(() => haloDrawn(page, road.index)).toBe(true);
    // The halo came in with the first highlight, just above the road line.
    const layers = await page.evaluate(() =>
      window.roadboard.map!.getStyle().layers.map((layer) => layer.id),
    );
    expect(layers.indexOf('road-halo')).toBe(layers.indexOf('road-line') + 1);
    await page.mouse.move(5, 400);
    await settle(page);
    for (const mode of COLOR_MODES) {
      await page.evaluate((mode) => window.roadboard.setMode(mode), mode);
      const after = await pixelAt(page, road.x, road.y);
      for (let channel = 0; channel < 3; channel++) {
        expect(
          Math.abs(after[channel]! - before[mode]![channel]!),
          `${mode}: ${before[mode]!.join(',')} → ${after.join(',')}`,
        ).toBeLessThanOrEqual(2);
      }
      await screenshot(page, `selected-road-${mode}`);
    }
    // Close up, to look at the halo.
    const camera = await page.evaluate(({ x, y }) => {
      const map = window.roadboard.map!;
      const box = map.getCanvas().getBoundingClientRect();
      const center = map.getCenter();
      const zoom = map.getZoom();
      map.jumpTo({ center: map.unproject([x - box.left, y - box.top]), zoom: zoom + 3 });
      return { center: [center.lng, center.lat] as [number, number], zoom };
    }, road);
    for (const mode of COLOR_MODES) {
      await page.evaluate((mode) => window.roadboard.setMode(mode), mode);
      await settle(page);
      await screenshot(page, `selected-road-${mode}-close`);
    }
    await page.evaluate((camera) => window.roadboard.map!.jumpTo(camera), camera);
    await page.evaluate(() => window.roadboard.setMode('status'));
  });
});
