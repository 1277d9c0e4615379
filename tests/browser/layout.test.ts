import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ColorMode } from '../../src/domain/types.ts';
import { findRoadOnScreen, settle, useSharedApp } from './appHelpers.ts';
import {
  desktopViewport,
  phoneViewport,
  screenshot,
  useBrowser,
  wideViewport,
  type Viewport,
} from './harness.ts';

useBrowser();

const MODE_NAMES: Record<ColorMode, string> = {
  status: 'Build status',
  completion: 'Completion',
  guard: 'Safety guard coverage',
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, viewport: Viewport): boolean {
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width &&
    box.y + box.height <= viewport.height
  );
}

async function chooseMode(page: Page, mode: ColorMode): Promise<void> {
  const radio = page
    .getByRole('radiogroup', { name: 'Color by', exact: true })
    .getByRole('radio', { name: MODE_NAMES[mode], exact: true });
  await radio.click();
  await expect.poll(() => radio.isChecked()).toBe(true);
  await settle(page);
}

/** The page does not scroll sideways. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** At a desktop size: two side panels, apart, inside the window, leaving the map room. */
async function expectDesktopPanels(page: Page, viewport: Viewport): Promise<void> {
  const panels = page.getByRole('complementary');
  expect(await panels.count()).toBe(2);
  const [first, second] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
  expect(first).not.toBeNull();
  expect(second).not.toBeNull();
  const [left, right] = first!.x < second!.x ? [first!, second!] : [second!, first!];
  expect(overlap(left, right)).toBe(false);
  expect(inside(left, viewport)).toBe(true);
  expect(inside(right, viewport)).toBe(true);
  // The map between the panels stays usable.
  expect(right.x - (left.x + left.width)).toBeGreaterThan(viewport.width * 0.35);
  // Each region is in one panel, and visible.
  for (const name of ['Legend', 'Filters', 'Statistics']) {
    const region = page.getByRole('region', { name, exact: true });
    expect(await region.isVisible(), name).toBe(true);
  }
  expect(await page.getByRole('tablist').count()).toBe(0);
  await expectNoHorizontalOverflow(page);
}

describe('desktop layout, 1280×800 then 1920×1080', () => {
  const app = useSharedApp('?lang=en', desktopViewport);

  test('1280×800: side panels apart; a screenshot of each mode', async () => {
    const { page } = app();
    await expectDesktopPanels(page, desktopViewport);
    for (const mode of ['status', 'completion', 'guard'] as const) {
      if (mode !== 'status') await chooseMode(page, mode);
      await screenshot(page, `${mode}-desktop`);
    }
    await chooseMode(page, 'status');
  });

  test('1280×800: the details panel opens beside the filters, not over them', async () => {
    const { page } = app();
    const road = await findRoadOnScreen(page, ['expressway', 'national', 'provincial']);
    await page.mouse.click(road.x, road.y);
    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    await expect.poll(() => details.count()).toBe(1);
    await settle(page);
    await expectDesktopPanels(page, desktopViewport);
    const filters = await page.getByRole('region', { name: 'Filters', exact: true }).boundingBox();
    expect(overlap((await details.boundingBox())!, filters!)).toBe(false);
    await screenshot(page, 'details-desktop');
    await details.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => details.count()).toBe(0);
  });

  test('1920×1080: side panels apart', async () => {
    const { page } = app();
    await page.setViewportSize(wideViewport);
    await settle(page);
    await expectDesktopPanels(page, wideViewport);
    await screenshot(page, 'status-wide');
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});

describe('phone layout, 390×844', () => {
  const app = useSharedApp('?lang=en', phoneViewport);

  test('the panels collapse into a bottom sheet with tabs', async () => {
    const { page } = app();
    expect(await page.getByRole('complementary').count()).toBe(0);
    const tabs = page.getByRole('tablist').getByRole('tab');
    const tabNames = ['Legend', 'Filters', 'Statistics', 'Segment details'];
    expect(await tabs.allTextContents()).toEqual(tabNames);
    for (const name of tabNames) {
      const tab = page.getByRole('tab', { name, exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      const region = page.getByRole('tabpanel').getByRole('region', { name, exact: true });
      await expect.poll(() => region.isVisible(), { message: name }).toBe(true);
      // One tab's regions at a time.
      for (const other of tabNames.filter((candidate) => candidate !== name)) {
        const hidden = page.getByRole('tabpanel').getByRole('region', { name: other, exact: true });
        expect(await hidden.count(), `${other} while ${name} is selected`).toBe(0);
      }
    }
    await page.getByRole('tab', { name: 'Legend', exact: true }).click();
    await expectNoHorizontalOverflow(page);
  });

  test('the sheet and the top bar leave the map visible', async () => {
    const { page } = app();
    const sheet = await page.getByRole('tablist').evaluate((tablist) => {
      const box = tablist.parentElement!.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    const top = await page.getByRole('combobox', { name: 'Search', exact: true }).boundingBox();
    expect(inside(sheet, phoneViewport)).toBe(true);
    expect(sheet.height).toBeLessThanOrEqual(phoneViewport.height * 0.55);
    expect(top).not.toBeNull();
    expect(overlap(top!, sheet)).toBe(false);
    expect(sheet.y - (top!.y + top!.height)).toBeGreaterThan(phoneViewport.height * 0.3);
    expect(await page.getByRole('radiogroup', { name: 'Color by', exact: true }).isVisible()).toBe(
      true,
    );
  });

  test('search results hang below the top bar, shown and tappable', async () => {
    const { page } = app();
    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    await search.fill('G');
    const first = page.getByRole('search').getByRole('option').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    const searchBox = (await search.boundingBox())!;
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThan(searchBox.y + searchBox.height - 1);
    // What a tap at the result's middle reaches: the result itself, not the map under a clipped
    // panel.
    const hit = await page.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[role="option"]')?.textContent ?? null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe(await first.textContent());
    await screenshot(page, 'search-phone');
    await search.fill('');
  });

  test('a screenshot of each mode', async () => {
    const { page } = app();
    for (const mode of ['status', 'completion', 'guard'] as const) {
      if (mode !== 'status') await chooseMode(page, mode);
      await screenshot(page, `${mode}-phone`);
    }
    await chooseMode(page, 'status');
  });

  test('tapping a road shows its details in the sheet', async () => {
    const { page } = app();
    const road = await findRoadOnScreen(page, ['expressway', 'national', 'provincial']);
    await page.mouse.click(road.x, road.y);
    const tab = page.getByRole('tab', { name: 'Segment details', exact: true });
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const details = page.getByRole('tabpanel').getByRole('region', { name: 'Segment details' });
    await expect.poll(async () => (await details.textContent()) ?? '').toContain(road.id);
    await settle(page);
    await screenshot(page, 'details-phone');
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});

/** The statistics' class × status table: how far it reaches past its panel's content box, px. */
async function tableOverflowPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const region = [...document.querySelectorAll('section')].find((section) =>
      section.querySelector('table'),
    );
    const table = region?.querySelector('table');
    if (!region || !table) throw new Error('no statistics table');
    const scroller = table.parentElement!;
    const panel = region.getBoundingClientRect();
    const box = table.getBoundingClientRect();
    const cells = [...table.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect());
    const rightmost = Math.max(box.right, ...cells.map((cell) => cell.right));
    return Math.max(rightmost - panel.right, scroller.scrollWidth - scroller.clientWidth);
  });
}

describe('the statistics table is whole at desktop sizes', () => {
  for (const locale of ['zh', 'en'] as const) {
    const app = useSharedApp(`?lang=${locale}`, desktopViewport);
    test(`${locale}: 1280×800 and 1920×1080, no sideways scrolling`, async () => {
      const { page } = app();
      expect(await tableOverflowPx(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize(wideViewport);
      await settle(page);
      expect(await tableOverflowPx(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `statistics-wide-${locale}`);
    });
  }
});
