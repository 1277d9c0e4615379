/**
 * `npm run tiles` on a generated network: the columns file gives the figures of the GeoJSON
 * path (prepareDataset + segmentColumns) exactly, and the PMTiles archive, read with the
 * `pmtiles` library and decoded with `@mapbox/vector-tile`, holds at each zoom the roads,
 * route codes and points that zoom should, every tile under the budget.
 */
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PMTiles, FileSource, TileType } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';
import { buildTileSet, COUNTIES_FILE, TILE_SET_FILES } from '../../scripts/tiles/tileSet.ts';
import {
  CLASS_MIN_ZOOM,
  TILE_BUDGET_BYTES,
  TILE_MAX_ZOOM,
  TILE_MIN_ZOOM,
} from '../../scripts/tiles/tileZooms.ts';
import { prepareDataset, type PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
import { readInput } from '../../src/data/worker/readInput.ts';
import { mapInput } from '../../src/data/worker/mapInput.ts';
import { decodeColumns } from '../../src/data/tiles/columnsCodec.ts';
import {
  manifestProblem,
  openLocalTileSet,
  openTileSet,
} from '../../src/data/tiles/openTileSet.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { TILES_MANIFEST_NAME, type TilesManifest } from '../../src/contract/tilesManifest.ts';
import type { RoadClass } from '../../src/contract/roadNetwork.ts';

const SEGMENTS = 3000;
let folder = '';
let prepared: PreparedDataset;
let manifest: TilesManifest;
let archive: PMTiles;

/** Every tile of the archive, decoded, by zoom. */
const tilesByZoom = new Map<number, { x: number; y: number; tile: VectorTile; bytes: number }[]>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'roadboard-tiles-'));
  const network = generateNetwork({ segmentCount: SEGMENTS, seed: 20 });
  const input = join(folder, 'network.geojson');
  writeFileSync(input, JSON.stringify(network));
  const outcome = prepareDataset(JSON.parse(readFileSync(input, 'utf8')));
  if (!outcome.ok) throw new Error('the generated network does not validate');
  prepared = outcome.dataset;
  const built = await buildTileSet([input], join(folder, 'tiles'), () => {});
  if (!built.ok) throw new Error('the tile set was not built');
  manifest = JSON.parse(
    readFileSync(join(folder, 'tiles', TILES_MANIFEST_NAME), 'utf8'),
  ) as TilesManifest;
  const file = new File([await openAsBlob(join(folder, 'tiles', manifest.files.tiles))], 'x');
  archive = new PMTiles(new FileSource(file));
  const header = await archive.getHeader();
  // Every tile the zoom's grid over the bounds could hold, asked for through the reader.
  for (let zoom = header.minZoom; zoom <= header.maxZoom; zoom++) {
    const [left, top] = tileOf(header.minLon, header.maxLat, zoom);
    const [right, bottom] = tileOf(header.maxLon, header.minLat, zoom);
    const tiles: { x: number; y: number; tile: VectorTile; bytes: number }[] = [];
    for (let x = left - 1; x <= right + 1; x++) {
      for (let y = top - 1; y <= bottom + 1; y++) {
        const response = await archive.getZxy(zoom, x, y);
        if (!response) continue;
        const bytes = new Uint8Array(response.data);
        tiles.push({ x, y, tile: new VectorTile(new PbfReader(bytes)), bytes: bytes.length });
      }
    }
    tilesByZoom.set(zoom, tiles);
  }
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function tileOf(longitude: number, latitude: number, zoom: number): [number, number] {
  const size = 2 ** zoom;
  const sine = Math.sin((latitude * Math.PI) / 180);
  return [
    Math.floor(((longitude + 180) / 360) * size),
    Math.floor((0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * size),
  ];
}

/** The features of one layer over all tiles of a zoom. */
function layerFeatures(zoom: number, layer: string) {
  return (tilesByZoom.get(zoom) ?? []).flatMap(({ tile }) => {
    const found = tile.layers[layer];
    return found ? Array.from({ length: found.length }, (_, index) => found.feature(index)) : [];
  });
}

describe('the columns file', () => {
  test('decodes to the columns of the GeoJSON path, value for value', () => {
    const bytes = gunzipSync(readFileSync(join(folder, 'tiles', TILE_SET_FILES.columns)));
    expect(decodeColumns(bytes)).toEqual(segmentColumns(prepared.segments));
  });

  test('gives the counts and km of the GeoJSON path, unfiltered and filtered', () => {
    const bytes = gunzipSync(readFileSync(join(folder, 'tiles', TILE_SET_FILES.columns)));
    const fromTiles = new SegmentIndex(decodeColumns(bytes));
    const fromGeojson = new SegmentIndex(segmentColumns(prepared.segments));
    const all = fromTiles.summary(null);
    expect(all.segments).toBe(SEGMENTS);
    expect(all).toEqual(fromGeojson.summary(null));
    // The km of the measured segments, each to the millimetre as the columns keep it.
    const geojsonMm = prepared.segments.reduce(
      (sum, segment) => sum + Math.round(segment.lengthKm * 1e6),
      0,
    );
    expect(all.lengthKm).toBe(geojsonMm / 1e6);
    for (const filter of [
      { classes: ['county' as const] },
      { statuses: ['construction' as const] },
    ]) {
      expect(fromTiles.summary(fromTiles.kept(filter))).toEqual(
        fromGeojson.summary(fromGeojson.kept(filter)),
      );
      expect(fromTiles.bucketTotals('guard', fromTiles.kept(filter))).toEqual(
        fromGeojson.bucketTotals('guard', fromGeojson.kept(filter)),
      );
    }
  });
});

describe('the manifest', () => {
  test('names the files, the counts, the bounds and the contract version', () => {
    expect(manifest).toMatchObject({
      format: 'roadboard-tiles',
      contractVersion: 1,
      synthetic: true,
      minZoom: TILE_MIN_ZOOM,
      maxZoom: TILE_MAX_ZOOM,
      counts: { segments: SEGMENTS, points: prepared.points.features.length, skipped: 0 },
      files: TILE_SET_FILES,
    });
    expect(manifest.bounds).toEqual(prepared.bounds);
  });
});

describe('the PMTiles archive', () => {
  test('has a header the pmtiles reader takes: vector tiles, zooms 5–14, the bounds', async () => {
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      minZoom: TILE_MIN_ZOOM,
      maxZoom: TILE_MAX_ZOOM,
      clustered: true,
    });
    expect(header.minLon).toBeCloseTo(prepared.bounds[0], 6);
    expect(header.maxLat).toBeCloseTo(prepared.bounds[3], 6);
    const tiles = [...tilesByZoom.values()].reduce((sum, list) => sum + list.length, 0);
    expect(header.numAddressedTiles).toBe(tiles);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual(['roads', 'labels', 'points']);
  });

  test('holds every segment at zoom 14, with its segment index as the feature id', () => {
    const ids = new Set(layerFeatures(TILE_MAX_ZOOM, 'roads').map((feature) => feature.id));
    expect(ids.size).toBe(SEGMENTS);
    const feature = layerFeatures(TILE_MAX_ZOOM, 'roads').find((road) => road.id === 7)!;
    const segment = prepared.segments[7]!;
    expect(feature.properties).toMatchObject({
      id: segment.properties.id,
      class: segment.properties.class,
      status: segment.properties.status,
    });
    // The measured length, which tells the hover whether a drawn line is the whole segment,
    // where the length counted is a declared one.
    let declared = 0;
    for (const road of layerFeatures(TILE_MAX_ZOOM, 'roads')) {
      const segment = prepared.segments[Number(road.id)]!;
      if (segment.properties.length_km === undefined) {
        expect(road.properties.measuredM).toBeUndefined();
        continue;
      }
      declared += 1;
      expect(road.properties.measuredM).toBe(Math.round(segment.measuredKm * 1000));
    }
    expect(declared).toBeGreaterThan(0);
  });

  test('each zoom holds the road classes from their zoom on, and no tile passes the budget', () => {
    for (let zoom = TILE_MIN_ZOOM; zoom <= TILE_MAX_ZOOM; zoom++) {
      const classes = new Set(layerFeatures(zoom, 'roads').map((road) => road.properties.class));
      for (const [roadClass, minZoom] of Object.entries(CLASS_MIN_ZOOM) as [RoadClass, number][])
        expect([zoom, roadClass, classes.has(roadClass)]).toEqual([
          zoom,
          roadClass,
          minZoom <= zoom,
        ]);
      for (const { bytes } of tilesByZoom.get(zoom)!)
        expect(bytes).toBeLessThanOrEqual(TILE_BUDGET_BYTES);
    }
  });

  test('route codes come at the zoom they are written from; points at every zoom', () => {
    for (let zoom = TILE_MIN_ZOOM; zoom <= TILE_MAX_ZOOM; zoom++) {
      const labels = layerFeatures(zoom, 'labels');
      for (const label of labels)
        expect(Number(label.properties.labelMinZoom)).toBeLessThan(zoom + 1);
      const points = new Set(layerFeatures(zoom, 'points').map((point) => point.id));
      expect(points.size).toBe(prepared.points.features.length);
    }
    const expected = prepared.labels.features.filter(
      (label) => label.properties.labelMinZoom < TILE_MAX_ZOOM + 1,
    ).length;
    const labelKeys = new Set(
      layerFeatures(TILE_MAX_ZOOM, 'labels').map(
        (label) => `${label.id}:${JSON.stringify(label.toGeoJSON(0, 0, 0).properties)}`,
      ),
    );
    expect(labelKeys.size).toBeGreaterThan(0);
    expect(labelKeys.size).toBeLessThanOrEqual(expected);
  });
});

describe('a shapefile', () => {
  test('tiles as the app opens it: its columns equal the open pipeline’s', async () => {
    const zip = fileURLToPath(new URL('../fixtures/formats/roads-gbk.zip', import.meta.url));
    const out = join(folder, 'shapefile');
    const built = await buildTileSet([zip], out, () => {});
    expect(built.ok && built.manifest.counts).toEqual({ segments: 2, points: 0, skipped: 0 });
    const reading = await readInput({ kind: 'file', file: new File([readFileSync(zip)], 'x.zip') });
    if (!reading.ok) throw new Error('the fixture does not read');
    const mapped = await mapInput(reading.value, {});
    const opened = prepareDataset(mapped.value, { keptFields: mapped.keptFields });
    if (!opened.ok) throw new Error('the fixture does not open');
    const bytes = gunzipSync(readFileSync(join(out, TILE_SET_FILES.columns)));
    expect(decodeColumns(bytes)).toEqual(segmentColumns(opened.dataset.segments));
    expect(decodeColumns(bytes).classes).toEqual(['county', 'township']);
  });
});

describe('the county overview', () => {
  test('gives each county the figures of the segments whose middle lies in it', async () => {
    const [west, south, east, north] = prepared.bounds;
    const middle = (west + east) / 2;
    const rectangle = (name: string, from: number, to: number) => ({
      type: 'Feature',
      properties: { name },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [from, south - 1],
            [to, south - 1],
            [to, north + 1],
            [from, north + 1],
            [from, south - 1],
          ],
        ],
      },
    });
    const boundaries = join(folder, 'halves.geojson');
    writeFileSync(
      boundaries,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [rectangle('西半', west - 1, middle), rectangle('东半', middle, east + 1)],
      }),
    );
    const out = join(folder, 'with-counties');
    const built = await buildTileSet([join(folder, 'network.geojson')], out, () => {}, {
      boundaries,
    });
    expect(built.ok && built.manifest.files.counties).toBe(COUNTIES_FILE);
    const counties = JSON.parse(readFileSync(join(out, COUNTIES_FILE), 'utf8')) as {
      features: { properties: Record<string, number | string> }[];
    };
    const [westHalf, eastHalf] = counties.features.map((feature) => feature.properties);
    expect(Number(westHalf!.segments) + Number(eastHalf!.segments)).toBe(SEGMENTS);
    const index = new SegmentIndex(segmentColumns(prepared.segments));
    const inWest = Uint8Array.from(prepared.segments, (_, i) => {
      const bounds = prepared.segmentBounds.subarray(i * 4, i * 4 + 4);
      return (bounds[0]! + bounds[2]!) / 2 < middle ? 1 : 0;
    });
    const summary = index.summary(inWest);
    expect(westHalf).toMatchObject({
      name: '西半',
      segments: summary.segments,
      lengthKm: summary.lengthKm,
      completedKm: summary.completedKm,
      completionRatio: summary.completionRatio ?? -1,
      guardCoverageRatio: summary.guardCoverageRatio ?? -1,
    });
  });
});

describe('opening a tile set (the page’s side)', () => {
  const readFile = async (url: string) => new Uint8Array(readFileSync(fileURLToPath(url)));

  test('gives the manifest, the columns of the GeoJSON path, the points and the addresses', async () => {
    const base = pathToFileURL(join(folder, 'tiles', '/')).href;
    const opened = await openTileSet(TILES_MANIFEST_NAME, base, readFile);
    expect(opened.manifest).toEqual(manifest);
    expect(opened.columns).toEqual(segmentColumns(prepared.segments));
    expect(opened.points.features).toHaveLength(prepared.points.features.length);
    expect(opened.source.archive).toEqual({
      kind: 'url',
      url: new URL(TILE_SET_FILES.tiles, base).href,
    });
    expect(opened.source.counties).toBeNull();
    // Each segment's stored box holds its own, and is at most a step of the set larger.
    const boxes = await opened.segmentBounds();
    expect(boxes).toHaveLength(prepared.segments.length * 4);
    const [west, south, east, north] = manifest.bounds;
    const stepX = (east - west) / 0xffff + 1e-12;
    const stepY = (north - south) / 0xffff + 1e-12;
    prepared.segments.forEach((_, i) => {
      const own = prepared.segmentBounds.subarray(i * 4, i * 4 + 4);
      const stored = boxes!.subarray(i * 4, i * 4 + 4);
      expect(stored[0]).toBeLessThanOrEqual(own[0]! + 1e-12);
      expect(stored[1]).toBeLessThanOrEqual(own[1]! + 1e-12);
      expect(stored[2]).toBeGreaterThanOrEqual(own[2]! - 1e-12);
      expect(stored[3]).toBeGreaterThanOrEqual(own[3]! - 1e-12);
      expect(own[0]! - stored[0]!).toBeLessThan(stepX);
      expect(stored[3]! - own[3]!).toBeLessThan(stepY);
    });
  });

  test('opens the same set from files chosen on the computer, and names a missing one', async () => {
    const tilesFolder = join(folder, 'tiles');
    const names = [
      TILES_MANIFEST_NAME,
      TILE_SET_FILES.tiles,
      TILE_SET_FILES.columns,
      TILE_SET_FILES.points,
      TILE_SET_FILES.segmentBounds,
    ];
    const files = names.map((name) => new File([readFileSync(join(tilesFolder, name))], name));
    const opened = await openLocalTileSet(files);
    expect(opened.columns).toEqual(segmentColumns(prepared.segments));
    expect(opened.source.archive).toMatchObject({ kind: 'file', name: TILE_SET_FILES.tiles });
    expect(await opened.segmentBounds()).toHaveLength(prepared.segments.length * 4);
    await expect(
      openLocalTileSet(files.filter((file) => file.name !== TILE_SET_FILES.columns)),
    ).rejects.toThrow(
      `${TILE_SET_FILES.columns}, named in ${TILES_MANIFEST_NAME}, is not among the files`,
    );
    await expect(openLocalTileSet(files.slice(1))).rejects.toThrow(
      `${TILES_MANIFEST_NAME} is not among the files`,
    );
  });

  test('refuses a manifest of another contract version, naming both', async () => {
    const other = join(folder, 'tiles', 'other.json');
    writeFileSync(other, JSON.stringify({ ...manifest, contractVersion: 2 }));
    await expect(openTileSet(pathToFileURL(other).href, 'file:///', readFile)).rejects.toThrow(
      'data contract version 2; this app reads 1',
    );
    expect(manifestProblem({ type: 'FeatureCollection' })).toBe(
      'not a Roadboard tile set manifest',
    );
  });
});
