/**
 * Cuts the roads, route-code labels and points into vector tiles with MapLibre's own tiler
 * (`@maplibre/geojson-vt`, the one MapLibre runs on GeoJSON sources, so tiles look as the app's
 * GeoJSON does) and encodes them with `@maplibre/vt-pbf`. Zooms 5–7 come from one index of the
 * roads those zooms hold; zooms 8–14 region by region (a region is one zoom-8 tile with the
 * features whose bounds reach it), so that memory holds one region's tiles at a time.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { gzipSync } from 'node:zlib';
import { TILE_LAYERS } from '../../src/contract/tilesManifest.ts';
import { thinTile } from './thinTile.ts';
import {
  labelInZoom,
  REGION_ZOOM,
  roadInZoom,
  TILE_BUDGET_BYTES,
  TILE_BUFFER,
  TILE_EXTENT,
  TILE_MAX_ZOOM,
  TILE_MIN_ZOOM,
} from './tileZooms.ts';

/** The features to tile, as the app draws them. */
export interface TileInput {
  roads: FeatureCollection;
  labels: FeatureCollection;
  points: FeatureCollection;
}

/** Where each finished tile goes, and who hears of progress. */
export interface TileSink {
  addTile(zoom: number, x: number, y: number, compressed: Uint8Array): void;
  /** Called once zooms 5–7 are cut, with the regions of zooms 8–14 to come. */
  onLowZooms?(regions: number): void;
  onRegion?(done: number, total: number): void;
}

/** What cutting the tiles gave. */
export interface PyramidReport {
  tiles: number;
  tilesByZoom: number[];
  largestBytes: number;
  /** Road features left out of thinned tiles, by zoom. */
  droppedByZoom: number[];
}

const LAYER_OPTIONS = { version: 2, extent: TILE_EXTENT };

function tilerOptions(maxZoom: number) {
  return {
    maxZoom,
    indexMaxZoom: 0,
    extent: TILE_EXTENT,
    buffer: TILE_BUFFER,
    tolerance: 3,
    wrap: false,
  };
}

/** The zoom-z tile x and y of a longitude and latitude. */
function tileOf(longitude: number, latitude: number, zoom: number): [number, number] {
  const size = 2 ** zoom;
  const x = ((longitude + 180) / 360) * size;
  const sine = Math.sin((Math.max(-85.05, Math.min(85.05, latitude)) * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * size;
  return [
    Math.max(0, Math.min(size - 1, Math.floor(x))),
    Math.max(0, Math.min(size - 1, Math.floor(y))),
  ];
}

/** [west, south, east, north] of a geometry's positions. */
function boundsOf(geometry: Geometry): [number, number, number, number] {
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as [number, number];
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (x > bounds[2]) bounds[2] = x;
      if (y > bounds[3]) bounds[3] = y;
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return bounds;
}

/** The regions (zoom-8 tiles) a feature reaches, its bounds widened by the tile buffer. */
function regionsOf(feature: Feature): string[] {
  const [west, south, east, north] = boundsOf(feature.geometry);
  const [left, top] = tileOf(west, north, REGION_ZOOM);
  const [right, bottom] = tileOf(east, south, REGION_ZOOM);
  const keys: string[] = [];
  // The buffer is 1/32 of a tile: a feature within it of a neighbouring region belongs there too.
  const margin = TILE_BUFFER / TILE_EXTENT;
  const size = 2 ** REGION_ZOOM;
  const [xWest, yNorth] = tileFraction(west, north, size);
  const [xEast, ySouth] = tileFraction(east, south, size);
  for (let x = left - 1; x <= right + 1; x++) {
    for (let y = top - 1; y <= bottom + 1; y++) {
      if (x < 0 || y < 0 || x >= size || y >= size) continue;
      if (xEast < x - margin || xWest > x + 1 + margin) continue;
      if (ySouth < y - margin || yNorth > y + 1 + margin) continue;
      keys.push(`${x}/${y}`);
    }
  }
  return keys;
}

function tileFraction(longitude: number, latitude: number, size: number): [number, number] {
  const sine = Math.sin((Math.max(-85.05, Math.min(85.05, latitude)) * Math.PI) / 180);
  return [
    ((longitude + 180) / 360) * size,
    (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * size,
  ];
}

/** The three tilers of one part of the data. */
interface Tilers {
  roads: GeoJSONVT;
  labels: GeoJSONVT;
  points: GeoJSONVT;
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function makeTilers(input: TileInput, maxZoom: number): Tilers {
  const options = tilerOptions(maxZoom);
  return {
    roads: new GeoJSONVT(input.roads, options),
    labels: new GeoJSONVT(input.labels, options),
    points: new GeoJSONVT(input.points, options),
  };
}

const NO_FEATURES: GeoJSONVTFeature[] = [];

function featuresOf(tile: GeoJSONVTTile | null): GeoJSONVTFeature[] {
  return tile?.features ?? NO_FEATURES;
}

/**
 * Makes one tile: the roads and labels its zoom holds, the points; thinned to the budget.
 * Returns null for a tile with nothing in it, and whether any of its tilers had features there
 * (the children of a tile with none need no visit).
 */
function makeTile(
  tilers: Tilers,
  zoom: number,
  x: number,
  y: number,
): { bytes: Uint8Array | null; dropped: number; descend: boolean } {
  const allRoads = featuresOf(tilers.roads.getTile(zoom, x, y));
  const allLabels = featuresOf(tilers.labels.getTile(zoom, x, y));
  const points = featuresOf(tilers.points.getTile(zoom, x, y));
  const descend = allRoads.length > 0 || allLabels.length > 0 || points.length > 0;
  const roads = allRoads.filter((feature) => roadInZoom(String(feature.tags?.class), zoom));
  const labels = allLabels.filter(
    (feature) =>
      roadInZoom(String(feature.tags?.class), zoom) &&
      labelInZoom(Number(feature.tags?.labelMinZoom), zoom),
  );
  if (roads.length === 0 && labels.length === 0 && points.length === 0)
    return { bytes: null, dropped: 0, descend };
  const encode = (kept: readonly GeoJSONVTFeature[]): Uint8Array => {
    const layers: Record<string, GeoJSONVTTile> = {};
    if (kept.length > 0) layers[TILE_LAYERS.roads] = { features: [...kept] };
    if (labels.length > 0) layers[TILE_LAYERS.labels] = { features: labels };
    if (points.length > 0) layers[TILE_LAYERS.points] = { features: points };
    return fromGeojsonVt(layers, LAYER_OPTIONS);
  };
  const thinned = thinTile(roads, encode, TILE_BUDGET_BYTES, TILE_EXTENT);
  return { bytes: thinned.bytes, dropped: thinned.dropped, descend };
}

/**
 * Cuts every tile from `fromZoom` to `toZoom` under the tile `rootZoom/rootX/rootY`, depth
 * first, skipping the children of empty tiles.
 */
function cutTree(
  tilers: Tilers,
  root: [number, number, number],
  fromZoom: number,
  toZoom: number,
  sink: TileSink,
  report: PyramidReport,
): void {
  const stack: [number, number, number][] = [root];
  while (stack.length > 0) {
    const [zoom, x, y] = stack.pop()!;
    const tile = makeTile(tilers, zoom, x, y);
    if (zoom >= fromZoom && tile.bytes) {
      const compressed = gzipSync(tile.bytes);
      sink.addTile(zoom, x, y, compressed);
      report.tiles++;
      report.tilesByZoom[zoom]!++;
      report.droppedByZoom[zoom]! += tile.dropped;
      report.largestBytes = Math.max(report.largestBytes, tile.bytes.length);
    }
    if (!tile.descend || zoom >= toZoom) continue;
    for (const [dx, dy] of [
      [1, 1],
      [0, 1],
      [1, 0],
      [0, 0],
    ] as const)
      stack.push([zoom + 1, x * 2 + dx, y * 2 + dy]);
  }
}

/**
 * Zooms 5–7 from one index of the roads, labels and points they hold (a few of the network's
 * features), dropped once they are cut.
 */
function cutLowZooms(input: TileInput, sink: TileSink, report: PyramidReport): void {
  const lowZoom = REGION_ZOOM - 1;
  const low: TileInput = {
    roads: collection(
      input.roads.features.filter((feature) =>
        roadInZoom(String(feature.properties?.class), lowZoom),
      ),
    ),
    labels: collection(
      input.labels.features.filter(
        (feature) =>
          roadInZoom(String(feature.properties?.class), lowZoom) &&
          labelInZoom(Number(feature.properties?.labelMinZoom), lowZoom),
      ),
    ),
    points: input.points,
  };
  const lowTilers = makeTilers(low, lowZoom);
  const startZoom = TILE_MIN_ZOOM;
  const lowRoots = new Set<string>();
  for (const feature of [...low.roads.features, ...low.labels.features, ...low.points.features]) {
    const [west, south, east, north] = boundsOf(feature.geometry);
    const [left, top] = tileOf(west, north, startZoom);
    const [right, bottom] = tileOf(east, south, startZoom);
    for (let x = left; x <= right; x++)
      for (let y = top; y <= bottom; y++) lowRoots.add(`${x}/${y}`);
  }
  for (const key of lowRoots) {
    const [x, y] = key.split('/').map(Number) as [number, number];
    cutTree(lowTilers, [startZoom, x, y], TILE_MIN_ZOOM, lowZoom, sink, report);
  }
}

/**
 * Cuts and encodes every tile of zooms 5–14 into `sink`.
 *
 * @example
 * const report = cutPyramid(prepared, archive);
 * report.tilesByZoom[14]; // tiles at zoom 14
 */
export function cutPyramid(input: TileInput, sink: TileSink): PyramidReport {
  const report: PyramidReport = {
    tiles: 0,
    tilesByZoom: new Array<number>(TILE_MAX_ZOOM + 1).fill(0),
    largestBytes: 0,
    droppedByZoom: new Array<number>(TILE_MAX_ZOOM + 1).fill(0),
  };
  cutLowZooms(input, sink, report);

  const regions = new Map<string, TileInput>();
  const regionInput = (key: string): TileInput => {
    let region = regions.get(key);
    if (!region) {
      region = { roads: collection([]), labels: collection([]), points: collection([]) };
      regions.set(key, region);
    }
    return region;
  };
  for (const layer of ['roads', 'labels', 'points'] as const) {
    for (const feature of input[layer].features) {
      for (const key of regionsOf(feature)) regionInput(key)[layer].features.push(feature);
    }
  }
  sink.onLowZooms?.(regions.size);
  let done = 0;
  for (const [key, region] of regions) {
    const [x, y] = key.split('/').map(Number) as [number, number];
    cutTree(
      makeTilers(region, TILE_MAX_ZOOM),
      [REGION_ZOOM, x, y],
      REGION_ZOOM,
      TILE_MAX_ZOOM,
      sink,
      report,
    );
    regions.delete(key);
    sink.onRegion?.(++done, done + regions.size);
  }
  return report;
}
