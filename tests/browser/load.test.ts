import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseStyle } from '../../src/style/baseStyle.ts';
import { HIGHLIGHT_SOURCE } from '../../src/style/ids.ts';
import { palette } from '../../src/style/palette.ts';
import { countMapPixels, settle, useSharedApp } from './appHelpers.ts';
import { openApp, useBrowser } from './harness.ts';
import { downloadCurrentData } from './openDataHelpers.ts';

useBrowser();

/** How many distinct roads and route codes the map shows. */
function renderedFeatures(page: Page): Promise<{ roads: number; labels: number }> {
  return page.evaluate(async () => {
    await window.roadboard.setMode(window.roadboard.mode);
    const map = window.roadboard.map!;
    const ids = (layer: string) =>
      new Set(map.queryRenderedFeatures({ layers: [layer] }).map((feature) => feature.id)).size;
    return { roads: ids('road-line'), labels: ids('route-labels') };
  });
}

/** Each GeoJSON source's data: its address where it is one, else its type. */
function sourceData(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const sources = window.roadboard.map!.getStyle().sources;
    return Object.fromEntries(
      Object.entries(sources).flatMap(([id, source]) =>
        source.type === 'geojson'
          ? [[id, typeof source.data === 'string' ? source.data : typeof source.data]]
          : [],
      ),
    );
  });
}

describe('first load of the sample county', () => {
  const app = useSharedApp('?lang=en');

  test('loads with no page error and no request leaving the origin', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });

  test('marks roadboard:data-ready, then roadboard:map-idle, then roadboard:all-drawn', async () => {
    const marks = await app().page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('roadboard:'))
        .map((mark) => ({ name: mark.name, startTime: mark.startTime })),
    );
    const names = marks.map((mark) => mark.name);
    expect(names).toContain('roadboard:data-ready');
    expect(names).toContain('roadboard:map-idle');
    const dataReady = marks.find((mark) => mark.name === 'roadboard:data-ready')!;
    const mapIdle = marks.find((mark) => mark.name === 'roadboard:map-idle')!;
    expect(mapIdle.startTime).toBeGreaterThanOrEqual(dataReady.startTime);
    // Route codes, points and completed parts come after the roads' first idle.
    const allDrawn = marks.find((mark) => mark.name === 'roadboard:all-drawn');
    expect(allDrawn?.startTime).toBeGreaterThanOrEqual(mapIdle.startTime);
  });

  test('route codes, points and context, added after the roads, take their places in the stack', async () => {
    const layers = await app().page.evaluate(() =>
      window.roadboard.map!.getStyle().layers.map((layer) => layer.id),
    );
    // The halo comes with the first highlighted road, in its place too (halo.test.ts).
    const expected = baseStyle(palette, {}).layers.filter(
      (layer) => !('source' in layer && layer.source === HIGHLIGHT_SOURCE),
    );
    expect(layers).toEqual(expected.map((layer) => layer.id));
  });

  test('MapLibre’s worker reads the GeoJSON itself, not through the page (rbblob:)', async () => {
    const sources = await app().page.evaluate(() => {
      const map = window.roadboard.map!;
      return ['roads', 'labels'].map((id) => {
        const data = (
          map.getSource(id) as unknown as { serialize(): { data: unknown } }
        ).serialize().data;
        return typeof data === 'string' ? data : typeof data;
      });
    });
    for (const data of sources) expect(data).toMatch(/^rbblob:\/\/blob:http/);
  });

  test('with ?workerBlobs=0, plain GeoJSON sources draw the same roads, without blob-protocol.mjs', async () => {
    const reference = await renderedFeatures(app().page);
    // Answered 404: had the page loaded it, a warning and an error would say so.
    const plain = await openApp('?lang=en&workerBlobs=0', undefined, {
      missingPaths: ['/blob-protocol.mjs'],
    });
    expect(plain.errors).toEqual([]);
    expect(
      plain.warnings.filter((warning) => /blob-protocol|through the page/.test(warning)),
    ).toEqual([]);
    expect(await sourceData(plain.page)).toEqual({
      context: 'object',
      roads: 'object',
      labels: 'object',
      points: 'object',
    });
    expect(await renderedFeatures(plain.page)).toEqual(reference);
    expect(reference.roads).toBeGreaterThan(1000);
    expect(reference.labels).toBeGreaterThan(5);
    await plain.close();
  });

  test('"Download" saves the sample as contract GeoJSON, built after the map has its data', async () => {
    const downloaded = await downloadCurrentData(app().page);
    const lines = downloaded.features.filter((feature) => feature.geometry.type !== 'Point');
    const points = downloaded.features.filter((feature) => feature.geometry.type === 'Point');
    expect(lines).toHaveLength(2318);
    expect(points).toHaveLength(17);
    expect(Object.keys(lines[0]!.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'class', 'status', 'towns']),
    );
  });

  test('says the sample is sample data with synthetic geometry', async () => {
    const notice = app().page.getByText('Sample data, synthetic geometry', { exact: true });
    await expect.poll(() => notice.isVisible()).toBe(true);
  });

  test('draws the roads in the status colours', async () => {
    const { page } = app();
    const wanted = {
      existing: palette.status.existing,
      construction: palette.status.construction,
      open: palette.status.open,
    };
    const counts = await countMapPixels(page, wanted);
    // Enough pixels of each colour for a few lines drawn, not a stray anti-aliased edge.
    expect(counts.existing).toBeGreaterThan(200);
    expect(counts.construction).toBeGreaterThan(100);
    expect(counts.open).toBeGreaterThan(100);

    // The colours come from the roads: filtering to the open roads takes the others away.
    await page.evaluate(() => window.roadboard.setFilter({ statuses: ['open'] }));
    const openOnly = await countMapPixels(page, wanted);
    expect(openOnly.open).toBeGreaterThan(counts.open * 0.8);
    expect(openOnly.existing).toBeLessThan(counts.existing * 0.2);
    expect(openOnly.construction).toBeLessThan(counts.construction * 0.2);

    await page.evaluate(() => window.roadboard.setFilter({}));
    await settle(page);
    const restored = await countMapPixels(page, wanted);
    expect(restored).toEqual(counts);
  });

  test('nothing failed or left the origin afterwards either', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});

describe('where MapLibre’s workers cannot load their reader (blob-protocol.mjs)', () => {
  test('the page decodes the binary features into plain sources, and the map draws', async () => {
    const app = await openApp('?lang=en', undefined, { missingPaths: ['/blob-protocol.mjs'] });
    const { page } = app;
    expect(app.warnings).toContainEqual(
      expect.stringMatching(/^MapLibre workers read their data through the page/),
    );
    // The missing file may be reported as a failed load, and nothing else.
    for (const error of app.errors) expect(error).toMatch(/404|blob-protocol\.mjs/);
    expect(await sourceData(page)).toMatchObject({ roads: 'object', labels: 'object' });
    const rendered = await renderedFeatures(page);
    expect(rendered.roads).toBeGreaterThan(1000);
    expect(rendered.labels).toBeGreaterThan(5);
    const counts = await countMapPixels(page, {
      existing: palette.status.existing,
      open: palette.status.open,
    });
    expect(counts.existing).toBeGreaterThan(200);
    expect(counts.open).toBeGreaterThan(100);
    const summary = await page.evaluate(() => window.roadboard.summary());
    expect(summary.segments).toBe(2318);
    await app.close();
  });
});
