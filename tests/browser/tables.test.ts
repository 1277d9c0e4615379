/**
 * The Tables view (分组统计): it opens from the statistics, groups, sorts, filters the map to a
 * clicked row, says when towns overlap, and downloads an XLSX that read-excel-file reads back
 * (numbers as numbers, headers in the UI's language) and a CSV with a byte-order mark and CRLF.
 * `roadboard.table` and `roadboard.exportTable` give the same figures. Screenshots at 1280×800
 * and at phone size.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';
import { appSummary, applyFilter, settle, useSharedApp } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

const LARGE_FILE = 'tests/output/tables/network-14k.geojson';
beforeAll(async () => {
  await mkdir('tests/output/tables', { recursive: true });
});

/** Opens the Tables view from the statistics panel. */
async function openTables(page: Page, buttonName: string) {
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const view = page.getByRole('region', { name: buttonName, exact: true });
  await view.waitFor();
  return view;
}

/** A download's bytes. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** A Blob the page makes, as bytes in Node. */
async function pageBlob(page: Page, make: string): Promise<Buffer> {
  const bytes = await page.evaluate(async (code) => {
    const blob = (await (0, eval)(code)) as Blob;
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, make);
  return Buffer.from(bytes);
}

describe('the Tables view (Chinese, 1280×800)', () => {
  const app = useSharedApp('?lang=zh');

  test('opens by town: totals equal the statistics, towns split at boundaries add up', async () => {
    const { page } = app();
    const view = await openTables(page, '分组统计');
    const summary = await appSummary(page);
    const total = (column: string) => view.locator(`tfoot td[data-total="${column}"]`);
    expect(await total('lengthKm').textContent()).toBe(summary.lengthKm.toFixed(2));
    expect(await total('segments').textContent()).toBe(String(summary.segments));
    expect(await total('completedKm').textContent()).toBe(summary.completedKm.toFixed(2));
    expect(await view.locator('[data-towns-split]').textContent()).toContain('乡镇界切分');
    expect(await view.locator('[data-towns-overlap]').count()).toBe(0);
    const rows = await page.evaluate(() => window.roadboard.table('town'));
    expect(rows).toHaveLength(25);
    expect(await view.locator('tbody tr').count()).toBe(rows.length);
    const townMm = rows.reduce((sum, row) => sum + Math.round(row.lengthKm * 1e6), 0);
    expect(townMm).toBe(Math.round(summary.lengthKm * 1e6));
    const completedMm = rows.reduce((sum, row) => sum + Math.round(row.completedKm * 1e6), 0);
    expect(completedMm).toBe(Math.round(summary.completedKm * 1e6));
    await expect.poll(() => view.locator('svg[role="img"]').count()).toBe(2);
    await screenshot(page, 'tables-town-zh');
  });

  test("sorts by km; a click on a row filters to the town, whose statistics are the row's", async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: '分组统计', exact: true });
    await view.getByRole('button', { name: '按里程（km）排序' }).click();
    const rows = await page.evaluate(() => window.roadboard.table('town'));
    const longest = rows.reduce((best, row) => (row.lengthKm > best.lengthKm ? row : best));
    const firstRow = view.locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toContain(longest.label);
    expect(await view.locator('th[aria-sort="descending"]').count()).toBe(1);
    await firstRow.locator('th button').click();
    await settle(page);
    const filtered = await appSummary(page);
    expect(filtered.lengthKm.toFixed(2)).toBe(longest.lengthKm.toFixed(2));
    expect(filtered.segments).toBe(longest.segments);
    // The table follows the filter: the chosen town's row alone.
    const after = await page.evaluate(() => window.roadboard.table('town'));
    expect(after.map((row) => row.key)).toEqual([longest.key]);
    expect(after[0]!.lengthKm).toBe(longest.lengthKm);
    const note = page
      .getByRole('region', { name: '统计', exact: true })
      .locator('[data-town-note]');
    expect(await note.textContent()).toContain('只计所选乡镇界内的里程');
    await screenshot(page, 'tables-town-filtered-zh');
    await applyFilter(page, {});
  });

  test('groups by town × class, downloads an XLSX with numbers and Chinese headers', async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: '分组统计', exact: true });
    await view.getByLabel('再按').selectOption('class');
    await expect.poll(() => view.locator('thead th').count()).toBe(11);
    const file = await downloaded(page, () =>
      view.getByRole('button', { name: '下载 XLSX' }).click(),
    );
    expect(file.name).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(file.bytes);
    expect(sheets).toHaveLength(1);
    const [title, header, ...rows] = sheets[0]!.data;
    expect(String(title![0])).toMatch(/示例.*筛选：无.*截至：全部记录/);
    expect(header!.slice(0, 4)).toEqual(['乡镇', '行政等级', '路段数', '里程（km）']);
    expect(rows.length).toBeGreaterThan(25);
    for (const row of rows) {
      expect(typeof row[2]).toBe('number');
      expect(typeof row[3]).toBe('number');
    }
    const totals = rows.at(-1)!;
    expect(totals[0]).toBe('合计');
    const summary = await appSummary(page);
    expect(totals[3]).toBeCloseTo(summary.lengthKm, 2);
    await screenshot(page, 'tables-town-class-zh');
    const every = await downloaded(page, () =>
      view.getByRole('button', { name: 'XLSX（全部分组）' }).click(),
    );
    const everySheets = await readXlsxFile(every.bytes);
    expect(everySheets.map((read) => read.sheet)).toEqual([
      '乡镇',
      '项目',
      '行政等级',
      '建设状态',
      '年度',
      '路线',
      '乡镇 × 行政等级',
    ]);
  });

  test('follows hidden legend entries', async () => {
    const { page } = app();
    const legend = page.getByRole('region', { name: '图例', exact: true });
    await legend.locator('button[data-bucket="existing"]').click();
    await settle(page);
    const rows = await page.evaluate(() => window.roadboard.table('status'));
    expect(rows.map((row) => row.key)).not.toContain('existing');
    const summary = await appSummary(page);
    const km = rows.reduce((sum, row) => sum + Math.round(row.lengthKm * 1e6), 0);
    expect(km).toBe(Math.round(summary.lengthKm * 1e6));
    const view = page.getByRole('region', { name: '分组统计', exact: true });
    expect(await view.locator('tfoot td[data-total="lengthKm"]').textContent()).toBe(
      summary.lengthKm.toFixed(2),
    );
    await legend.locator('button[data-bucket="existing"]').click();
    await settle(page);
  });

  test('an exported page carries the chart while the Tables view is open', async () => {
    const { page } = app();
    const plannedPixels = async (name: string) => {
      const { count, bytes } = await page.evaluate(async () => {
        const blob = await window.roadboard.exportImage({
          format: 'png',
          paper: 'A4',
          orientation: 'landscape',
          dpi: 150,
        });
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        let found = 0;
        // The chart's pale planned bars, #c9d6ea.
        for (let at = 0; at < data.length; at += 4) {
          if (data[at] === 0xc9 && data[at + 1] === 0xd6 && data[at + 2] === 0xea) found++;
        }
        return { count: found, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
      });
      await writeFile(`tests/output/tables/${name}.png`, Buffer.from(bytes));
      return count;
    };
    const withChart = await plannedPixels('page-with-chart');
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    const withoutChart = await plannedPixels('page-without-chart');
    expect(withChart).toBeGreaterThan(withoutChart + 500);
    await openTables(page, '分组统计');
  });

  test('downloads a CSV in UTF-8 with a byte-order mark and CRLF', async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: '分组统计', exact: true });
    const file = await downloaded(page, () =>
      view.getByRole('button', { name: '下载 CSV' }).click(),
    );
    expect(file.name).toMatch(/\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(text.split('\r\n')[1]).toMatch(/^乡镇,行政等级,路段数,里程（km）/);
  });
});

describe('roadboard.table and roadboard.exportTable (English)', () => {
  const app = useSharedApp('?lang=en');

  test('rows by class add up to the statistics, in English names', async () => {
    const { page } = app();
    const summary = await appSummary(page);
    const rows = await page.evaluate(() => window.roadboard.table('class'));
    expect(rows.map((row) => row.key).sort()).toEqual(Object.keys(summary.byClass).sort());
    const km = rows.reduce((sum, row) => sum + Math.round(row.lengthKm * 1e6), 0);
    expect(km).toBe(Math.round(summary.lengthKm * 1e6));
    expect(rows.find((row) => row.key === 'county')?.label).toBe('County road');
  });

  test('an XLSX of two groupings has a sheet each, headers in English', async () => {
    const { page } = app();
    const bytes = await pageBlob(
      page,
      "window.roadboard.exportTable([['town'], ['project', 'class']], 'xlsx')",
    );
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Town', 'Project × Class']);
    expect(sheets[0]!.data[1]!.slice(0, 3)).toEqual(['Town', 'Segments', 'Length (km)']);
    expect(sheets[1]!.data[1]!.slice(0, 3)).toEqual(['Project', 'Class', 'Segments']);
    const csv = await pageBlob(page, "window.roadboard.exportTable('status', 'csv')");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('without town boundaries a road counts in each town it serves, and the view says so', async () => {
    const { page } = app();
    const report = await page.evaluate(async () => {
      const roads = (await (await fetch('sample/roads.geojson')).json()) as object;
      return window.roadboard.load(roads, { persist: false });
    });
    expect(report.ok).toBe(true);
    const summary = await appSummary(page);
    const rows = await page.evaluate(() => window.roadboard.table('town'));
    const townKm = rows.reduce((sum, row) => sum + row.lengthKm, 0);
    expect(townKm).toBeGreaterThan(summary.lengthKm + 100);
    const view = await openTables(page, 'Tables');
    expect(await view.locator('[data-towns-overlap]').textContent()).toContain(
      'No town boundaries loaded',
    );
    await applyFilter(page, { towns: [rows[0]!.key] });
    const statistics = page.getByRole('region', { name: 'Statistics', exact: true });
    expect(await statistics.locator('[data-town-note]').textContent()).toContain('counts in full');
    expect((await appSummary(page)).lengthKm).toBeCloseTo(rows[0]!.lengthKm, 6);
    await applyFilter(page, {});
  });

  test('town boundaries loaded from a file split the roads, and the towns add up', async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: 'Tables', exact: true });
    await view.locator('input[type="file"]').setInputFiles('public/sample/towns.geojson');
    await expect
      .poll(() => view.locator('[data-boundaries-message]').textContent(), { timeout: 30_000 })
      .toBe('Roads split at the boundaries of 25 towns');
    await settle(page);
    expect(await view.locator('[data-towns-overlap]').count()).toBe(0);
    const summary = await appSummary(page);
    const rows = await page.evaluate(() => window.roadboard.table('town'));
    const townMm = rows.reduce((sum, row) => sum + Math.round(row.lengthKm * 1e6), 0);
    expect(townMm).toBe(Math.round(summary.lengthKm * 1e6));
  });

  test('the view in English at 1280×800', async () => {
    const { page } = app();
    const view = page.getByRole('region', { name: 'Tables', exact: true });
    await view.getByLabel('Group by').selectOption('project');
    await screenshot(page, 'tables-project-en');
  });
});

describe('the tables follow the as-of date of a progress history', () => {
  const app = useSharedApp('?lang=zh');

  test('rows by class add up to the statistics at an earlier date, and differ from the latest', async () => {
    const { page } = app();
    const result = await page.evaluate(async () => {
      const sheet = await (await fetch('sample/progress-2023.csv')).blob();
      return window.roadboard.loadProgress(sheet, 'progress-2023.csv');
    });
    expect(result.ok).toBe(true);
    const dates = await page.evaluate(() => window.roadboard.asOfDates);
    expect(dates.length).toBeGreaterThan(1);
    const completedMm = async () => {
      const rows = await page.evaluate(() => window.roadboard.table('class'));
      return rows.reduce((sum, row) => sum + Math.round(row.completedKm * 1e6), 0);
    };
    const latest = await completedMm();
    await page.evaluate((date) => window.roadboard.setAsOf(date), dates[0]!);
    const early = await completedMm();
    expect(early).toBe(Math.round((await appSummary(page)).completedKm * 1e6));
    expect(early).toBeLessThan(latest);
    const town = await page.evaluate(() => window.roadboard.table('town'));
    const townMm = town.reduce((sum, row) => sum + Math.round(row.completedKm * 1e6), 0);
    expect(townMm).toBe(early);
  });
});

describe('a table of 10,000 rows', () => {
  const app = useSharedApp('?lang=zh');

  test('groups a generated network by route and writes its XLSX within 2 s', async () => {
    const { page } = app();
    const network = generateNetwork({ segmentCount: 14_000, seed: 7, pointCount: 0 });
    await writeFile(LARGE_FILE, JSON.stringify(network));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开数据', exact: true }).click();
    await (await chooser).setFiles(LARGE_FILE);
    await expect
      .poll(() => page.evaluate(() => window.roadboard.summary().segments), { timeout: 60_000 })
      .toBe(14_000);
    await settle(page);
    const timing = await page.evaluate(async () => {
      const rows = (await window.roadboard.table('route')).length;
      const csvStart = performance.now();
      await window.roadboard.exportTable('route', 'csv');
      const csvMs = performance.now() - csvStart;
      const start = performance.now();
      const blob = await window.roadboard.exportTable('route', 'xlsx');
      const ms = performance.now() - start;
      return { rows, ms, csvMs, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
    });
    expect(timing.rows).toBeGreaterThanOrEqual(10_000);
    const sheets = await readXlsxFile(Buffer.from(timing.bytes));
    expect(sheets[0]!.data).toHaveLength(timing.rows + 3);
    console.log(
      `XLSX of ${timing.rows} rows in ${timing.ms.toFixed(0)} ms, CSV in ${timing.csvMs.toFixed(0)} ms`,
    );
    expect(timing.ms).toBeLessThan(2000);
    const view = await openTables(page, '分组统计');
    await view.getByLabel('分组').selectOption('route');
    await expect.poll(() => view.locator('tbody tr').count()).toBe(300);
    await view.getByRole('button', { name: /^显示更多/ }).click();
    await expect.poll(() => view.locator('tbody tr').count()).toBe(600);
    await screenshot(page, 'tables-route-10k-zh');
  });
});

describe('the Tables view on a phone', () => {
  const app = useSharedApp('?lang=zh', phoneViewport);

  test('opens from the statistics tab over the lower part of the screen', async () => {
    const { page } = app();
    await page.getByRole('tab', { name: '统计' }).click();
    const view = await openTables(page, '分组统计');
    expect(await view.locator('tbody tr').count()).toBeGreaterThan(20);
    await screenshot(page, 'tables-phone-zh');
  });
});
