import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSharedApp } from './appHelpers.ts';
import { baseUrl, useBrowser } from './harness.ts';

useBrowser();

interface UiWords {
  lang: string;
  colorBy: string;
  legend: string;
  filters: string;
  statistics: string;
  construction: string;
  notice: string;
  title: string;
}

const ENGLISH: UiWords = {
  lang: 'en',
  colorBy: 'Color by',
  legend: 'Legend',
  filters: 'Filters',
  statistics: 'Statistics',
  construction: 'Under construction',
  notice: 'Sample data, synthetic geometry',
  title: 'Roadboard',
};

const CHINESE: UiWords = {
  lang: 'zh-CN',
  colorBy: '着色方式',
  legend: '图例',
  filters: '筛选',
  statistics: '统计',
  construction: '在建',
  notice: '示例数据，几何为虚构',
  title: '路网建设一张图',
};

/** Waits until the page speaks `words`, and checks that it does not speak `other`. */
async function expectLanguage(page: Page, words: UiWords, other: UiWords): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(words.lang);
  const colorBy = page.getByRole('radiogroup', { name: words.colorBy, exact: true });
  await expect.poll(() => colorBy.count()).toBe(1);
  const legend = page.getByRole('region', { name: words.legend, exact: true });
  const statistics = page.getByRole('region', { name: words.statistics, exact: true });
  expect(await legend.count()).toBe(1);
  expect(await statistics.count()).toBe(1);
  expect(await page.getByRole('region', { name: words.filters, exact: true }).count()).toBe(1);
  expect(await legend.getByRole('heading').first().textContent()).toContain(words.legend);
  expect((await statistics.getByRole('heading').first().textContent())?.trim()).toBe(
    words.statistics,
  );
  expect(await page.title()).toContain(words.title);
  // Nothing left in the other language.
  expect(await page.getByRole('radiogroup', { name: other.colorBy, exact: true }).count()).toBe(0);
  expect(await page.getByRole('region', { name: other.legend, exact: true }).count()).toBe(0);
}

describe('language', () => {
  const app = useSharedApp('?lang=en');

  test('?lang=en shows English in a Chinese browser', async () => {
    const { page } = app();
    await expectLanguage(page, ENGLISH, CHINESE);
    const legend = page.getByRole('region', { name: 'Legend', exact: true });
    expect(await legend.locator('[data-bucket="construction"]').textContent()).toContain(
      ENGLISH.construction,
    );
    expect(await page.getByText(ENGLISH.notice, { exact: true }).isVisible()).toBe(true);
  });

  test('the language switch changes the UI and the URL', async () => {
    const { page } = app();
    await page
      .getByRole('group', { name: 'Language', exact: true })
      .getByRole('button', { name: '中文', exact: true })
      .click();
    await expectLanguage(page, CHINESE, ENGLISH);
    const legend = page.getByRole('region', { name: '图例', exact: true });
    expect(await legend.locator('[data-bucket="construction"]').textContent()).toContain(
      CHINESE.construction,
    );
    expect(await page.getByText(CHINESE.notice, { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');

    await page
      .getByRole('group', { name: '语言', exact: true })
      .getByRole('button', { name: 'English', exact: true })
      .click();
    await expectLanguage(page, ENGLISH, CHINESE);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
  });

  test('?lang=zh shows Chinese in an English browser, which otherwise gets English', async () => {
    const { page, context } = app();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['en-US', 'en'] });
      Object.defineProperty(navigator, 'language', { get: () => 'en-US' });
    });
    await page.goto(`${baseUrl()}/?lang=zh`);
    await expectLanguage(page, CHINESE, ENGLISH);

    // No need to wait for the map: the strings are there from the first render.
    await page.goto(`${baseUrl()}/`);
    await expectLanguage(page, ENGLISH, CHINESE);
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
