/**
 * Nothing lost: the dataset the user opened comes back after a reload (it is kept in
 * IndexedDB), and "Back to the sample county" forgets it for good.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSharedApp } from './appHelpers.ts';
import { useBrowser } from './harness.ts';
import {
  dataPanel,
  drawnIds,
  fixturePath,
  goodNetwork,
  openThroughInput,
  textOf,
  waitForAppReady,
} from './openDataHelpers.ts';

useBrowser();

const SAMPLE_SEGMENTS = 2318;
const network = goodNetwork();

async function segments(page: Page): Promise<number> {
  return page.evaluate(() => window.roadboard.summary().segments);
}

/** Reloads the page and waits until the app is ready again. */
async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await waitForAppReady(page);
}

function backToSample(page: Page) {
  return dataPanel(page).getByRole('button', { name: 'Back to the sample county' });
}

describe('the opened dataset survives a reload', () => {
  const app = useSharedApp('?lang=en');

  test('an opened file is back after a reload', async () => {
    const { page, errors } = app();
    expect(await segments(page)).toBe(SAMPLE_SEGMENTS);
    expect(await backToSample(page).count()).toBe(0);
    const report = await openThroughInput(page, fixturePath('good.geojson'));
    expect(await textOf(report)).toContain(`${network.length} segments loaded, 0 skipped`);

    await reload(page);
    expect(await segments(page)).toBe(network.length);
    const ids = await page.evaluate(() =>
      window.roadboard.map!.querySourceFeatures('roads').map((feature) => feature.properties.id),
    );
    expect(ids).toContain(network[0]!.properties.id);
    expect(await drawnIds(page)).toEqual(network.map((feature) => feature.properties.id).sort());
    expect(await backToSample(page).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('"Back to the sample county" returns the sample, also after another reload', async () => {
    const { page, errors } = app();
    await backToSample(page).click();
    await expect.poll(() => segments(page), { timeout: 30_000 }).toBe(SAMPLE_SEGMENTS);
    await expect.poll(() => backToSample(page).count()).toBe(0);

    await reload(page);
    expect(await segments(page)).toBe(SAMPLE_SEGMENTS);
    expect(await backToSample(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
