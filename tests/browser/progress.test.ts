/**
 * Progress sheets in the app: an `.xlsx` with title rows and merged cells, a GBK `.csv` and a
 * UTF-8 `.csv`, made here from the sample county's chainage, joined onto the sample; the
 * figures as of each date; a sheet with no row on the network; the panel and the slider.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { joinSheets, type SheetFile } from '../../src/data/worker/joinSheets.ts';
import { measuredChainageIndex } from '../../src/domain/measuredChainage.ts';
import { columnsAsOf, historyColumns } from '../../src/domain/historyColumns.ts';
import { SegmentIndex } from '../../src/domain/segmentIndex.ts';
import { formatChainage } from '../../src/domain/chainage.ts';
import { readProgressSheet } from '../../src/data/sheets/readProgressSheet.ts';
import { encodeGbk, encodeUtf8 } from '../fixtures/formats/encodeText.ts';
import { writeXlsx, type FixtureCell } from '../fixtures/sheets/writeXlsx.ts';
import { appSummary, useSharedApp } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

const text = readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8');
const prepared = prepareDataset(JSON.parse(text));
if (!prepared.ok) throw new Error('the sample does not validate');
const sample = prepared.dataset;
const chainage = measuredChainageIndex(sample.segments, sample.lines);
const s209 = chainage.routes.get('S209')!;
const g247 = chainage.routes.get('G247')!;
const k = (km: number) => formatChainage(km);

const HEADER = ['路线编码', '起点桩号', '止点桩号', '建设状态', '完成里程(公里)', '填报日期'];
const S209_FROM = s209.fromKm + 1;
const S209_TO = s209.fromKm + 3;
const xlsxRows: FixtureCell[][] = [
  ['S209 改建工程进度（测试，合成）', null, null, null, null, null],
  ['填报单位：示例县交通运输局', null, null, null, null, null],
  HEADER,
  ['S209', k(S209_FROM), k(S209_TO), '在建', 0.5, { date: '2023-03-31' }],
  ['S209', k(S209_FROM), k(S209_TO), '在建', 1.25, { date: '2023-06-30' }],
  ['S209', S209_FROM, S209_TO, '完工', null, { date: '2023-09-30' }],
  ['S209', k(s209.toKm + 4), k(s209.toKm + 5), '在建', 0.2, { date: '2023-06-30' }],
];
const xlsx = writeXlsx([{ name: '进度', rows: xlsxRows, merged: ['A1:F1'] }]);

const G247_FROM = g247.fromKm + 0.5;
const G247_TO = g247.fromKm + 2.5;
const gbkCsv = encodeGbk(
  [
    HEADER.join(','),
    `G247,${k(G247_FROM)},${k(G247_TO)},在建,0.8,2023/4/30`,
    `G247,${k(G247_FROM)},${k(G247_TO)},在建,2,2023-08`,
    `Z901,K0+000,K1+000,在建,0.2,2023-04-30`,
  ].join('\r\n'),
);
const noMatchCsv = encodeUtf8(
  `\uFEFFroute,from,to,status,completed_km,updated\r\nZ902,K0+000,K2+000,在建,1,2023-05-31\r\nS209,K9+000,K8+000,在建,1,2023-05-31\r\n`,
);

function sheetFile(name: string, bytes: Uint8Array): SheetFile {
  return { name, bytes: bytes.slice().buffer };
}

/** The figures the app must show, from the same sheets joined by the same code in Node. */
async function expectedFigures(files: SheetFile[]) {
  const { network } = await joinSheets(sample.segments, sample.lines, files);
  const { columns, history } = historyColumns(network.segments, network.history);
  const at = (index: number | null) =>
    new SegmentIndex(index === null ? columns : columnsAsOf(columns, history, index)).summary(null);
  return { dates: history.dates, at };
}

async function loadProgress(page: Page, name: string, bytes: Uint8Array) {
  return page.evaluate(
    async ({ name, bytes }) =>
      window.roadboard.loadProgress(new File([Uint8Array.from(bytes)], name), name),
    { name, bytes: Array.from(bytes) },
  );
}

describe('progress sheets', () => {
  const app = useSharedApp('?lang=en');

  test('an .xlsx with title rows joins onto the sample and plays back by date', async () => {
    const { page } = app();
    const before = await appSummary(page);
    const result = await loadProgress(page, 'S209进度.xlsx', xlsx);
    expect(result.ok).toBe(true);
    expect(result.rows).toBe(4);
    expect(result.matched).toBe(3);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]!.row).toBe(7);
    expect(result.unmatched[0]!.reason).toContain(k(s209.toKm));

    const expected = await expectedFigures([sheetFile('S209进度.xlsx', xlsx)]);
    expect(await page.evaluate(() => window.roadboard.asOfDates)).toEqual(expected.dates);
    expect(expected.dates).toEqual(['2023-03-31', '2023-06-30', '2023-09-30']);
    const latest = await appSummary(page);
    expect(latest.lengthKm).toBeCloseTo(before.lengthKm, 6);
    expect(latest.completedKm).toBeCloseTo(expected.at(null).completedKm, 6);

    await page.evaluate(() => window.roadboard.setAsOf('2023-04-15'));
    const march = await appSummary(page);
    expect(march.completedKm).toBeCloseTo(expected.at(0).completedKm, 6);
    // The stretch is 2 km: 0.5 km built at the end of March, all of it by September.
    expect(latest.completedKm - march.completedKm).toBeCloseTo(1.5, 3);
    const color = await page.evaluate(() =>
      JSON.stringify(window.roadboard.map!.getPaintProperty('road-line', 'line-color')),
    );
    expect(color).toContain('datedStatus');
    await screenshot(page, 'progress-as-of-march');

    await page.evaluate(() => window.roadboard.setAsOf(null));
    expect((await appSummary(page)).completedKm).toBeCloseTo(latest.completedKm, 6);
  });

  test('a GBK .csv joins beside it; both sheets count', async () => {
    const { page } = app();
    const result = await loadProgress(page, 'G247进度.csv', gbkCsv);
    expect(result.ok).toBe(true);
    expect(result.matched).toBe(2);
    expect(result.unmatched.map((row) => row.route)).toEqual(['Z901']);
    const expected = await expectedFigures([
      sheetFile('S209进度.xlsx', xlsx),
      sheetFile('G247进度.csv', gbkCsv),
    ]);
    expect(await page.evaluate(() => window.roadboard.asOfDates)).toEqual(expected.dates);
    expect((await appSummary(page)).completedKm).toBeCloseTo(expected.at(null).completedKm, 6);
    await page.evaluate(() => window.roadboard.setAsOf('2023-05-01'));
    const may = expected.dates.indexOf('2023-04-30');
    expect((await appSummary(page)).completedKm).toBeCloseTo(expected.at(may).completedKm, 6);
    await page.evaluate(() => window.roadboard.setAsOf(null));
  });

  test('a UTF-8 .csv with no row on the network changes nothing', async () => {
    const { page } = app();
    const before = await appSummary(page);
    const dates = await page.evaluate(() => window.roadboard.asOfDates);
    const result = await loadProgress(page, 'nothing.csv', noMatchCsv);
    expect(result.ok).toBe(false);
    expect(result.matched).toBe(0);
    expect(result.unmatched.map((row) => row.code)).toEqual(['unknown-route', 'row-from-after-to']);
    expect(await appSummary(page)).toEqual(before);
    expect(await page.evaluate(() => window.roadboard.asOfDates)).toEqual(dates);
  });

  test('the panel lists the sheets and the rows not matched; the slider names the date', async () => {
    const { page } = app();
    await page.getByTestId('progress-toggle').click();
    const panel = page.getByTestId('progress-panel');
    await expect.poll(() => panel.getByTestId('progress-sheet').count()).toBe(2);
    expect(await panel.getByTestId('progress-unmatched').locator('tbody tr').count()).toBe(2);
    const slider = page.locator('#as-of-range');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('as-of-date').textContent()).toContain('2023-03-31');
    await screenshot(page, 'progress-panel-desktop');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('as-of-date').textContent()).toContain('latest');
  });

  test("the sample county's 2023 history plays back to today's figures", async () => {
    const { page } = app();
    await page.getByRole('button', { name: 'Remove the progress sheets' }).click();
    await expect.poll(() => page.evaluate(() => window.roadboard.asOfDates.length)).toBe(0);
    const sampleFigures = await appSummary(page);
    await page.getByRole('button', { name: "Load the sample county's 2023 progress" }).click();
    await expect.poll(() => page.evaluate(() => window.roadboard.asOfDates.length)).toBe(12);
    await page.evaluate(() => window.roadboard.setAsOf('2023-12-31'));
    const december = await appSummary(page);
    expect(december.lengthKm).toBeCloseTo(sampleFigures.lengthKm, 6);
    expect(december.completedKm).toBeCloseTo(sampleFigures.completedKm, 6);
    expect(december.guardKm).toBeCloseTo(sampleFigures.guardKm, 6);
    expect(december.byProject['撤并建制村畅通工程']!.completedKm).toBeCloseTo(314, 6);
    await page.evaluate(() => window.roadboard.setAsOf('2023-06-30'));
    const june = await appSummary(page);
    expect(june.completedKm).toBeLessThan(december.completedKm);
    expect(june.byProject['撤并建制村畅通工程']!.completedKm).toBeLessThan(314);
    await screenshot(page, 'progress-sample-june');
    await page.evaluate(() => window.roadboard.setAsOf(null));
  });

  test('the template and the joined progress download as .xlsx that read back', async () => {
    const { page, errors } = app();
    const download = async (testId: string) => {
      if (errors.length > 0) throw new Error(errors.join('\n'));
      if ((await page.getByTestId('progress-panel').count()) === 0) {
        await page.getByTestId('progress-toggle').click();
      }
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }).catch((error: Error) => {
          throw new Error(`${testId}: ${error.message}\n${errors.join('\n')}`);
        }),
        page.getByTestId(testId).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
    };
    const template = await download('progress-template');
    expect(template.name).toBe('progress-template.xlsx');
    const read = await readProgressSheet(template.bytes, template.name);
    expect(read.ok).toBe(true);
    expect(read.rows[0]!.route).toBe('G247');

    const exported = await download('progress-export');
    expect(exported.name).toMatch(/\.xlsx$/);
    const latest = await appSummary(page);
    const expected = await expectedFigures([sheetFile(exported.name, exported.bytes)]);
    const again = expected.at(null);
    expect(again.completedKm).toBeCloseTo(latest.completedKm, 3);
    expect(again.guardKm).toBeCloseTo(latest.guardKm, 3);
  });

  test('another network opened keeps the sheets and joins them again', async () => {
    const { page } = app();
    const withSheets = await appSummary(page);
    const report = await page.evaluate(async () => {
      const roads = await (await fetch('sample/roads.geojson')).json();
      return window.roadboard.load(roads, { persist: false });
    });
    expect(report.ok).toBe(true);
    expect(await page.evaluate(() => window.roadboard.asOfDates.length)).toBe(12);
    const again = await appSummary(page);
    expect(again.segments).toBe(withSheets.segments);
    expect(again.completedKm).toBeCloseTo(withSheets.completedKm, 6);
    await page.getByTestId('progress-toggle').click();
    await page.getByTestId('progress-toggle').click();
    await expect
      .poll(() => page.getByTestId('progress-sheet').first().textContent())
      .toContain('progress-2023.csv');
  });
});

describe('progress sheets on a phone', () => {
  const app = useSharedApp('?lang=zh', phoneViewport);

  test('the slider fits above the sheet', async () => {
    const { page } = app();
    const result = await loadProgress(page, 'S209进度.xlsx', xlsx);
    expect(result.ok).toBe(true);
    const box = await page.getByTestId('as-of').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(phoneViewport.width);
    await screenshot(page, 'progress-phone');
  });
});
