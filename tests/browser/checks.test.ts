/**
 * Data checks (数据质量) on a dataset with the problems an analyst must fix: each row goes to its
 * road, the share for length mismatches can be changed, and the CSV opens right in Excel (BOM,
 * CRLF).
 */
import { readFile } from 'node:fs/promises';
import type { Feature } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { DataCheck } from '../../src/domain/dataChecks.ts';
import { settle, useSharedApp } from './appHelpers.ts';
import { phoneViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

/** Degrees of longitude for a kilometre east at latitude 30°. */
const DEGREES_PER_KM = 1 / (111.32 * Math.cos((30 * Math.PI) / 180));

function road(id: string, startKm: number, lengthKm: number, properties = {}): Feature {
  const west = 105 + startKm * DEGREES_PER_KM;
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [west, 30],
        [west + lengthKm * DEGREES_PER_KM, 30],
      ],
    },
    properties: { id, class: 'county', status: 'construction', towns: ['甲镇'], ...properties },
  };
}

/** A county route with overlapping and missing chainage, lengths declared wrong, and more. */
const PROBLEMS = {
  type: 'FeatureCollection',
  features: [
    road('X001-1', 0, 2, { route: 'X001', start_chainage: 'K0+000', length_km: 2 }),
    road('X001-2', 1.8, 2, { route: 'X001', start_chainage: 'K1+800', length_km: 2 }),
    road('X001-3', 4.5, 2, { route: 'X001', start_chainage: 'K4+500', length_km: 2 }),
    road('X001-4', 7, 2, { route: 'X001' }),
    road('Y001-1', 10, 1, { route: 'Y001', length_km: 1.3 }),
    road('Y001-2', 12, 1, { route: 'Y001', length_km: 1.15 }),
    road('Y001-2', 14, 1, { route: 'Y001' }),
    road('C001', 16, 1, { length_km: 1, completed_km: 1.6 }),
    road('C002', 18, 1, { guard_required_km: 0.4, guard_km: 0.9 }),
  ],
};

function checksOf(page: Page, lengthShare?: number): Promise<DataCheck[]> {
  return page.evaluate(
    (share) => window.roadboard.dataChecks(share === null ? {} : { lengthShare: share }),
    lengthShare ?? null,
  );
}

describe('data checks (English, 1280×800)', () => {
  const app = useSharedApp('?lang=en');

  test('the sample county has no problem to fix', async () => {
    const { page } = app();
    expect(await checksOf(page)).toEqual([]);
  });

  test('lists every kind of problem, each row going to its road', async () => {
    const { page, errors } = app();
    const report = await page.evaluate(
      (input) => window.roadboard.load(input, { persist: false }),
      PROBLEMS,
    );
    expect(report.ok).toBe(true);
    const checks = await checksOf(page);
    expect(checks.map((check) => `${check.kind} ${check.id}`)).toEqual([
      'length-mismatch Y001-1',
      'length-mismatch Y001-2',
      'chainage-overlap X001-2',
      'chainage-gap X001-3',
      'chainage-missing X001-4',
      'duplicate-id Y001-2',
      'completed-over-length C001',
      'guard-over-required C002',
    ]);
    await page.getByRole('button', { name: 'Measure & check' }).click();
    const panel = page.getByRole('region', { name: 'Measure & check', exact: true });
    await panel.getByRole('tab', { name: 'Data checks' }).click();
    await expect
      .poll(() => panel.locator('[data-figure="check-count"]').textContent())
      .toBe('8 problems');
    const rows = panel.locator('button.row');
    expect(await rows.count()).toBe(8);
    // Skipped features are listed but are not on the map.
    expect(await rows.nth(6).isDisabled()).toBe(true);
    const overlap = rows.nth(2);
    expect(await overlap.textContent()).toContain('Overlapping chainage');
    expect(await overlap.textContent()).toContain(
      'starts at K1+800, before K2+000 where X001-1 ends',
    );
    const cameraBefore = await page.evaluate(() => window.roadboard.map!.getCenter().toArray());
    await overlap.click();
    const details = page.getByRole('region', { name: 'Segment details' });
    await expect.poll(() => details.count()).toBe(1);
    expect(await details.textContent()).toContain('X001-2');
    await settle(page);
    const cameraAfter = await page.evaluate(() => window.roadboard.map!.getCenter().toArray());
    expect(cameraAfter).not.toEqual(cameraBefore);
    await screenshot(page, 'checks-en');
    expect(errors).toEqual([]);
  });

  test('the share for length mismatches is adjustable', async () => {
    const { page } = app();
    const panel = page.getByRole('region', { name: 'Measure & check', exact: true });
    // Y001-1 is 30 % long, Y001-2 15 %.
    await panel.getByRole('spinbutton').fill('20');
    await expect
      .poll(() => panel.locator('[data-figure="check-count"]').textContent())
      .toBe('7 problems');
    expect((await checksOf(page, 0.4)).filter((c) => c.kind === 'length-mismatch')).toEqual([]);
    await panel.getByRole('spinbutton').fill('10');
  });

  test('exports CSV with a byte-order mark and CRLF line ends', async () => {
    const { page } = app();
    const panel = page.getByRole('region', { name: 'Measure & check', exact: true });
    await expect
      .poll(() => panel.locator('[data-figure="check-count"]').textContent())
      .toBe('8 problems');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('data-checks.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(10);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toBe('code,Problem,id,route,Segment,Detail');
    expect(lines[3]).toMatch(/^chainage-overlap,Overlapping chainage,X001-2,X001,\d+,/);
  });
});

describe('data checks on a phone (Chinese)', () => {
  const app = useSharedApp('?lang=zh', phoneViewport);

  test('the list shows in Chinese over the sheet', async () => {
    const { page, errors } = app();
    await page.evaluate((input) => window.roadboard.load(input, { persist: false }), PROBLEMS);
    await page.getByRole('button', { name: '测量与检查' }).click();
    const panel = page.getByRole('region', { name: '测量与检查', exact: true });
    await panel.getByRole('tab', { name: '数据质量' }).click();
    await expect
      .poll(() => panel.locator('[data-figure="check-count"]').textContent())
      .toBe('8 个问题');
    expect(await panel.locator('button.row').nth(2).textContent()).toContain('桩号重叠');
    await settle(page);
    await screenshot(page, 'checks-phone-zh');
    expect(errors).toEqual([]);
  });
});
