/**
 * Search across kinds, with the keyboard only: the combobox lists results grouped by kind with
 * counts, ArrowDown and Enter choose one, its summary lists its segments, and Enter on one opens
 * its details.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { settle, useSharedApp, waitForCameraRest } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

/** The groups of the open results list: heading text → option labels. */
async function listedGroups(page: Page): Promise<[string, string[]][]> {
  return page
    .locator('[role="listbox"][aria-label="Search"] [role="group"]')
    .evaluateAll((groups) =>
      groups.map((group) => [
        (group.querySelector('.heading')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        [...group.querySelectorAll('[role="option"]')].map((option) =>
          (option.querySelector('.label')?.textContent ?? '').trim(),
        ),
      ]),
    );
}

describe('search with the keyboard', () => {
  const app = useSharedApp('?lang=en');

  test('危桥 lists projects and bridges with counts; 观音桥 finds the bridge', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.focus();
    await page.keyboard.type('危桥');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listId = await box.getAttribute('aria-controls');
    expect(await page.locator(`#${listId}`).getAttribute('role')).toBe('listbox');
    // The search's code loads on the first focus: the groups come once it has.
    await expect
      .poll(async () => (await listedGroups(page)).map(([heading]) => heading))
      .toEqual(['Projects 2', 'Bridges 8']);
    const groups = await listedGroups(page);
    expect(groups[0]![1]).toEqual(['农村公路危桥整治', 'X085永百路美丽乡村路和危桥改造']);
    await screenshot(page, 'search-results-danger-bridges');

    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('');
    await page.keyboard.type('观音桥');
    await expect.poll(() => listedGroups(page)).toEqual([['Bridges 1', ['永明镇观音桥']]]);
  });

  test('花园公路: ArrowDown, Enter → the project summary; Tab, Enter → segment details', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('');
    await box.focus();
    await page.keyboard.type('花园公路');
    await expect.poll(async () => (await listedGroups(page)).length).toBe(1);
    expect(await listedGroups(page)).toEqual([['Projects 1', ['G247永明至花园公路工程']]]);
    const option = page.getByRole('option', { name: /G247永明至花园公路工程/ });
    expect(await option.textContent()).toContain('5 segments');

    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // The project filter highlights its roads, and the summary opens.
    const summary = page.getByRole('region', { name: 'Search result' });
    await summary.waitFor();
    await waitForCameraRest(page);
    await settle(page);
    const kept = await page.evaluate(() => window.roadboard.summary());
    expect(Object.keys(kept.byProject)).toEqual(['G247永明至花园公路工程']);
    expect(kept.segments).toBe(5);
    const figures = await summary.locator('[data-figure]').allTextContents();
    expect(figures.map((text) => text.trim())).toEqual([
      expect.stringMatching(/^\d+\.\d\d km$/),
      expect.stringMatching(/^\d+\.\d\d km$/),
      expect.stringMatching(/^\d+(\.\d)?%$/),
    ]);
    const segments = summary.getByRole('listbox');
    expect(await segments.getByRole('option').count()).toBe(5);
    expect(await segments.getByRole('option').first().textContent()).toMatch(/km/);
    await screenshot(page, 'search-summary-project');

    // Keyboard only: Tab past the summary's close button into its segment list, ArrowDown, Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Close',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await page.keyboard.press('ArrowDown');
    const second = segments.getByRole('option').nth(1);
    expect(await segments.getAttribute('aria-activedescendant')).toBe(
      await second.getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Segment details' });
    await details.waitFor();
    // The details are those of the second segment: its name and its start chainage.
    const chainage = (await second.locator('.label small').textContent())?.trim() ?? '';
    expect(chainage).toMatch(/^K\d+\+\d{3}$/);
    const shown = await details.textContent();
    expect(shown).toContain('G247 永明至花园段');
    expect(shown).toContain(chainage);
    expect(await second.getAttribute('aria-selected')).toBe('true');
  });
});

describe('search on a phone', () => {
  const app = useSharedApp('?lang=en', phoneViewport);

  test('观音桥: options 44 px high; Enter frames the bridge and shows its summary', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.focus();
    await page.keyboard.type('观音桥');
    const option = page.getByRole('option', { name: /永明镇观音桥/ });
    await option.waitFor();
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const zoomBefore = await page.evaluate(() => window.roadboard.map!.getZoom());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: 'Search result' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('农村公路危桥整治');
    await expect
      .poll(() => page.evaluate(() => window.roadboard.map!.getZoom()))
      .toBeGreaterThan(zoomBefore + 2);
    await waitForCameraRest(page);
    // The bridge is on the map, in the part of it the panels leave free.
    const where = await page.evaluate(() => {
      const map = window.roadboard.map!;
      const bridge = map
        .querySourceFeatures('points')
        .find((feature) => feature.properties.id === 'bridge-02');
      if (!bridge || bridge.geometry.type !== 'Point') return null;
      const point = map.project(bridge.geometry.coordinates as [number, number]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + point.x, y: canvas.top + point.y };
    });
    expect(where).not.toBeNull();
    const top = (await summary.boundingBox())!;
    expect(where!.y).toBeGreaterThan(top.y + top.height);
    expect(where!.x).toBeGreaterThan(0);
    expect(where!.x).toBeLessThan(phoneViewport.width);
    await screenshot(page, 'search-phone-bridge');
  });
});

describe('a chosen route is outlined on the map', () => {
  const app = useSharedApp('?lang=en');

  /** The routes of the roads the halo outlines as a search result's. */
  function foundRoutes(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const map = window.roadboard.map!;
      if (!map.getLayer('road-halo')) return [];
      const lines = map
        .queryRenderedFeatures({ layers: ['road-halo'] })
        .filter((line) => line.properties.highlight === 'found');
      return [...new Set(lines.map((line) => String(line.properties.route)))];
    });
  }

  test('S209: Enter outlines its roads; closing the summary clears them', async () => {
    const { page } = app();
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.focus();
    await page.keyboard.type('S209');
    await expect.poll(async () => (await listedGroups(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await waitForCameraRest(page);
    await settle(page);
    await expect.poll(() => foundRoutes(page)).toEqual(['S209']);
    await screenshot(page, 'search-route-outlined');
    await page
      .getByRole('region', { name: 'Search result', exact: false })
      .getByRole('button', { name: 'Close', exact: true })
      .click();
    await expect.poll(() => foundRoutes(page)).toEqual([]);
  });
});
