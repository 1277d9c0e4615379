/**
 * A tile set of `npm run tiles` in a real MapLibre: plain MapLibre in Chromium reads the
 * PMTiles archive through the `pmtiles` protocol (HTTP range requests to a static server) and
 * draws its vector tiles: the highways alone at zoom 6, every road at zoom 14, features with the
 * app's properties and their segment index as id. A screenshot at zoom 11 is kept.
 */
import { createReadStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';
import { buildTileSet } from '../../scripts/tiles/tileSet.ts';
import type { TilesManifest } from '../../src/contract/tilesManifest.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const setFolder = 'tests/output/tile-set-render';
const screenshots = join(root, 'tests/output/screenshots');
/** What the server hands out: the page, the libraries it imports, the tile set. */
const SERVED = [
  'tests/fixtures/tiles/',
  'node_modules/maplibre-gl/dist/',
  'node_modules/pmtiles/dist/',
  'node_modules/fflate/esm/',
  `${setFolder}/`,
];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};
const SEGMENTS = 2000;

let server: Server;
let origin = '';
let browser: Browser;
let manifest: TilesManifest;

/** A static server that answers range requests, as a CDN does for a PMTiles archive. */
function serve(): Promise<void> {
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const relative = path.replace(/^\/+/, '');
    if (relative === 'favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!SERVED.some((folder) => relative.startsWith(folder))) {
      response.writeHead(404).end();
      return;
    }
    const file = join(root, relative);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      response.writeHead(404).end();
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
    };
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      response.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
      });
      createReadStream(file, { start, end }).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'Content-Length': size });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') origin = `http://127.0.0.1:${address.port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  const folder = join(root, setFolder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const input = join(folder, 'network.geojson');
  writeFileSync(input, JSON.stringify(generateNetwork({ segmentCount: SEGMENTS, seed: 3 })));
  const built = await buildTileSet([input], folder, () => {});
  if (!built.ok) throw new Error('the tile set was not built');
  manifest = built.manifest;
  await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(join(root, setFolder), { recursive: true, force: true });
});

interface DrawnFeature {
  id: number | string | undefined;
  properties: Record<string, unknown>;
}

/** Opens the page at a zoom over the set's middle; resolves once the map is idle. */
async function openAt(zoom: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const [west, south, east, north] = manifest.bounds;
  const query = new URLSearchParams({
    set: setFolder,
    lon: String((west + east) / 2),
    lat: String((south + north) / 2),
    zoom: String(zoom),
  });
  await page.goto(`${origin}/tests/fixtures/tiles/page.html?${query.toString()}`);
  await page.waitForFunction(() => 'mapIdle' in window, null, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { mapIdle: Promise<void> }).mapIdle);
  return { page, errors };
}

/** The features of a source layer in the tiles MapLibre has loaded. */
function sourceFeatures(page: Page, sourceLayer: string): Promise<DrawnFeature[]> {
  return page.evaluate((layer) => {
    const map = (window as unknown as { map: MapLibreMap }).map;
    return map
      .querySourceFeatures('roads', { sourceLayer: layer })
      .map((feature) => ({ id: feature.id, properties: feature.properties }));
  }, sourceLayer);
}

describe('a tile set in plain MapLibre', () => {
  test('zoom 6 draws the highways alone', async () => {
    const { page, errors } = await openAt(6);
    const roads = await sourceFeatures(page, 'roads');
    expect(roads.length).toBeGreaterThan(0);
    const classes = new Set(roads.map((road) => road.properties.class));
    expect([...classes].sort()).toEqual(['expressway', 'national', 'provincial']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('zoom 14 draws every class, with the segment index as id and the app’s properties', async () => {
    const { page, errors } = await openAt(14);
    const roads = await sourceFeatures(page, 'roads');
    expect(roads.length).toBeGreaterThan(0);
    for (const road of roads) {
      expect(Number.isInteger(road.id)).toBe(true);
      expect(Number(road.id)).toBeLessThan(SEGMENTS);
      expect(road.properties).toHaveProperty('status');
      expect(road.properties).toHaveProperty('completionBucket');
      expect(road.properties).toHaveProperty('piece');
    }
    expect(new Set(roads.map((road) => road.properties.class)).has('village')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('zoom 11 looks like the network (screenshot)', async () => {
    const { page, errors } = await openAt(11);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'tile-set-z11.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
