/**
 * A prefecture-sized file: 100k segments (tens of MB) opened through the real file input,
 * measured, drawn and described without the tab running out of memory. Speed is the
 * benchmark's business (`npm run bench`); this test checks that it works and what it costs in
 * memory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';
import { settle, useSharedApp } from './appHelpers.ts';
import { useBrowser } from './harness.ts';
import { openThroughInput, textOf } from './openDataHelpers.ts';

useBrowser();

const SEGMENTS = 100_000;
const FILE = fileURLToPath(new URL('../output/network-100000.geojson', import.meta.url));
/**
 * Main-thread heap allowed after the load: well above what the benchmark sees (see
 * docs/performance.md).
 */
const HEAP_LIMIT_MB = 600;

describe('a 100k-segment file', () => {
  const app = useSharedApp('?lang=en');
  let fileMB = 0;

  beforeAll(async () => {
    const text = JSON.stringify(generateNetwork({ segmentCount: SEGMENTS, seed: 7 }));
    fileMB = Buffer.byteLength(text) / 1e6;
    await mkdir(fileURLToPath(new URL('../output/', import.meta.url)), { recursive: true });
    await writeFile(FILE, text);
  }, 120_000);

  test('opens through the file input, all segments loaded, with no page error', async () => {
    expect(fileMB).toBeGreaterThan(60);
    const { page } = app();
    const report = await openThroughInput(page, FILE);
    expect(await report.getAttribute('role')).toBe('status');
    const text = await textOf(report);
    expect(text).toMatch(/100,000 segments loaded/);
    expect(await page.evaluate(() => window.roadboard.summary().segments)).toBe(SEGMENTS);
    expect(app().errors).toEqual([]);
  }, 300_000);

  test('keeps the main-thread heap within bounds', async () => {
    const { page } = app();
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    const usedMB = usedSize / 1e6;
    console.log(`main-thread heap after opening ${fileMB.toFixed(0)} MB: ${usedMB.toFixed(0)} MB`);
    expect(usedMB).toBeLessThan(HEAP_LIMIT_MB);
    // The dataset is really held: more than a few bytes per segment.
    expect(usedMB).toBeGreaterThan(20);
  });

  test('stays usable: a filter and a mode switch apply to all 100k segments', async () => {
    const { page } = app();
    await page.evaluate(() => window.roadboard.setFilter({ classes: ['village'] }));
    const villages = await page.evaluate(() => window.roadboard.summary().segments);
    expect(villages).toBeGreaterThan(SEGMENTS / 2);
    expect(villages).toBeLessThan(SEGMENTS);
    await page.evaluate(() => window.roadboard.setFilter({}));
    await page.evaluate(() => window.roadboard.setMode('completion'));
    await settle(page);
    expect(await page.evaluate(() => window.roadboard.mode)).toBe('completion');
  });

  test('lists thousands of projects as a list that narrows, not thousands of rows', async () => {
    const { page } = app();
    const projects = page.getByRole('group', { name: 'Project', exact: true });
    const count = await projects.getByRole('checkbox').count();
    expect(count).toBeLessThanOrEqual(60);
    expect(await textOf(projects)).toMatch(/Showing 60 of [\d,]+; type to narrow/);

    // Typing narrows the list to the projects whose name holds the text.
    const firstName = (await projects.getByRole('checkbox').first().locator('..').textContent())!;
    const fragment = firstName.trim().slice(0, 3);
    await projects.getByRole('searchbox').fill(fragment);
    await expect.poll(() => projects.getByRole('checkbox').count()).toBeLessThan(count + 1);
    const shown = await projects.locator('label').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(name).toContain(fragment);
  });
});
