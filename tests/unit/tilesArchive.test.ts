/**
 * The parts of `npm run tiles` on their own: tile ids against the `pmtiles` library's, an
 * archive large enough for leaf directories read back through the `pmtiles` reader, the
 * densest-first thinning, and the columns codec on the values that need care (NaN, −1, large
 * and fractional numbers).
 */
import { mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { FileSource, PMTiles, zxyToTileId } from 'pmtiles';
import type { GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { tileIdOf } from '../../scripts/tiles/pmtiles/tileId.ts';
import { ArchiveWriter } from '../../scripts/tiles/pmtiles/archiveWriter.ts';
import { thinTile } from '../../scripts/tiles/thinTile.ts';
import { decodeColumns, encodeColumns } from '../../src/data/tiles/columnsCodec.ts';
import type { SegmentColumns } from '../../src/domain/segmentIndex.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('tile ids', () => {
  test('equal the pmtiles library’s at every zoom 0–14, corners and inside', () => {
    for (let zoom = 0; zoom <= 14; zoom++) {
      const last = 2 ** zoom - 1;
      const positions = [
        [0, 0],
        [last, 0],
        [0, last],
        [last, last],
        [Math.floor(last / 3), Math.floor((2 * last) / 3)],
        [Math.floor(last / 2), Math.floor(last / 7)],
      ];
      for (const [x, y] of positions)
        expect([zoom, x, y, tileIdOf(zoom, x!, y!)]).toEqual([
          zoom,
          x,
          y,
          zxyToTileId(zoom, x!, y!),
        ]);
    }
  });

  test('refuse a tile outside the grid', () => {
    expect(() => tileIdOf(3, 8, 0)).toThrow(RangeError);
  });
});

describe('the archive writer', () => {
  test('an archive of 30,000 scattered tiles (leaf directories) reads back tile for tile', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadboard-archive-'));
    folders.push(folder);
    const path = join(folder, 'many.pmtiles');
    const writer = new ArchiveWriter(path);
    const zoom = 14;
    // Tiles scattered over the whole grid (a fixed Park–Miller sequence), so that the
    // directory does not compress into the first 16 kB.
    const text = (x: number, y: number) => `tile ${x}/${y}`;
    const positions = new Map<string, [number, number]>();
    let state = 12345;
    const next = () => (state = (state * 48271) % 2147483647) % 16384;
    while (positions.size < 30_000) {
      const x = next();
      const y = next();
      positions.set(`${x}/${y}`, [x, y]);
    }
    for (const [x, y] of positions.values())
      writer.addTile(zoom, x, y, gzipSync(new TextEncoder().encode(text(x, y))));
    writer.finish({
      minZoom: 14,
      maxZoom: 14,
      bounds: [105.6, 30.2, 109.9, 33.9],
      centerZoom: 14,
      metadata: { name: 'many' },
    });
    const archive = new PMTiles(new FileSource(new File([await openAsBlob(path)], 'many')));
    const header = await archive.getHeader();
    expect(header.numAddressedTiles).toBe(30_000);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(await archive.getMetadata()).toEqual({ name: 'many' });
    const list = [...positions.values()];
    for (const [x, y] of [list[0]!, list[12_345]!, list[29_999]!]) {
      const response = await archive.getZxy(zoom, x, y);
      expect(new TextDecoder().decode(response?.data)).toBe(text(x, y));
    }
    const absent = [0, 1, 2, 3]
      .map((x) => [x, 16383] as const)
      .find(([x, y]) => !positions.has(`${x}/${y}`))!;
    expect(await archive.getZxy(zoom, absent[0], absent[1])).toBeUndefined();
  });
});

describe('thinning a tile', () => {
  /** A road of a class: a short line from a position, with its id. */
  function road(id: number, roadClass: string, x: number, y: number): GeoJSONVTFeature {
    return {
      id,
      type: 2,
      tags: { class: roadClass },
      geometry: [
        [
          [x, y],
          [x + 5, y + 5],
        ],
      ],
    };
  }
  /** The roads last encoded. */
  let lastKept: readonly GeoJSONVTFeature[] = [];
  /** 20 bytes a road: a stand-in encoder whose size follows the roads kept. */
  const encode = (roads: readonly GeoJSONVTFeature[]) => {
    lastKept = roads;
    return new Uint8Array(roads.length * 20);
  };

  test('drops village roads, densest first, until the tile fits; keeps the highways', () => {
    const roads: GeoJSONVTFeature[] = [];
    // 100 village roads packed in one corner, 20 spread across the tile, 10 provincial roads.
    for (let i = 0; i < 100; i++)
      roads.push(road(i, 'village', (i % 10) * 8, Math.floor(i / 10) * 8));
    for (let i = 0; i < 20; i++) roads.push(road(100 + i, 'village', 400 + i * 180, 3000));
    for (let i = 0; i < 10; i++) roads.push(road(200 + i, 'provincial', i * 400, 100));
    const thinned = thinTile(roads, encode, 60 * 20, 4096);
    expect(thinned.bytes.length).toBeLessThanOrEqual(60 * 20);
    expect(thinned.dropped).toBe(roads.length - lastKept.length);
    const kept = new Set(lastKept.map((feature) => feature.id));
    const keptOf = (first: number, count: number) =>
      Array.from({ length: count }, (_, i) => first + i).filter((id) => kept.has(id)).length;
    expect(keptOf(200, 10)).toBe(10);
    expect(keptOf(100, 20)).toBe(20);
    expect(keptOf(0, 100)).toBeLessThanOrEqual(30);
  });

  test('drops provincial and national roads only after the lower classes; expressways never', () => {
    const roads = [
      ...Array.from({ length: 30 }, (_, i) => road(i, 'expressway', i * 50, i * 50)),
      ...Array.from({ length: 30 }, (_, i) => road(100 + i, 'national', i * 60, 2000)),
      ...Array.from({ length: 30 }, (_, i) => road(200 + i, 'provincial', i * 70, 3000)),
    ];
    // Room for 45 roads: the provincial roads go, then about half the national ones.
    const thinned = thinTile(roads, encode, 45 * 20, 4096);
    const classes = lastKept.map((feature) => feature.tags?.class);
    expect(classes.filter((roadClass) => roadClass === 'expressway')).toHaveLength(30);
    expect(classes.filter((roadClass) => roadClass === 'provincial')).toHaveLength(0);
    expect(classes.filter((roadClass) => roadClass === 'national').length).toBeLessThanOrEqual(15);
    expect(thinned.bytes.length).toBeLessThanOrEqual(45 * 20);
    // Expressways alone over budget: the tile stays as it is.
    const highways = roads.slice(0, 30);
    expect(thinTile(highways, encode, 100, 4096).dropped).toBe(0);
  });

  test('leaves a tile under budget as it is', () => {
    const roads = [road(1, 'village', 0, 0), road(2, 'county', 10, 10)];
    expect(thinTile(roads, encode, 1000, 4096)).toEqual({ bytes: encode(roads), dropped: 0 });
  });
});

describe('the columns codec', () => {
  test('gives back NaN, −1, fractions, large and empty columns in their own types', () => {
    const columns = {
      size: 3,
      classes: ['county', 'village'],
      buckets: { status: ['open'], completion: [], guard: ['none'] },
      classCode: Uint8Array.from([0, 1, 1]),
      projectCode: Int32Array.from([-1, 0, 70_000]),
      townStart: Uint32Array.from([0, 1, 2, 2]),
      townCodes: new Uint32Array(0),
      bucketCode: { status: Uint8Array.from([0, 0, 0]), guard: Uint8Array.from([0, 0, 0]) },
      lengthMm: Float64Array.from([1_234_567, 4_000_000_000, 0]),
      guardRequiredMm: Float64Array.from([NaN, 5, 0]),
      investmentWan: Float64Array.from([12.5, -0, 1e300]),
    } as unknown as SegmentColumns;
    const decoded = decodeColumns(encodeColumns(columns));
    expect(decoded).toEqual(columns);
    expect(decoded.projectCode).toBeInstanceOf(Int32Array);
    expect(Object.is(decoded.investmentWan[1], -0)).toBe(true);
    expect(Number.isNaN(decoded.guardRequiredMm[0])).toBe(true);
  });

  test('stores codes and millimetres narrowly', () => {
    const size = 10_000;
    const columns = {
      size,
      classCode: new Uint8Array(size),
      lengthMm: Float64Array.from({ length: size }, (_, i) => i * 1000),
    } as unknown as SegmentColumns;
    // 1 byte a class code and 4 bytes a length instead of 8, beside a small header.
    expect(encodeColumns(columns).length).toBeLessThan(size * 5 + 1000);
  });

  test('refuses bytes that are not a columns file', () => {
    expect(() => decodeColumns(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toThrow(
      'not a Roadboard columns file',
    );
  });
});
