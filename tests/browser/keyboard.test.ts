/**
 * Keyboard and phone: skip links, the Tab order up to the legend, arrow keys in the filter lists,
 * touch target sizes and scrolling in the phone's sheet, the map's focus when the sheet opens or
 * closes, and mode buttons that break lines between words only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';
import { settle, useSharedApp, waitForCameraRest } from './appHelpers.ts';
import { desktopViewport, phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

/** Touch targets on a phone, px. */
const MIN_TARGET_PX = 44;
/**
 * Tab presses from the start of the page to the first legend entry, at most: 66 before the
 * filter lists became one Tab stop each. On a desktop the legend is in the right panel, after
 * the left one: 4 skip links, then 15 controls (language, present, export, open data,
 * coordinate source, progress sheets, download, colour mode, search, five filter lists, online
 * basemap), so 20; the skip link to the legend takes 2 Tabs and Enter. On a phone the legend is
 * the sheet's first tab.
 */
const MAX_TABS_TO_LEGEND = { desktop: 20, phone: 15 };

/**
 * Puts the keyboard at the very start of the page: focuses an element placed before everything
 * else, so that the next Tab goes to the first Tab stop of the page.
 */
async function focusPageStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.getElementById('test-start')?.remove();
    const start = document.createElement('div');
    start.id = 'test-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
}

/** What has the focus: its tag, text or label, and the label of the region it is in. */
async function focused(page: Page): Promise<{ tag: string; name: string; region: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { tag: '', name: '', region: null };
    const region = element.closest('section[aria-label]');
    return {
      tag: element.tagName.toLowerCase(),
      name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
      region: region?.getAttribute('aria-label') ?? null,
    };
  });
}

/** How many Tabs from the start of the page put the focus in the legend. */
async function tabsToLegend(page: Page, legend: string): Promise<number> {
  await focusPageStart(page);
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).region === legend) return presses;
  }
  return Infinity;
}

async function checkSkipLinks(page: Page, locale: Locale): Promise<void> {
  const strings = STRINGS[locale];
  const links = [
    strings.skipToMap,
    strings.skipToLegend,
    strings.skipToFilters,
    strings.skipToStatistics,
  ];
  // The first Tab stops, in order, each visible while it has the focus.
  await focusPageStart(page);
  for (const link of links) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.tag).toBe('a');
    expect(now.name).toBe(link);
    const box = await page.getByRole('link', { name: link, exact: true }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.height).toBeGreaterThan(10);
  }
  await screenshot(page, `skip-link-${locale}-${page.viewportSize()!.width}`);
  // Each moves the focus to its target.
  const targets = [null, strings.legend, strings.filters, strings.statistics];
  for (const [position, link] of links.entries()) {
    await focusPageStart(page);
    for (let press = 0; press <= position; press += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const now = await focused(page);
    if (position === 0) expect(now.tag, link).toBe('canvas');
    else expect(now.name, link).toBe(targets[position]);
    // The target is on screen.
    const inView = await page.evaluate(() => {
      const box = document.activeElement!.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
    });
    expect(inView, link).toBe(true);
  }
}

/**
 * For each colour-mode label, where its lines break inside a word: a Chinese label has no spaces
 * and must stay on one line; an English one may break at spaces only.
 */
async function modeLabelBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const labels = document.querySelectorAll('[role="radiogroup"] label span');
    for (const label of labels) {
      const node = label.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      const range = document.createRange();
      let previousTop: number | null = null;
      for (let index = 0; index < text.length; index += 1) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        if (previousTop !== null && rect.top > previousTop + 2) {
          const atSpace = text[index - 1] === ' ' || text[index] === ' ';
          if (!atSpace) problems.push(`${text.slice(0, index)}/${text.slice(index)}`);
        }
        previousTop = rect.top;
      }
      // Nothing reaches past the button.
      const button = label.closest('label')!.getBoundingClientRect();
      const textBox = label.getBoundingClientRect();
      if (textBox.left < button.left - 0.5 || textBox.right > button.right + 0.5) {
        problems.push(`${text} is wider than its button`);
      }
    }
    return problems;
  });
}

/** Elements in `selector` that scroll on their own, as `tag.class (scroll × client)`. */
async function scrollBoxesIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`no ${selector}`);
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const scrollsX =
        /auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth;
      const scrollsY =
        /auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
      if (scrollsX || scrollsY) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`,
        );
      }
    }
    return found;
  }, selector);
}

/** Elements under `selector` whose text is cut off: wider than a box that hides overflow. */
async function clippedIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`no ${selector}`);
    const found: string[] = [];
    const bounds = root.getBoundingClientRect();
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(element);
      if (/hidden|clip/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
        if (element.clientWidth > 2) found.push(`${element.tagName}: ${element.textContent}`);
      }
      // Text past the right edge of the sheet or panel.
      const box = element.getBoundingClientRect();
      if (box.width > 0 && element.children.length === 0 && box.right > bounds.right + 1) {
        found.push(`${element.tagName} past the edge: ${element.textContent}`);
      }
    }
    return found;
  }, selector);
}

for (const locale of ['zh', 'en'] as const) {
  const strings = STRINGS[locale];

  describe(`${locale}, 1280×800: keyboard`, () => {
    const app = useSharedApp(`?lang=${locale}`, desktopViewport);

    test('skip links are the first Tab stops and move the focus to their targets', async () => {
      await checkSkipLinks(app().page, locale);
    });

    test(`the legend is reached within ${MAX_TABS_TO_LEGEND.desktop} Tabs`, async () => {
      const presses = await tabsToLegend(app().page, strings.legend);
      expect(presses).toBeLessThanOrEqual(MAX_TABS_TO_LEGEND.desktop);
    });

    test('a filter list is one Tab stop; arrow keys move in it, Space chooses', async () => {
      const { page } = app();
      const group = page.getByRole('group', { name: strings.filterTown, exact: true });
      const boxes = group.getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThan(3);
      const tabStops = await boxes.evaluateAll(
        (inputs) => inputs.filter((input) => (input as HTMLElement).tabIndex === 0).length,
      );
      expect(tabStops).toBe(1);
      await boxes.first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const third = await boxes.nth(2).evaluate((input) => input === document.activeElement);
      expect(third).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => boxes.nth(2).isChecked()).toBe(true);
      await page.keyboard.press('End');
      expect(await boxes.last().evaluate((input) => input === document.activeElement)).toBe(true);
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowUp');
      expect(await boxes.last().evaluate((input) => input === document.activeElement)).toBe(true);
      // The list's Tab stop follows the focus; the next Tab leaves the list.
      await page.keyboard.press('Tab');
      const after = await page.evaluate(() => document.activeElement?.closest('fieldset'));
      expect(after).toBeFalsy();
      await boxes.nth(2).click();
      await expect.poll(() => boxes.nth(2).isChecked()).toBe(false);
      await settle(page);
    });

    test('the colour-mode buttons break lines between words only', async () => {
      const { page } = app();
      expect(await modeLabelBreaks(page)).toEqual([]);
      await screenshot(page, `keyboard-desktop-${locale}`);
    });

    test('no page error', () => {
      expect(app().errors).toEqual([]);
    });
  });

  describe(`${locale}, 390×844: phone`, () => {
    const app = useSharedApp(`?lang=${locale}`, phoneViewport);

    test('skip links open the sheet at their tab', async () => {
      await checkSkipLinks(app().page, locale);
      const tab = app().page.getByRole('tab', { name: strings.statistics, exact: true });
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await app().page.getByRole('tab', { name: strings.legend, exact: true }).click();
    });

    test(`the legend is reached within ${MAX_TABS_TO_LEGEND.phone} Tabs`, async () => {
      const presses = await tabsToLegend(app().page, strings.legend);
      expect(presses).toBeLessThanOrEqual(MAX_TABS_TO_LEGEND.phone);
    });

    test(`legend rows, tabs and the handle are ${MIN_TARGET_PX} px high at least`, async () => {
      const { page } = app();
      const targets = [
        page.getByRole('region', { name: strings.legend, exact: true }).getByRole('button'),
        page.getByRole('tablist').getByRole('tab'),
        page.getByRole('button', { name: strings.showPanels, exact: true }),
        page.getByRole('radiogroup', { name: strings.colorBy, exact: true }).locator('label'),
      ];
      for (const target of targets) {
        const heights = await target.evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().height),
        );
        expect(heights.length).toBeGreaterThan(0);
        for (const height of heights) expect(height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
      }
    });

    test('no scroll box inside the sheet, nothing clipped, mode labels whole', async () => {
      const { page } = app();
      for (const name of [strings.legend, strings.filters, strings.statistics]) {
        await page.getByRole('tab', { name, exact: true }).click();
        await settle(page);
        expect(await scrollBoxesIn(page, '[role="tabpanel"]'), name).toEqual([]);
        // The sheet body scrolls up and down only.
        const sideways = await page
          .getByRole('tabpanel')
          .evaluate((body) => body.scrollWidth - body.clientWidth);
        expect(sideways, name).toBeLessThanOrEqual(0);
        expect(await clippedIn(page, '.sheet'), name).toEqual([]);
        await screenshot(page, `keyboard-phone-${locale}-${name}`);
      }
      expect(await clippedIn(page, '.top'), 'top bar').toEqual([]);
      expect(await modeLabelBreaks(page)).toEqual([]);
      await page.getByRole('tab', { name: strings.legend, exact: true }).click();
    });

    test('the map keeps its focus point in the visible part as the sheet closes and opens', async () => {
      const { page } = app();
      /** The visible part of the map: between the top bar and the sheet. */
      const visible = (): Promise<{ top: number; bottom: number; width: number }> =>
        page.evaluate(() => ({
          top: document.querySelector('.top')!.getBoundingClientRect().bottom,
          bottom: document.querySelector('.sheet')!.getBoundingClientRect().top,
          width: window.innerWidth,
        }));
      const handle = page.getByRole('button', { name: strings.showPanels, exact: true });
      let part = await visible();
      const middle = (part.top + part.bottom) / 2;
      const focus = await page.evaluate(
        ({ x, y }) => window.roadboard.map!.unproject([x, y]).toArray(),
        { x: part.width / 2, y: middle },
      );
      for (const expanded of ['false', 'true']) {
        await handle.click();
        await expect.poll(() => handle.getAttribute('aria-expanded')).toBe(expanded);
        await page.waitForTimeout(300);
        await waitForCameraRest(page);
        part = await visible();
        const point = await page.evaluate(
          (lngLat) => window.roadboard.map!.project(lngLat as [number, number]),
          focus,
        );
        // In the visible part, and near its middle (the map's centre, less the top bar).
        expect(point.y, `sheet expanded: ${expanded}`).toBeGreaterThan(part.top);
        expect(point.y, `sheet expanded: ${expanded}`).toBeLessThan(part.bottom);
        expect(Math.abs(point.x - part.width / 2)).toBeLessThan(2);
        expect(Math.abs(point.y - (part.top + part.bottom) / 2)).toBeLessThan(
          (part.bottom - part.top) / 4,
        );
        await screenshot(page, `keyboard-phone-${locale}-sheet-${expanded}`);
      }
    });

    test('no page error', () => {
      expect(app().errors).toEqual([]);
    });
  });
}
