/**
 * Views (章节): saved, renamed, reordered and deleted in presentation mode, kept in the
 * browser across a reload, exported and imported as JSON, and carried in a link.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSharedApp, waitForCameraRest } from './appHelpers.ts';
import { openApp, screenshot, useBrowser, wideViewport } from './harness.ts';

useBrowser();

async function viewTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'List of views', exact: true })
    .getByRole('textbox', { name: 'Title' })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function openViews(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('button', { name: 'Views', exact: true }).click();
  await expect
    .poll(() => page.getByRole('region', { name: 'List of views', exact: true }).isVisible())
    .toBe(true);
}

describe('views', () => {
  const app = useSharedApp('?lang=en', wideViewport);
  let linkViews = '';

  test('the sample ships its 2023 story', async () => {
    const { page } = app();
    await openViews(page);
    expect(await viewTitles(page)).toEqual([
      'The whole network',
      'G5 widening and the Desui expressway',
      'G247 Yongming–Huayuan road',
      'S209 rebuilding',
      'The southern ring road',
      'Village programmes',
      'Village-road safety guards',
    ]);
  });

  test('save, rename, reorder and delete; kept across a reload', async () => {
    const { page } = app();
    await page.evaluate(() => window.roadboard.setMode('guard'));
    await page.getByRole('button', { name: 'Save current view', exact: true }).click();
    await expect.poll(async () => (await viewTitles(page)).length).toBe(8);
    const titles = page
      .getByRole('region', { name: 'List of views', exact: true })
      .getByRole('textbox', { name: 'Title' });
    await titles.nth(7).fill('Guards everywhere');
    await titles.nth(7).press('Enter');
    await expect.poll(async () => (await viewTitles(page))[7]).toBe('Guards everywhere');
    // The note of the current view (the one just saved).
    const note = page.getByRole('textbox', { name: /^Note/ });
    await note.fill('Every guarded road in the county.');
    await note.blur();
    await expect
      .poll(() => page.locator('header .note').innerText())
      .toBe('Every guarded road in the county.');
    // Up twice: it becomes the sixth.
    const list = page.getByRole('region', { name: 'List of views', exact: true });
    await list.getByRole('button', { name: 'Move up' }).nth(7).click();
    await list.getByRole('button', { name: 'Move up' }).nth(6).click();
    await expect.poll(async () => (await viewTitles(page))[5]).toBe('Guards everywhere');
    // Delete the first.
    await list.getByRole('button', { name: 'Delete' }).nth(0).click();
    await expect
      .poll(async () => (await viewTitles(page))[0])
      .toBe('G5 widening and the Desui expressway');
    await screenshot(page, 'present-views-1920');
    const before = await viewTitles(page);
    expect(before).toHaveLength(7);
    await page.reload();
    await page.evaluate(() => window.roadboard.ready);
    await openViews(page);
    expect(await viewTitles(page)).toEqual(before);
    // The saved view keeps the mode it was saved in.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const position = page.getByTestId('view-position');
    await expect.poll(() => position.isVisible()).toBe(true);
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => position.innerText()).toBe('5 / 7');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Guards everywhere');
    await expect.poll(() => page.evaluate(() => window.roadboard.mode)).toBe('guard');
    expect(await page.locator('header .note').innerText()).toBe(
      'Every guarded road in the county.',
    );
    await waitForCameraRest(page);
  });

  test('export as JSON, import it back', async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export views (JSON)', exact: true }).click();
    const path = await (await download).path();
    const text = await readFile(path, 'utf8');
    const file = JSON.parse(text) as { roadboardViews: number; views: { title: string }[] };
    expect(file.roadboardViews).toBe(1);
    expect(file.views.map((view) => view.title)).toEqual(await viewTitles(page));
    // Import adds the file's views after the present ones.
    await page
      .getByRole('region', { name: 'List of views', exact: true })
      .locator('input[type=file]')
      .setInputFiles({
        name: 'views.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
    await expect.poll(async () => (await viewTitles(page)).length).toBe(14);
    expect(await page.getByRole('status').filter({ hasText: '7 views imported' }).count()).toBe(1);
    // A file that is not a views file is refused.
    await page
      .getByRole('region', { name: 'List of views', exact: true })
      .locator('input[type=file]')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[1]') });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Not a views file' }).count())
      .toBe(1);
    expect(await viewTitles(page)).toHaveLength(14);
  });

  test('a link carries the views to a browser that has none stored', async () => {
    const { page } = app();
    const list = page.getByRole('region', { name: 'List of views', exact: true });
    for (let count = 14; count > 2; count -= 1) {
      await list.getByRole('button', { name: 'Delete' }).nth(0).click();
    }
    await expect.poll(async () => (await viewTitles(page)).length).toBe(2);
    await page.getByRole('button', { name: 'Copy link with views', exact: true }).click();
    await expect.poll(() => page.url()).toContain('views=');
    linkViews = new URL(page.url()).search;
    const expected = await viewTitles(page);
    const other = await openApp(linkViews, wideViewport);
    await openViews(other.page);
    await expect.poll(() => viewTitles(other.page)).toEqual(expected);
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
