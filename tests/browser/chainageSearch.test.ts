/**
 * Search by route and chainage: `g247 391.4` lists the route-and-chainage result first, Enter
 * flies to the place the data worker locates, marks it and selects its road; a chainage beyond
 * the route says the route's chainage.
 */
import { describe, expect, test } from 'vitest';
import { settle, useSharedApp, waitForCameraRest } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

describe('search by route and chainage', () => {
  const app = useSharedApp('?lang=en');

  test('g247 391.4 → G247 K391+400: marked, flown to, its road selected', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.focus();
    await page.keyboard.type('g247 391.4');
    const group = page.locator('[role="listbox"][aria-label="Search"] [role="group"]').first();
    await expect.poll(() => group.locator('.heading').textContent()).toBe('Route and chainage');
    const option = group.getByRole('option');
    expect(await option.locator('.label').textContent()).toBe('G247 K391+400');
    await screenshot(page, 'search-chainage-option');

    await page.keyboard.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const marker = page.locator('.chainage-marker');
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toBe('G247 K391+400');
    expect(await box.inputValue()).toBe('G247 K391+400');
    await waitForCameraRest(page);
    await settle(page);

    // The marker's dot lies on G247 as drawn, where the camera flew, at a close zoom.
    const { zoom, dotToCentrePx, routesUnderDot, details } = await page.evaluate(() => {
      const map = window.roadboard.map!;
      const dot = document.querySelector('.chainage-marker')!.getBoundingClientRect();
      const canvas = map.getCanvas().getBoundingClientRect();
      const centre = map.project(map.getCenter());
      const x = dot.left + dot.width / 2 - canvas.left;
      const y = dot.bottom - canvas.top;
      const roads = map.queryRenderedFeatures([x, y]).filter((f) => f.layer.id === 'road-line');
      return {
        zoom: map.getZoom(),
        dotToCentrePx: Math.hypot(x - centre.x, y - centre.y),
        routesUnderDot: roads.map((feature) => String(feature.properties.route)),
        details: document.querySelector('section.details')?.textContent ?? '',
      };
    });
    expect(zoom).toBeGreaterThanOrEqual(14);
    expect(dotToCentrePx).toBeLessThan(12);
    expect(routesUnderDot).toEqual(['G247']);
    expect(details).toContain('K389+251 – K394+031');
    await screenshot(page, 'search-chainage-marked');
  });

  test('G247 K999+000 lies outside the route: the note gives its chainage, no marker', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('');
    await box.focus();
    await page.keyboard.type('G247 K999+000');
    await page.getByRole('option', { name: /G247 K999\+000/ }).waitFor();
    await page.keyboard.press('Enter');
    const note = page.getByRole('status').filter({ hasText: 'G247 K999+000' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^G247 K999\+000 lies outside route G247's chainage, K\d+\+\d{3}–K\d+\+\d{3}\.$/,
    );
    expect(await page.locator('.chainage-marker').count()).toBe(0);
  });
});

describe('search by route and chainage on a phone, in Chinese', () => {
  const app = useSharedApp('?lang=zh', phoneViewport);

  test('G247K999+000: the 路线桩号 result, then the note with the route chainage', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.focus();
    await page.keyboard.type('G247K391+400');
    const option = page.getByRole('option', { name: /G247 K391\+400/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('定位');
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'search-chainage-option-phone');

    await box.fill('G247K999+000');
    await page.getByRole('option', { name: /G247 K999\+000/ }).waitFor();
    await page.keyboard.press('Enter');
    const note = page.getByRole('status').filter({ hasText: 'G247 K999+000' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^G247 K999\+000 超出路线 G247 的桩号范围 K\d+\+\d{3}–K\d+\+\d{3}。$/,
    );
    await screenshot(page, 'search-chainage-outside-phone');
  });
});
