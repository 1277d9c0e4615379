/**
 * Presentation mode: entering and leaving it, the key figures, stepping through the sample's
 * views with the keys slide clickers send.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appSummary, useSharedApp, waitForCameraRest } from './appHelpers.ts';
import {
  desktopViewport,
  openApp,
  phoneViewport,
  screenshot,
  useBrowser,
  wideViewport,
} from './harness.ts';

useBrowser();

async function cardValue(page: Page, id: string): Promise<string> {
  const text = await page.locator(`[data-figure-card="${id}"]`).innerText();
  return text.replace(/\s+/g, ' ').trim();
}

async function viewPosition(page: Page): Promise<string> {
  return (await page.getByTestId('view-position').innerText()).replace(/\s+/g, ' ').trim();
}

describe('presentation mode at 1920 × 1080', () => {
  const app = useSharedApp('?lang=en', wideViewport);

  test('Present hides the working panels and shows large key figures and the legend', async () => {
    const { page, errors } = app();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const figures = page.getByRole('region', { name: 'Key figures', exact: true });
    await expect.poll(() => figures.isVisible()).toBe(true);
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Legend', exact: true }).isVisible()).toBe(true);
    expect(await cardValue(page, 'year-built')).toMatch(
      /^Road built in 2023 projects [\d.]+ \/ [\d.]+ km/,
    );
    // The programme of the sample's work summary: 314.00 of 314 km, 100 %.
    expect(await cardValue(page, 'project:撤并建制村畅通工程')).toMatch(
      /314\.00 \/ 314\.00 km.*100%/,
    );
    // The guard card is the statistics' guard coverage of what the map shows.
    const summary = await appSummary(page);
    expect(await cardValue(page, 'guard')).toContain(
      `${summary.guardKm.toFixed(2)} / ${summary.guardRequiredKm.toFixed(2)} km`,
    );
    const fontSizes = await figures
      .locator('[data-value]')
      .evaluateAll((elements) =>
        elements.map((element) => parseFloat(getComputedStyle(element).fontSize)),
      );
    expect(fontSizes.length).toBeGreaterThanOrEqual(3);
    for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(40);
    await waitForCameraRest(page);
    await screenshot(page, 'present-1920');
    expect(errors).toEqual([]);
  });

  test('the arrow and page keys step through the views; the figures follow', async () => {
    const { page } = app();
    expect(await viewPosition(page)).toBe('0 / 7');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => viewPosition(page)).toBe('1 / 7');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The whole network');
    await page.keyboard.press('PageDown');
    await expect.poll(() => viewPosition(page)).toBe('2 / 7');
    await waitForCameraRest(page);
    const summary = await appSummary(page);
    expect(Object.keys(summary.byProject).sort()).toEqual([
      'G5京昆高速扩容工程',
      '德遂高速公路XX段',
    ]);
    // Only the expressway projects' figures remain: the village programme's card reads 0.
    expect(await cardValue(page, 'project:撤并建制村畅通工程')).toMatch(/0\.00 \/ 0\.00 km/);
    await screenshot(page, 'present-view-2');
    await page.keyboard.press(' ');
    await expect.poll(() => viewPosition(page)).toBe('3 / 7');
    // The last view: the village-road safety guards, 62.92 km of 62.92 km.
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => viewPosition(page)).toBe('7 / 7');
    await expect.poll(() => cardValue(page, 'guard')).toMatch(/62\.92 \/ 62\.92 km.*100%/);
    await waitForCameraRest(page);
    await screenshot(page, 'present-view-7');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect.poll(() => viewPosition(page)).toBe('1 / 7');
    await expect
      .poll(async () => Object.keys((await appSummary(page)).byProject).length)
      .toBeGreaterThan(5);
  });

  test('Escape leaves presentation mode and brings the panels back', async () => {
    const { page, errors } = app();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary').count()).toBe(2);
    expect(await page.getByRole('region', { name: 'Key figures' }).count()).toBe(0);
    // P enters again (the shortcut), Escape leaves.
    await page.locator('body').press('p');
    await expect.poll(() => page.getByRole('region', { name: 'Key figures' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});

describe('presentation mode at 1280 × 800 and on a phone', () => {
  test('the figures, legend and title bar fit a laptop screen', async () => {
    const { page, errors } = await openApp('?lang=zh', desktopViewport);
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: '关键指标' }).isVisible()).toBe(true);
    await page.keyboard.press('PageDown');
    await waitForCameraRest(page);
    await screenshot(page, 'present-1280');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('a phone reaches presentation mode from the sheet', async () => {
    const { page, errors } = await openApp('?lang=zh', phoneViewport);
    await page.getByRole('tab', { name: '筛选' }).click();
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: '关键指标' }).isVisible()).toBe(true);
    await waitForCameraRest(page);
    await screenshot(page, 'present-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('tablist').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
