/**
 * The statistics panel: completed km mean road built (the guard programme's roads are guard
 * work, not road built), the figures follow hidden legend entries and say which are hidden, and
 * each figure says how it is computed, in Chinese and in English.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appSummary, applyFilter, settle, statisticsFigures, useSharedApp } from './appHelpers.ts';
import { screenshot, useBrowser } from './harness.ts';

useBrowser();

const SAFETY_GUARDS = '村道生命安全防护工程';

/** The statistics region, by its name in the page's language. */
function statistics(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

describe('statistics: road built, hidden legend entries, explanations (English)', () => {
  const app = useSharedApp('?lang=en');

  test(`${SAFETY_GUARDS} is guard work: 0 km road built, guards 62.92 of 62.92 km`, async () => {
    const { page } = app();
    const all = await appSummary(page);
    expect(all.points.bridgesRebuilt).toBe(7);
    expect((await statisticsFigures(page))['bridges-rebuilt']).toBe('7');
    await applyFilter(page, { projects: [SAFETY_GUARDS] });
    const kept = await appSummary(page);
    expect(kept.completedKm).toBe(0);
    expect(kept.projectKm).toBe(0);
    expect(kept.guardKm.toFixed(2)).toBe('62.92');
    expect(kept.byWork.guard!.lengthKm).toBeGreaterThan(130);
    // The county's road built drops by the programme's km.
    expect(all.completedKm).toBeLessThan(600);
    const shown = await statisticsFigures(page);
    expect(shown['completed-km']).toBe('0.00 km');
    expect(shown['project-km']).toBe('0.00 km');
    expect(shown['guard-coverage']).toBe('100% 62.92 / 62.92');
    expect(shown['bridges-rebuilt']).toBe('0');
    await mkdir('tests/output/screenshots', { recursive: true });
    await statistics(page, 'Statistics').screenshot({
      path: 'tests/output/screenshots/statistics-guard-programme-en.png',
    });
    await applyFilter(page, {});
  });

  test('hiding a legend entry changes the statistics and says which entries are hidden', async () => {
    const { page } = app();
    const before = await appSummary(page);
    const existing = before.byStatus.existing!;
    const legend = page.getByRole('region', { name: 'Legend', exact: true });
    await legend.locator('button[data-bucket="existing"]').click();
    await legend.locator('button[data-bucket="planned"]').click();
    await settle(page);
    const after = await appSummary(page);
    const planned = before.byStatus.planned!;
    expect(after.segments).toBe(before.segments - existing.segments - planned.segments);
    expect(after.lengthKm).toBeCloseTo(before.lengthKm - existing.lengthKm - planned.lengthKm, 6);
    expect(after.hiddenLegendEntries).toEqual(['existing', 'planned']);
    const shown = await statisticsFigures(page);
    expect(shown['network-km']).toBe(`${after.lengthKm.toFixed(2)} km`);
    const line = statistics(page, 'Statistics').locator('.hidden-entries');
    expect((await line.textContent())?.trim()).toMatch(/^2 legend entries hidden: Existing, /);
    await statistics(page, 'Statistics').screenshot({
      path: 'tests/output/screenshots/statistics-hidden-entries-en.png',
    });
    await screenshot(page, 'statistics-hidden-entries-page-en');
    await legend.locator('button[data-bucket="existing"]').click();
    await legend.locator('button[data-bucket="planned"]').click();
    await settle(page);
    expect(await appSummary(page)).toEqual(before);
    expect(await line.count()).toBe(0);
  });

  test('each figure says how it is computed, in a tooltip and under the figures', async () => {
    const { page } = app();
    const region = statistics(page, 'Statistics');
    const completed = region.locator('div', { has: page.locator('[data-figure="completed-km"]') });
    expect(await completed.getAttribute('title')).toMatch(/^Road built: .*road work/);
    for (const figure of await region.locator('[data-figure]').all()) {
      const title = await figure.evaluate((element) => element.parentElement?.title ?? '');
      expect(title.length, (await figure.getAttribute('data-figure')) ?? '').toBeGreaterThan(10);
    }
    const how = region.locator('details.how');
    await how.locator('summary').click();
    expect(await how.textContent()).toContain('Road work in projects: the length of segments');
  });
});

describe('statistics: explanations and the hidden line in Chinese', () => {
  const app = useSharedApp('?lang=zh');

  test('the figures explain themselves and name hidden entries in Chinese', async () => {
    const { page } = app();
    const region = statistics(page, '统计');
    const completed = region.locator('div', { has: page.locator('[data-figure="completed-km"]') });
    expect(await completed.getAttribute('title')).toMatch(/^已建成道路：道路工程的完成长度/);
    const how = region.locator('details.how');
    await how.locator('summary').click();
    expect(await how.textContent()).toContain('项目道路里程：属于项目且工程类别为道路');
    const legend = page.getByRole('region', { name: '图例', exact: true });
    await legend.locator('button[data-bucket="existing"]').click();
    await settle(page);
    const line = region.locator('.hidden-entries');
    expect((await line.textContent())?.trim()).toMatch(/^已隐藏 1 个图例项：既有/);
    await region.screenshot({ path: 'tests/output/screenshots/statistics-hidden-entries-zh.png' });
  });
});
