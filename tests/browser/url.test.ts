import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addressWritten,
  findRoadOnScreen,
  highlightOf,
  settle,
  useSharedApp,
  waitForCameraRest,
} from './appHelpers.ts';
import { openApp, useBrowser } from './harness.ts';

useBrowser();

/** What a link must carry: read from the page, not from the URL. */
async function viewOf(page: Page) {
  return page.evaluate(() => {
    const map = window.roadboard.map!;
    const { lng, lat } = map.getCenter();
    const legend = document.querySelector('section[aria-label="Legend"]');
    const hidden = [...(legend?.querySelectorAll('button[data-bucket]') ?? [])]
      .filter((button) => button.getAttribute('aria-pressed') === 'false')
      .map((button) => button.getAttribute('data-bucket'));
    return {
      mode: window.roadboard.mode,
      summary: window.roadboard.summary(),
      filter: map.getFilter('road-line'),
      hidden,
      camera: { lng, lat, zoom: map.getZoom() },
    };
  });
}

describe('a copied link reopens the same view', () => {
  const app = useSharedApp('?lang=en');
  let href = '';
  let before: Awaited<ReturnType<typeof viewOf>>;
  let selected: { id: string; index: number };

  test('select a segment, set a mode, a filter, a hidden legend entry and a camera', async () => {
    const { page } = app();
    const target = await findRoadOnScreen(
      page,
      ['expressway', 'national', 'provincial'],
      ['construction'],
    );
    expect(target.status).toBe('construction');
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe(target.id);
    selected = { id: target.id, index: target.index };

    await page
      .getByRole('radiogroup', { name: 'Color by', exact: true })
      .getByRole('radio', { name: 'Safety guard coverage', exact: true })
      .click();
    await page
      .getByRole('region', { name: 'Filters', exact: true })
      .getByRole('group', { name: 'Build status', exact: true })
      .getByText('Under construction', { exact: true })
      .click();
    await page
      .getByRole('region', { name: 'Legend', exact: true })
      .locator('button[data-bucket="not-required"]')
      .click();
    await settle(page);

    // Pan by dragging the map, then zoom with the wheel, as a user would.
    await page.mouse.move(target.x + 30, target.y + 30);
    await page.mouse.down();
    await page.mouse.move(target.x + 10, target.y + 50, { steps: 5 });
    await page.mouse.move(target.x - 20, target.y + 70, { steps: 5 });
    await page.mouse.up();
    await waitForCameraRest(page);
    const zoomOf = () => page.evaluate(() => window.roadboard.map!.getZoom());
    const zoomBefore = await zoomOf();
    await page.mouse.wheel(0, -240);
    await expect.poll(zoomOf).toBeGreaterThan(zoomBefore + 0.1);
    await waitForCameraRest(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe(target.id);

    before = await viewOf(page);
    await addressWritten(page);
    href = page.url();
    const params = new URL(href).searchParams;
    expect(params.get('mode')).toBe('guard');
    expect(params.get('status')).toBe('construction');
    expect(params.get('hide')).toBe('not-required');
    expect(params.get('lang')).toBe('en');
    const [zoom, latitude, longitude] = (params.get('map') ?? '').split('/').map(Number);
    expect(Math.abs(zoom! - before.camera.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(latitude! - before.camera.lat)).toBeLessThan(1e-5);
    expect(Math.abs(longitude! - before.camera.lng)).toBeLessThan(1e-5);
    expect(before.hidden).toEqual(['not-required']);
    expect(Object.keys(before.summary.byStatus)).toEqual(['construction']);
    expect(app().errors).toEqual([]);
  });

  test('opening the link in a new page restores all of it', async () => {
    expect(href).not.toBe('');
    const reopened = await openApp(new URL(href).search);
    const { page } = reopened;
    const after = await viewOf(page);
    expect(after.mode).toBe('guard');
    expect(
      await page.getByRole('radio', { name: 'Safety guard coverage', exact: true }).isChecked(),
    ).toBe(true);
    expect(after.summary).toEqual(before.summary);
    expect(after.filter).toEqual(before.filter);
    expect(after.hidden).toEqual(before.hidden);
    expect(
      await page
        .getByRole('region', { name: 'Filters', exact: true })
        .getByRole('checkbox', { name: 'Under construction', exact: true })
        .isChecked(),
    ).toBe(true);

    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    await expect.poll(() => details.count()).toBe(1);
    expect((await details.locator('dt:text-is("ID") + dd').textContent())?.trim()).toBe(
      selected.id,
    );
    await expect.poll(() => highlightOf(page, selected.index)).toBe('selected');

    expect(Math.abs(after.camera.zoom - before.camera.zoom)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(after.camera.lat - before.camera.lat)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(after.camera.lng - before.camera.lng)).toBeLessThanOrEqual(1e-4);
    // The restored view writes the same link back.
    await expect.poll(() => page.url()).toBe(href);
    expect(reopened.errors).toEqual([]);
    expect(reopened.externalRequests).toEqual([]);
    await reopened.close();
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
