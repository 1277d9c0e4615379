/**
 * Opening the files road bureaus have, in the browser: a GBK shapefile zip through the file
 * input, its loose parts dropped together, KML and KMZ, the national, OpenStreetMap and rural
 * schemas through `roadboard.load`; the roads come out with their classes (not one grey
 * network), the "Fields" step shows and edits the mapping, kept fields show in the details, and
 * a bad zip gives an error while the data on screen stays. One page; each test continues from
 * what the previous one left on screen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AutomationSummary } from '../../src/api/automation.ts';
import { appSummary, findRoadOnScreen, useSharedApp } from './appHelpers.ts';
import { screenshot, useBrowser } from './harness.ts';
import { dataPanel, dismissReport, textOf, waitForReport } from './openDataHelpers.ts';

useBrowser();

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const mappingFixtures = fileURLToPath(new URL('../fixtures/mapping/', import.meta.url));

interface PageFile {
  name: string;
  base64: string;
}

function fileOf(path: string, name = path.split('/').pop()!): PageFile {
  return { name, base64: readFileSync(path).toString('base64') };
}

function folderFiles(folder: string): PageFile[] {
  return readdirSync(`${formats}${folder}`).map((name) => fileOf(`${formats}${folder}/${name}`));
}

/** What `roadboard.load` resolves to, for files made in the page. */
interface LoadResult {
  ok: boolean;
  segments: number;
  format: string | null;
  encoding: string | null;
  crs: string | null;
  mapping: Record<string, string> | null;
  errors: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
}

async function loadInPage(page: Page, files: PageFile[], asArray = files.length > 1) {
  return page.evaluate(
    async ({ files, asArray }) => {
      const made = files.map(
        ({ name, base64 }) =>
          new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name),
      );
      const report = await window.roadboard.load(asArray ? made : made[0]!);
      return JSON.parse(JSON.stringify(report)) as LoadResult;
    },
    { files, asArray },
  );
}

/** Drops several files on the app at once, as a file manager does. */
async function dropFiles(page: Page, files: PageFile[]): Promise<void> {
  await dismissReport(page);
  await page.evaluate((files) => {
    const root = document.querySelector('[role=application]')!;
    const transfer = new DataTransfer();
    for (const { name, base64 } of files) {
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    }
    const options = { dataTransfer: transfer, bubbles: true, cancelable: true };
    root.dispatchEvent(new DragEvent('dragover', options));
    root.dispatchEvent(new DragEvent('drop', options));
  }, files);
}

/** The route codes of the roads drawn on screen. */
async function drawnRoutes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] });
    return [...new Set(features.map((feature) => String(feature.properties.route)))].sort();
  });
}

function classes(summaryNow: AutomationSummary): string[] {
  return Object.keys(summaryNow.byClass)
    .filter((key) => (summaryNow.byClass[key]?.segments ?? 0) > 0)
    .sort();
}

describe('opening the formats and schemas road bureaus have', () => {
  const app = useSharedApp('?lang=en');

  test('a GBK shapefile zip through the file input opens coloured, names decoded', async () => {
    const { page } = app();
    await dismissReport(page);
    await page.setInputFiles('[data-testid=open-data-input]', `${formats}roads-gbk.zip`);
    const report = await waitForReport(page);
    const text = await textOf(report);
    expect(text).toContain('2 segments loaded');
    expect(text).toContain('Shapefile');
    expect(text).toContain('gbk');
    expect(classes(await appSummary(page))).toEqual(['county', 'township']);
    const fields = dataPanel(page).getByTestId('fields-step');
    await expect.poll(() => fields.count()).toBe(1);
    const nameRow = fields.locator('tr[data-property=name]');
    expect(await textOf(nameRow)).toContain('永明至花园');
    expect(await nameRow.locator('select').inputValue()).toBe('LXMC');
    expect(await drawnRoutes(page)).toEqual(['X396', 'Y005']);
    await screenshot(page, 'open-formats-fields-step');
  });

  test('editing the route field in the Fields step changes the routes shown', async () => {
    const { page } = app();
    const select = dataPanel(page).locator('tr[data-property=route] select');
    await dismissReport(page);
    await select.selectOption('');
    await waitForReport(page);
    await expect.poll(() => drawnRoutes(page)).toEqual(['']);
    // Remembered for files with the same fields: the next opening takes the edit.
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('roadboard-mapping-')),
    );
    expect(stored.length).toBe(1);
    await dismissReport(page);
    await dataPanel(page).locator('tr[data-property=route] select').selectOption('LXBM');
    await waitForReport(page);
    await expect.poll(() => drawnRoutes(page)).toEqual(['X396', 'Y005']);
  });

  test('fields that feed no property show under Other fields in the details', async () => {
    const { page } = app();
    const road = await findRoadOnScreen(page, ['county']);
    await page.mouse.click(road.x, road.y);
    const other = page.getByTestId('other-fields');
    await expect.poll(() => other.count(), { timeout: 10_000 }).toBe(1);
    const text = await textOf(other);
    expect(text).toContain('X396360726');
    expect(text).toContain('路线名称');
    expect(text).toContain('永明至花园公路');
  });

  test('the loose parts dropped together open, names decoded from the language byte', async () => {
    const { page } = app();
    await dropFiles(page, folderFiles('gbk-language-byte'));
    const report = await waitForReport(page);
    expect(await textOf(report)).toContain('2 segments loaded');
    expect(classes(await appSummary(page))).toEqual(['county', 'township']);
    const nameRow = dataPanel(page).locator('tr[data-property=name]');
    expect(await textOf(nameRow)).toContain('花园至青山村');
  });

  test('a .cpg that lies gives garbled names and says so; choosing UTF-8 opens it right', async () => {
    const { page } = app();
    await dropFiles(page, folderFiles('utf8-wrong-cpg'));
    const report = await waitForReport(page);
    // The .cpg says 936 (GBK) but the text is UTF-8: the report says the text looks wrong.
    expect(await textOf(report)).toMatch(/UTF-8|utf-8/);
    const nameRow = () => dataPanel(page).locator('tr[data-property=name]');
    expect(await textOf(nameRow())).not.toContain('永明至花园');
    await page.getByTestId('report-encoding-choice').selectOption('utf-8');
    await expect.poll(async () => textOf(nameRow())).toContain('永明至花园');
    expect(await textOf(await waitForReport(page))).toContain('utf-8');
    await screenshot(page, 'open-formats-encoding-choice');
    await page.getByTestId('report-encoding-choice').selectOption('auto');
  });

  test('loose parts, KML and KMZ open through roadboard.load with a report', async () => {
    const { page } = app();
    const parts = await loadInPage(page, folderFiles('gbk-cpg936'));
    expect(parts).toMatchObject({ ok: true, segments: 2, format: 'shapefile', encoding: 'gbk' });
    expect(parts.mapping).toMatchObject({ route: 'LXBM', name: 'LXMC' });
    const kml = await loadInPage(page, [fileOf(`${formats}roads.kml`)]);
    expect(kml).toMatchObject({ ok: true, format: 'kml' });
    expect(kml.segments).toBeGreaterThan(0);
    const kmz = await loadInPage(page, [fileOf(`${formats}roads.kmz`)]);
    expect(kmz).toMatchObject({ ok: true, format: 'kmz', segments: kml.segments });
  });

  test('the national and OpenStreetMap schemas come out coloured, mapping reported', async () => {
    const { page } = app();
    const national = await loadInPage(page, [fileOf(`${mappingFixtures}national-1m.geojson`)]);
    expect(national).toMatchObject({ ok: true, format: 'geojson', segments: 7 });
    expect(national.mapping).toMatchObject({ route: 'RN', name: 'NAME' });
    expect(national.mapping?.class).toContain('RN');
    const nationalClasses = classes(await appSummary(page));
    expect(nationalClasses).toContain('expressway');
    expect(nationalClasses.length).toBeGreaterThan(2);

    const osm = await loadInPage(page, [fileOf(`${mappingFixtures}osm-extract.geojson`)]);
    expect(osm.ok).toBe(true);
    expect(osm.mapping?.route).toBe('ref');
    expect(classes(await appSummary(page)).length).toBeGreaterThan(2);

    const rural = await loadInPage(page, [fileOf(`${mappingFixtures}rural-export.geojson`)]);
    expect(rural.ok).toBe(true);
    expect(rural.mapping?.route).toBe('LXBM');
    expect(classes(await appSummary(page)).length).toBeGreaterThan(1);
  });

  test('a zip with no layer gives a clear error and the data on screen stays', async () => {
    const { page } = app();
    const before = await appSummary(page);
    await dismissReport(page);
    await page.setInputFiles('[data-testid=open-data-input]', `${formats}no-shp.zip`);
    const report = await waitForReport(page);
    expect(await report.getAttribute('role')).toBe('alert');
    expect(await textOf(report)).toMatch(/\.shp/);
    expect((await appSummary(page)).segments).toBe(before.segments);
  });
});
