import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ColorMode } from '../../src/domain/types.ts';
import { ROAD_TILE_BUFFER_PX } from '../../src/style/baseStyle.ts';
import { filterExpression, statusColor } from '../../src/style/expressions.ts';
import { legendBuckets } from '../../src/style/legendItems.ts';
import { palette } from '../../src/style/palette.ts';
import { FAINT_OPACITY, roadLineColor } from '../../src/style/roadLayers.ts';
import { countMapPixels, hexToRgb, settle, useSharedApp } from './appHelpers.ts';
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
    for (const id of ['roads', 'labels', 'points']) {
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

/** The road line's colour and filter, and the mode and segment count the app reports. */
async function roadLayerStyle(page: Page) {
  return page.evaluate(() => {
    const map = window.roadboard.map!;
    return {
      layers: map.getLayersOrder(),
      color: map.getPaintProperty('road-line', 'line-color'),
      filter: map.getFilter('road-line'),
      mode: window.roadboard.mode,
      segments: window.roadboard.summary().segments,
    };
  });
}

/**
 * Runs `measure` with every layer but the background and the road line hidden, then shows
 * them again and waits for the map.
 */
async function withOnlyRoadLine<Result>(
  page: Page,
  measure: () => Promise<Result>,
): Promise<Result> {
  const hidden = await page.evaluate(() => {
    const map = window.roadboard.map!;
    const others = map.getLayersOrder().filter((id) => id !== 'road-line' && id !== 'background');
    for (const id of others) map.setLayoutProperty(id, 'visibility', 'none');
    return others;
  });
  await settle(page);
  try {
    return await measure();
  } finally {
    await page.evaluate((ids) => {
      const map = window.roadboard.map!;
      for (const id of ids) map.setLayoutProperty(id, 'visibility', 'visible');
    }, hidden);
    await settle(page);
  }
}

/**
 * Pixels of the road line in the solid and the faint colour of a partly-built completion
 * bucket.
 */
async function partlyBuiltPixels(page: Page): Promise<{ solid: number; faint: number }> {
  // Faint: the colour at FAINT_OPACITY over the background, as the canvas shows it.
  const bucket = palette.completion.half;
  const background = hexToRgb(palette.background);
  const faint = `#${hexToRgb(bucket)
    .map((channel, index) =>
      Math.round(channel * FAINT_OPACITY + background[index]! * (1 - FAINT_OPACITY)),
    )
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
  return withOnlyRoadLine(page, () => countMapPixels(page, { solid: bucket, faint }, 3));
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
    // The route codes and points load after the first idle: watch from when they are in.
    await page.waitForFunction(() => {
      const map = window.roadboard.map!;
      return ['labels', 'points'].every((id) => map.getSource(id) && map.isSourceLoaded(id));
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
    // Status colours; hover and selection draw a halo around the road, not a colour of it.
    expect(style.color).toEqual(statusColor(palette));
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
      // The road line takes the mode's colours; no layer of the roads comes or goes (the halo
      // draws from a source of its own, in the map from the first highlight on).
      expect(style.color).toEqual(roadLineColor(mode, palette));
      expect(style.layers.filter((id) => id.startsWith('road') && id !== 'road-halo')).toEqual([
        'road-line',
      ]);
      colors.set(mode, style.color);

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

  test('completion mode draws the built part of a partly built road solid, the rest faint', async () => {
    const { page } = app();
    // A partly built segment is drawn as two lines with its id: built, then unbuilt.
    const pieces = await page.evaluate(() => {
      const features = window.roadboard.map!.querySourceFeatures('roads');
      const byId = new Map<number, Set<string>>();
      for (const feature of features) {
        const id = feature.id as number;
        if (!byId.has(id)) byId.set(id, new Set());
        byId.get(id)!.add(String(feature.properties.piece));
      }
      return [...byId.values()].map((set) => [...set].sort().join('+'));
    });
    expect(pieces).toContain('built+unbuilt');
    expect(pieces).toContain('whole');
    expect(pieces.every((kinds) => kinds === 'whole' || kinds === 'built+unbuilt')).toBe(true);

    const counts: Record<string, { solid: number; faint: number }> = {};
    for (const [at, mode] of (['completion', 'guard', 'completion', 'status'] as const).entries()) {
      await page.evaluate((next) => window.roadboard.setMode(next), mode);
      counts[`${at} ${mode}`] = await partlyBuiltPixels(page);
    }
    for (const [step, pixels] of Object.entries(counts)) {
      if (step.endsWith('completion')) {
        expect(pixels.solid, step).toBeGreaterThan(100);
        expect(pixels.faint, step).toBeGreaterThan(100);
      } else {
        // The other modes have no such colours but for a few antialiased edges.
        expect(pixels.solid + pixels.faint, step).toBeLessThan(counts['0 completion']!.solid / 5);
      }
    }
    // Only restyled: no source got new data.
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

  test('road tiles with the small buffer draw the same picture as MapLibre’s default buffer', async () => {
    const { page } = app();
    /**
     * Draws the map at a camera and keeps its pixels under `key` in the page; with `compareTo`,
     * returns how many pixels differ from those kept under that key by more than 16 in a
     * channel, and how many are not background.
     */
    const roadPixels = (
      camera: { center: [number, number]; zoom: number },
      key: string,
      compareTo?: string,
    ) =>
      page.evaluate(
        ({ camera, key, compareTo }) =>
          new Promise<{ differing: number; drawn: number }>((resolve) => {
            const map = window.roadboard.map!;
            const kept = ((window as unknown as { kept?: Record<string, Uint8Array> }).kept ??= {});
            map.jumpTo(camera);
            map.once('idle', () => {
              map.once('render', () => {
                const gl = map.getCanvas().getContext('webgl2')!;
                const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
                const pixels = new Uint8Array(width * height * 4);
                gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
                kept[key] = pixels;
                const other = compareTo ? kept[compareTo]! : pixels;
                let differing = 0;
                let drawn = 0;
                for (let at = 0; at < pixels.length; at += 4) {
                  let channels = 0;
                  for (let channel = 0; channel < 3; channel++) {
                    if (Math.abs(pixels[at + channel]! - other[at + channel]!) > 16) channels++;
                  }
                  if (channels > 0) differing++;
                  if (pixels[at] !== pixels[0] || pixels[at + 1] !== pixels[1]) drawn++;
                }
                resolve({ differing, drawn });
              });
              map.triggerRepaint();
            });
            map.triggerRepaint();
          }),
        { camera, key, compareTo },
      );
    /** Replaces the roads source by one like it with another tile buffer. */
    const withBuffer = (buffer: number) =>
      page.evaluate((buffer) => {
        const map = window.roadboard.map!;
        const style = map.getStyle();
        // The road line, in its place.
        const layers = style.layers.filter(
          (layer) => 'source' in layer && layer.source === 'roads',
        );
        const last = style.layers.indexOf(layers.at(-1)!);
        const before = style.layers[last + 1]?.id;
        for (const layer of layers) map.removeLayer(layer.id);
        map.removeSource('roads');
        map.addSource('roads', { ...style.sources.roads!, buffer } as never);
        for (const layer of layers) map.addLayer(layer, before);
      }, buffer);
    const start = await page.evaluate(() => {
      const map = window.roadboard.map!;
      return { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
    });
    const cameras = [start, { center: start.center, zoom: start.zoom + 3.4 }];
    await withOnlyRoadLine(page, async () => {
      for (const [at, camera] of cameras.entries()) await roadPixels(camera, `small-${at}`);
      await withBuffer(128);
      for (const [at, camera] of cameras.entries()) {
        const { differing, drawn } = await roadPixels(camera, `large-${at}`, `small-${at}`);
        // Roads are drawn, and (but for a rare antialiased pixel at a tile's edge) alike.
        expect(drawn, `camera ${at}`).toBeGreaterThan(5000);
        expect(differing, `camera ${at}`).toBeLessThanOrEqual(drawn / 1000);
      }
      await withBuffer(ROAD_TILE_BUFFER_PX);
      await page.evaluate((camera) => window.roadboard.map!.jumpTo(camera), start);
    });
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
