/**
 * `npm run tiles -- --progress`: the sample county tiled with its 2023 progress sheet. The
 * columns and the history files decode to those of the app's own join (`joinSheets`, then
 * `historyColumns`) run here on the same network, every date gives the join's figures, the
 * page's side opens the set with its history, and the z14 tiles' road lines carry the dated
 * letters that agree with the history's columns.
 */
import { cpSync, mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FileSource, PMTiles } from 'pmtiles';
import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import {
  buildTileSet,
  COUNTIES_FILE,
  HISTORY_FILE,
  TILE_SET_FILES,
} from '../../scripts/tiles/tileSet.ts';
import { readNetwork } from '../../scripts/tiles/readNetwork.ts';
import { BUILD_STATUSES } from '../../src/contract/roadNetwork.ts';
import {
  TILE_LAYERS,
  TILES_MANIFEST_NAME,
  type TilesManifest,
} from '../../src/contract/tilesManifest.ts';
import { decodeColumns, encodeColumns } from '../../src/data/tiles/columnsCodec.ts';
import { decodeHistory, encodeHistory } from '../../src/data/tiles/historyCodec.ts';
import { openLocalTileSet, openTileSet } from '../../src/data/tiles/openTileSet.ts';
import { tileSetDataset } from '../../src/data/tiles/tileSetDataset.ts';
import { joinSheets } from '../../src/data/worker/joinSheets.ts';
import { datedLetter } from '../../src/domain/datedDrawCodes.ts';
import {
  columnsAsOf,
  historyColumns,
  type ColumnsHistory,
} from '../../src/domain/historyColumns.ts';
import { SegmentIndex, type SegmentColumns } from '../../src/domain/segmentIndex.ts';
import { COMPLETION_BUCKETS, GUARD_BUCKETS } from '../../src/domain/types.ts';

const ROADS = fileURLToPath(new URL('../../public/sample/roads.geojson', import.meta.url));
const SHEET = fileURLToPath(new URL('../../public/sample/progress-2023.csv', import.meta.url));

let folder = '';
let setFolder = '';
let plainFolder = '';
let manifest: TilesManifest;
const lines: string[] = [];
/** The app's join of the same sheet onto the same network, laid out as columns. */
let expected: { columns: SegmentColumns; history: ColumnsHistory; segments: number };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'roadboard-tiles-history-'));
  setFolder = join(folder, 'set');
  plainFolder = join(folder, 'plain');
  // The sample county's boundary as the one county of the overview.
  const context = JSON.parse(
    readFileSync(new URL('../../public/sample/context.geojson', import.meta.url), 'utf8'),
  ) as FeatureCollection;
  const boundaries = join(folder, 'counties.geojson');
  writeFileSync(
    boundaries,
    JSON.stringify({
      type: 'FeatureCollection',
      features: context.features
        .filter((feature) => feature.properties?.layer === 'boundary')
        .map((feature) => ({ ...feature, properties: { name: '示例县' } })),
    }),
  );
  const built = await buildTileSet([ROADS], setFolder, (line) => lines.push(line), {
    progress: [SHEET],
    boundaries,
  });
  if (!built.ok) throw new Error('the tile set was not built');
  manifest = built.manifest;
  const plain = await buildTileSet([ROADS], plainFolder, () => {}, { boundaries });
  if (!plain.ok) throw new Error('the plain tile set was not built');
  const reading = await readNetwork([ROADS]);
  if (!reading.ok) throw new Error('the sample does not read');
  const bytes = readFileSync(SHEET);
  const { network } = await joinSheets(reading.dataset.segments, reading.dataset.lines, [
    { name: 'progress-2023.csv', bytes: Uint8Array.from(bytes).buffer },
  ]);
  expected = {
    ...historyColumns(network.segments, network.history),
    segments: network.segments.length,
  };
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function readGzip(name: string): Uint8Array {
  return gunzipSync(readFileSync(join(setFolder, name)));
}

describe('a tile set built with a progress sheet', () => {
  test('names its history in the manifest and counts the pieces the rows cut', () => {
    expect(manifest.files.history).toBe(HISTORY_FILE);
    expect(manifest.counts.segments).toBe(expected.segments);
    // The pieces outnumber the sample's segments: the rows cut them at their ends.
    const plain = JSON.parse(
      readFileSync(join(plainFolder, TILES_MANIFEST_NAME), 'utf8'),
    ) as TilesManifest;
    expect(plain.files.history).toBeUndefined();
    expect(manifest.counts.segments).toBeGreaterThan(plain.counts.segments);
  });

  test('logs each sheet’s rows matched and unmatched, and the dates', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^progress-2023\.csv.*: 1549 rows, 1549 matched, 0 unmatched$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^history: 12 dates \(2023-01-31 … 2023-12-31\); /),
    );
  });

  test('the columns and history decode to those of the app’s join, value for value', () => {
    const columns = decodeColumns(readGzip(TILE_SET_FILES.columns));
    const history = decodeHistory(readGzip(HISTORY_FILE));
    expect(columns).toEqual(expected.columns);
    expect(history).toEqual(expected.history);
    expect(history.indices).toBeInstanceOf(Uint32Array);
    expect(history.columns.completedMm).toBeInstanceOf(Float64Array);
    expect(history.dates).toHaveLength(12);
  });

  test('every date gives the join’s figures, and the year’s work grows over them', () => {
    const columns = decodeColumns(readGzip(TILE_SET_FILES.columns));
    const history = decodeHistory(readGzip(HISTORY_FILE));
    const completedKm: number[] = [];
    history.dates.forEach((_, k) => {
      const fromTiles = new SegmentIndex(columnsAsOf(columns, history, k));
      const fromJoin = new SegmentIndex(columnsAsOf(expected.columns, expected.history, k));
      expect(fromTiles.summary(null)).toEqual(fromJoin.summary(null));
      expect(fromTiles.bucketTotals('completion', null)).toEqual(
        fromJoin.bucketTotals('completion', null),
      );
      completedKm.push(fromTiles.summary(null).completedKm);
    });
    expect(completedKm[0]).toBeLessThan(completedKm.at(-1)!);
    expect(completedKm).toEqual([...completedKm].sort((a, b) => a - b));
    // The last date's figures are the latest columns' own.
    expect(completedKm.at(-1)).toBe(new SegmentIndex(columns).summary(null).completedKm);
  });

  test('the county overview carries the latest figures, of the pieces', () => {
    const read = (set: string) =>
      (JSON.parse(readFileSync(join(set, COUNTIES_FILE), 'utf8')) as FeatureCollection).features[0]!
        .properties as { segments: number; completedKm: number };
    const county = read(setFolder);
    const latest = new SegmentIndex(expected.columns).summary(null);
    const first = new SegmentIndex(columnsAsOf(expected.columns, expected.history, 0)).summary(
      null,
    );
    expect(county.completedKm).toBeGreaterThan(first.completedKm);
    expect(county.completedKm).toBeCloseTo(latest.completedKm, 6);
    // The pieces are counted, not the sample's segments; a piece whose middle lies outside the
    // boundary is in no county.
    expect(county.segments).toBeGreaterThan(read(plainFolder).segments);
    expect(county.segments).toBeLessThanOrEqual(expected.segments);
  });
});

describe('the page’s side', () => {
  const readFile = async (url: string) => new Uint8Array(readFileSync(fileURLToPath(url)));

  test('opens the set with its history, which the dataset hands to the as-of slider', async () => {
    const base = pathToFileURL(join(setFolder, '/')).href;
    const opened = await openTileSet(TILES_MANIFEST_NAME, base, readFile);
    expect(opened.history).toEqual(expected.history);
    const dataset = tileSetDataset(opened, 'set');
    expect(dataset.history?.dates).toEqual(expected.history.dates);
    expect(dataset.columns).toEqual(expected.columns);
    const plain = await openTileSet(
      TILES_MANIFEST_NAME,
      pathToFileURL(join(plainFolder, '/')).href,
      readFile,
    );
    expect(plain.history).toBeNull();
    expect(tileSetDataset(plain, 'plain').history).toBeNull();
  });

  test('opens the set from files chosen on the computer, the history where it is among them', async () => {
    const names = [
      TILES_MANIFEST_NAME,
      TILE_SET_FILES.tiles,
      TILE_SET_FILES.columns,
      TILE_SET_FILES.points,
      HISTORY_FILE,
    ];
    const files = names.map((name) => new File([readFileSync(join(setFolder, name))], name));
    expect((await openLocalTileSet(files)).history).toEqual(expected.history);
    const without = files.filter((file) => file.name !== HISTORY_FILE);
    expect((await openLocalTileSet(without)).history).toBeNull();
  });

  test('names the history file that cannot be read', async () => {
    const broken = join(folder, 'broken');
    cpSync(setFolder, broken, { recursive: true });
    writeFileSync(
      join(broken, HISTORY_FILE),
      readFileSync(join(setFolder, TILE_SET_FILES.columns)),
    );
    await expect(
      openTileSet(TILES_MANIFEST_NAME, pathToFileURL(join(broken, '/')).href, readFile),
    ).rejects.toThrow(`${HISTORY_FILE}: not a Roadboard history file`);
  });
});

describe('the tiles', () => {
  /** Every road line of the z14 tiles. */
  const roads: VectorTileFeature[] = [];

  beforeAll(async () => {
    const file = new File([await openAsBlob(join(setFolder, TILE_SET_FILES.tiles))], 'x');
    const archive = new PMTiles(new FileSource(file));
    const header = await archive.getHeader();
    const zoom = 14;
    const size = 2 ** zoom;
    const column = (longitude: number) => Math.floor(((longitude + 180) / 360) * size);
    const row = (latitude: number) => {
      const sine = Math.sin((latitude * Math.PI) / 180);
      return Math.floor((0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * size);
    };
    for (let x = column(header.minLon); x <= column(header.maxLon); x++) {
      for (let y = row(header.maxLat); y <= row(header.minLat); y++) {
        const response = await archive.getZxy(zoom, x, y);
        if (!response) continue;
        const layer = new VectorTile(new PbfReader(new Uint8Array(response.data))).layers[
          TILE_LAYERS.roads
        ];
        if (layer) for (let i = 0; i < layer.length; i++) roads.push(layer.feature(i));
      }
    }
  }, 60_000);

  test('hold every piece, those that change with the date with their letters at each date', () => {
    const { history, columns } = expected;
    const count = history.indices.length;
    const position = new Map(Array.from(history.indices, (index, j) => [index, j]));
    const ids = new Set(roads.map((feature) => Number(feature.id)));
    expect(ids.size).toBe(expected.segments);
    let dated = 0;
    for (const feature of roads) {
      const id = Number(feature.id);
      const j = position.get(id);
      const properties = feature.properties;
      if (j === undefined) {
        expect(properties['datedStatus']).toBeUndefined();
        continue;
      }
      dated += 1;
      let status = '';
      let completion = '';
      let guard = '';
      for (let k = 0; k < history.dates.length; k++) {
        const at = k * count + j;
        const code = history.columns.statusCode[at]!;
        status += datedLetter(BUILD_STATUSES.indexOf(columns.statuses[code]!));
        const completionBucket =
          columns.buckets.completion[history.columns.bucketCode.completion[at]!]!;
        completion += datedLetter(COMPLETION_BUCKETS.indexOf(completionBucket as never));
        const guardBucket = columns.buckets.guard[history.columns.bucketCode.guard[at]!]!;
        guard += datedLetter(GUARD_BUCKETS.indexOf(guardBucket as never));
      }
      expect([
        id,
        properties['datedStatus'],
        properties['datedCompletion'],
        properties['datedGuard'],
      ]).toEqual([id, status, completion, guard]);
    }
    // Every piece that changes with the date is drawn (some in several tiles).
    expect(dated).toBeGreaterThanOrEqual(count);
    expect(new Set(roads.filter((f) => position.has(Number(f.id))).map((f) => f.id)).size).toBe(
      count,
    );
  });
});

describe('the history codec', () => {
  test('gives back NaN, fractions and empty histories in their own types', () => {
    const history: ColumnsHistory = {
      dates: ['2023-01-31', '2023-02-28'],
      indices: Uint32Array.from([3, 70_000]),
      columns: {
        statusCode: Uint8Array.from([0, 1, 2, 2]),
        completedMm: Float64Array.from([0, 1_234_567, 4_000_000_000, 12.5]),
        guardRequiredMm: Float64Array.from([NaN, 5, NaN, 0]),
        guardCountedMm: Float64Array.from([0, 5, 0, 0]),
        bucketCode: {
          status: Uint8Array.from([0, 1, 2, 2]),
          completion: Uint8Array.from([0, 0, 3, 4]),
          guard: Uint8Array.from([1, 1, 1, 1]),
        },
      },
    };
    const decoded = decodeHistory(encodeHistory(history));
    expect(decoded).toEqual(history);
    expect(decoded.columns.guardRequiredMm).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(decoded.columns.guardRequiredMm[2])).toBe(true);
    const empty: ColumnsHistory = {
      dates: [],
      indices: new Uint32Array(0),
      columns: {
        statusCode: new Uint8Array(0),
        completedMm: new Float64Array(0),
        guardRequiredMm: new Float64Array(0),
        guardCountedMm: new Float64Array(0),
        bucketCode: {
          status: new Uint8Array(0),
          completion: new Uint8Array(0),
          guard: new Uint8Array(0),
        },
      },
    };
    expect(decodeHistory(encodeHistory(empty))).toEqual(empty);
  });

  test('stores the sample’s history narrowly', () => {
    const { history } = expected;
    const entries = history.dates.length * history.indices.length;
    // Per entry: 1 byte a code (status and three buckets), 4 a length (three lengths), beside
    // the piece indices (4 bytes each) and a small header.
    const narrow = entries * (4 + 3 * 4) + history.indices.length * 4 + 4096;
    expect(encodeHistory(history).length).toBeLessThan(narrow);
  });

  test('refuses a columns file, and a history whose columns miss dates', () => {
    expect(() => decodeHistory(encodeColumns(expected.columns))).toThrow(
      'not a Roadboard history file',
    );
    const { history } = expected;
    const short = {
      ...history,
      dates: [...history.dates, '2024-01-31'],
    };
    expect(() => decodeHistory(encodeHistory(short))).toThrow(
      `the history's columns do not hold 13 dates of ${history.indices.length} pieces`,
    );
  });
});
