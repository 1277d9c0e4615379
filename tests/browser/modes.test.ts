import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ColorMode } from '../../src/domain/types.ts';
import { filterExpression, statusColor } from '../../src/style/expressions.ts';
import { legendBuckets } from '../../src/style/legendItems.ts';
import { palette } from '../../src/style/palette.ts';
import { modeStyle } from '../../src/style/roadLayers.ts';
import { settle, useSharedApp } from './appHelpers.ts';
import { useBrowser } from './harness.ts';

useBrowser();

const MODE_NAMES: Record<ColorMode, string> = {
  status: 'Build status',
  completion: 'Completion',
  guard: 'Safety guard coverage',
};

interface SourceWatch {
  /** `data` events of GeoJSON sources whose content changed (setData / updateData). */
  contentEvents: string[];
  /** Calls of setData / updateData on the app's GeoJSON sources. */
  dataCalls: string[];
}

declare global {
  interface Window {
    sourceWatch?: SourceWatch;
  }
}

/** Starts recording every rebuild of a GeoJSON source's data. */
async function watchSources(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = window.roadboard.map!;
    const watch: SourceWatch = { contentEvents: [], dataCalls: [] };
    window.sourceWatch = watch;
    map.on('data', (event) => {
      const data = event as unknown as {
        dataType?: string;
        sourceDataType?: string;
        sourceId?: string;
      };
      if (data.dataType === 'source' && data.sourceDataType === 'content') {
        watch.contentEvents.push(data.sourceId ?? '?');
      }
    });
    for (const id of ['roads', 'progress', 'labels', 'points']) {
      const source = map.getSource(id) as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      for (const method of ['setData', 'updateData']) {
        const original = source[method]!.bind(source);
        source[method] = (...args: unknown[]) => {
          watch.dataCalls.push(`${id}.${method}`);
          return original(...args);
        };
      }
    }
  });
}

async function takeSourceWatch(page: Page): Promise<SourceWatch> {
  return page.evaluate(() => {
    const watch = window.sourceWatch!;
    const copy = { contentEvents: [...watch.contentEvents], dataCalls: [...watch.dataCalls] };
    watch.contentEvents.length = 0;
    watch.dataCalls.length = 0;
    return copy;
  });
}

async function legendState(page: Page) {
  const legend = page.getByRole('region', { name: 'Legend', exact: true });
  return {
    heading: (await legend.getByRole('heading').first().textContent())?.trim() ?? '',
    buckets: await legend
      .locator('button[data-bucket]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-bucket'))),
    counts: await legend
      .locator('button[data-bucket] .count')
      .evaluateAll((spans) => spans.map((span) => Number(span.textContent))),
  };
}

/** The road line's colour and the completed part's visibility. */
async function roadLayerStyle(page: Page) {
  return page.evaluate(() => {
    const map = window.roadboard.map!;
    return {
      // A hidden layer may be out of the map altogether.
      visibility: {
        'road-progress': map.getLayer('road-progress')
          ? map.getLayoutProperty('road-progress', 'visibility')
          : 'none',
      },
      color: map.getPaintProperty('road-line', 'line-color'),
      filter: map.getFilter('road-line'),
      mode: window.roadboard.mode,
      segments: window.roadboard.summary().segments,
    };
  });
}

/** How many completed parts are drawn on screen (none while their layer is out of the map). */
async function drawnCompletedParts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.roadboard.map!;
    if (!map.getLayer('road-progress')) return 0;
    return map.queryRenderedFeatures({ layers: ['road-progress'] }).length;
  });
}

/** The `status` values of the roads drawn on screen. */
async function drawnStatuses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] });
    return [...new Set(features.map((feature) => String(feature.properties.status)))].sort();
  });
}

describe('colour modes', () => {
  const app = useSharedApp('?lang=en');

  beforeAll(async () => {
    const { page } = app();
    // The completed parts load once, after the first idle: watch from when they are in.
    await page.waitForFunction(() => {
      const map = window.roadboard.map!;
      const data = (
        map.getSource('progress') as unknown as { serialize(): { data: unknown } }
      ).serialize().data;
      return typeof data === 'string' && map.isSourceLoaded('progress');
    });
    await watchSources(page);
  });

  test('opens in build status mode', async () => {
    const { page } = app();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Build status', exact: true }).isChecked())
      .toBe(true);
    const style = await roadLayerStyle(page);
    expect(style.mode).toBe('status');
    // Status colours, under the hover and selection colours (feature-state).
    expect((style.color as unknown[]).at(-1)).toEqual(statusColor(palette));
    expect(style.visibility).toEqual(modeStyle('status', palette).visibility);
    expect((await legendState(page)).buckets).toEqual([...legendBuckets('status')]);
  });

  const colors = new Map<ColorMode, unknown>();
  for (const mode of ['completion', 'guard', 'status'] as const) {
    test(`"${MODE_NAMES[mode]}" restyles the roads and the legend without rebuilding data`, async () => {
      const { page } = app();
      const group = page.getByRole('radiogroup', { name: 'Color by', exact: true });
      const radio = group.getByRole('radio', { name: MODE_NAMES[mode], exact: true });
      await radio.click();
      await expect.poll(() => radio.isChecked()).toBe(true);
      await settle(page);

      const style = await roadLayerStyle(page);
      expect(style.mode).toBe(mode);
      // The road line takes the mode's colours; the completed part shows in completion mode.
      expect(style.color).toEqual(modeStyle(mode, palette).lineColor['road-line']);
      expect(style.visibility).toEqual(modeStyle(mode, palette).visibility);
      colors.set(mode, style.color);
      // The completed parts are drawn (laid out again) in completion mode, and only there.
      const drawnParts = await drawnCompletedParts(page);
      if (mode === 'completion') expect(drawnParts).toBeGreaterThan(0);
      else expect(drawnParts).toBe(0);

      const legend = await legendState(page);
      expect(legend.heading).toContain(MODE_NAMES[mode]);
      expect(legend.buckets).toEqual([...legendBuckets(mode)]);
      // Every segment is in exactly one bucket of the mode.
      expect(legend.counts.reduce((sum, count) => sum + count, 0)).toBe(style.segments);

      // The address follows once the page is idle.
      await expect
        .poll(() => new URL(page.url()).searchParams.get('mode'))
        .toBe(mode === 'status' ? null : mode);

      // Restyled, not reloaded: no source got new data.
      expect(await takeSourceWatch(page)).toEqual({ contentEvents: [], dataCalls: [] });
    });
  }

  test('the three modes colour the roads differently', () => {
    const [status, completion, guard] = ['status', 'completion', 'guard'].map((mode) =>
      JSON.stringify(colors.get(mode as ColorMode)),
    );
    expect(new Set([status, completion, guard]).size).toBe(3);
  });

  test('completion mode draws the completed parts again after the other modes', async () => {
    const { page } = app();
    for (const mode of ['completion', 'guard', 'completion', 'status'] as const) {
      await page.evaluate((next) => window.roadboard.setMode(next), mode);
      if (mode === 'completion') expect(await drawnCompletedParts(page), mode).toBeGreaterThan(0);
      else expect(await drawnCompletedParts(page), mode).toBe(0);
    }
    // Still only restyled: the completed parts' data went to MapLibre once.
    expect((await takeSourceWatch(page)).dataCalls).toEqual([]);
  });

  test('the rebuild watch does see a GeoJSON source getting data', async () => {
    const { page } = app();
    const seen = await page.evaluate(async () => {
      const map = window.roadboard.map!;
      const watch = window.sourceWatch!;
      const sawProbe = async () => {
        for (let waited = 0; waited < 10_000 && !watch.contentEvents.includes('probe');) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          waited += 20;
        }
      };
      map.addSource('probe', {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      });
      await sawProbe();
      watch.contentEvents.length = 0;
      const probe = map.getSource('probe') as unknown as { setData(data: unknown): void };
      probe.setData({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [105, 31] },
          },
        ],
      });
      await sawProbe();
      map.removeSource('probe');
      return [...watch.contentEvents];
    });
    expect(seen).toContain('probe');
    await takeSourceWatch(page);
  });

  test('a legend entry hides and shows its roads', async () => {
    const { page } = app();
    await page.evaluate(() => window.roadboard.setMode('status'));
    expect(await drawnStatuses(page)).toContain('construction');
    const entry = page
      .getByRole('region', { name: 'Legend', exact: true })
      .locator('button[data-bucket="construction"]');
    await expect.poll(() => entry.getAttribute('aria-pressed')).toBe('true');

    await entry.click();
    await expect.poll(() => entry.getAttribute('aria-pressed')).toBe('false');
    await settle(page);
    const hidden = await roadLayerStyle(page);
    expect(hidden.filter).toEqual(
      filterExpression({}, { mode: 'status', buckets: ['construction'] }),
    );
    const drawnWhileHidden = await drawnStatuses(page);
    expect(drawnWhileHidden).not.toContain('construction');
    expect(drawnWhileHidden).toContain('open');
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('construction');

    await entry.click();
    await expect.poll(() => entry.getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    expect((await roadLayerStyle(page)).filter).toEqual(
      filterExpression({}, { mode: 'status', buckets: [] }),
    );
    expect(await drawnStatuses(page)).toContain('construction');
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBeNull();
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
