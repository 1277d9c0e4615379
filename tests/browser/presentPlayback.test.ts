/**
 * Year playback: the Play button beside the as-of slider steps through a progress history
 * month by month, the figures following; pause, speed and loop; in presentation mode too.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { formatChainage } from '../../src/domain/chainage.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { useSharedApp } from './appHelpers.ts';
import { screenshot, useBrowser, wideViewport } from './harness.ts';

useBrowser();

const sampleText = readFileSync(
  new URL('../../public/sample/roads.geojson', import.meta.url),
  'utf8',
);
const prepared = prepareDataset(JSON.parse(sampleText));
if (!prepared.ok) throw new Error('the sample does not validate');
const sample = prepared.dataset;
const s209 = buildRouteChainageIndex(
  sample.segments.map((segment) => ({
    geometry: sample.lines[segment.index]!,
    properties: segment.properties,
    measuredKm: segment.measuredKm,
  })),
).routes.get('S209')!;
const from = formatChainage(s209.fromKm + 1);
const to = formatChainage(s209.fromKm + 3);
/** Three reports of one stretch of S209: a quarter each, built further each time. */
const sheet = [
  '\uFEFFroute,from,to,status,completed_km,updated',
  `S209,${from},${to},construction,0.5,2023-03-31`,
  `S209,${from},${to},construction,1.25,2023-06-30`,
  `S209,${from},${to},completed,,2023-09-30`,
].join('\r\n');

/**
 * Starts recording the figures at every change of the date they describe (the panels follow a
 * date a frame after the map takes it in), checked at every frame.
 */
async function recordPlayback(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as {
      played: { date: string; completedKm: number }[];
      recording?: number;
    };
    record.played = [];
    if (record.recording !== undefined) cancelAnimationFrame(record.recording);
    let last = window.roadboard.summary().asOf;
    const check = () => {
      const summary = window.roadboard.summary();
      if (summary.asOf !== last && summary.asOf !== null) {
        last = summary.asOf;
        record.played.push({ date: summary.asOf, completedKm: summary.completedKm });
      }
      record.recording = requestAnimationFrame(check);
    };
    record.recording = requestAnimationFrame(check);
  });
}

async function played(page: Page): Promise<{ date: string; completedKm: number }[]> {
  return page.evaluate(
    () => (window as unknown as { played: { date: string; completedKm: number }[] }).played,
  );
}

describe('year playback', () => {
  const app = useSharedApp('?lang=en', wideViewport);

  test('Play steps month by month to the latest, the figures following, then stops', async () => {
    const { page, errors } = app();
    const result = await page.evaluate(
      (text) => window.roadboard.loadProgress(new File([text], 'S209.csv'), 'S209.csv'),
      sheet,
    );
    expect(result.ok).toBe(true);
    expect(await page.evaluate(() => window.roadboard.asOfDates)).toEqual([
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
    ]);
    const controls = page.getByRole('group', { name: 'Play', exact: true });
    await expect.poll(() => controls.isVisible()).toBe(true);
    await controls.getByRole('combobox').selectOption('4');
    await recordPlayback(page);
    const start = Date.now();
    await controls.getByRole('button', { name: /Play/ }).click();
    await expect
      .poll(() => controls.getByRole('button').first().getAttribute('aria-pressed'))
      .toBe('true');
    // Seven month ends (March to September) at 4 a second, then it stops at the latest.
    await expect
      .poll(() => controls.getByRole('button').first().getAttribute('aria-pressed'), {
        timeout: 10_000,
      })
      .toBe('false');
    const elapsedMs = Date.now() - start;
    expect(elapsedMs).toBeGreaterThanOrEqual(1400);
    // The figures follow the last date a frame after the map takes it in.
    await expect
      .poll(async () => (await played(page)).map((step) => step.date))
      .toEqual(['2023-03-31', '2023-06-30', '2023-09-30']);
    const steps = await played(page);
    // Road built grows as the stretch is built: a quarter, five eighths, all of it.
    const [first, second, third] = steps.map((step) => step.completedKm);
    expect(second! - first!).toBeCloseTo(0.75, 2);
    expect(third! - second!).toBeCloseTo(0.75, 2);
    await screenshot(page, 'playback-1920');
    expect(errors).toEqual([]);
  });

  test('pause keeps the date; loop starts again from the first month', async () => {
    const { page } = app();
    const controls = page.getByRole('group', { name: 'Play', exact: true });
    await controls.getByRole('combobox').selectOption('2');
    await recordPlayback(page);
    await controls.getByRole('button', { name: /Play/ }).click();
    await expect.poll(async () => (await played(page)).length).toBeGreaterThanOrEqual(1);
    await controls.getByRole('button', { name: /Pause/ }).click();
    const paused = await played(page);
    await page.waitForTimeout(1200);
    expect(await played(page)).toEqual(paused);
    expect(paused.at(-1)?.date).toBe('2023-03-31');
    // Loop: past the latest it comes back to March.
    await controls.getByLabel('Loop').check();
    await controls.getByRole('combobox').selectOption('4');
    await controls.getByRole('button', { name: /Play/ }).click();
    await expect
      .poll(async () => (await played(page)).map((step) => step.date).join(' '), {
        timeout: 10_000,
      })
      .toContain('2023-09-30 2023-03-31');
    await controls.getByRole('button', { name: /Pause/ }).click();
  });

  test('playback runs in presentation mode, the date in the title bar following', async () => {
    const { page, errors } = app();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const controls = page.getByRole('group', { name: 'Play', exact: true });
    await expect.poll(() => controls.isVisible()).toBe(true);
    const asOf = page.locator('[data-as-of]');
    await controls.getByLabel('Loop').uncheck();
    await controls.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => asOf.getAttribute('data-as-of')).toMatch(/^2023-0[3-8]-\d\d$/);
    await expect
      .poll(() => asOf.getAttribute('data-as-of'), { timeout: 10_000 })
      .toBe('2023-09-30');
    await screenshot(page, 'playback-present-1920');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
