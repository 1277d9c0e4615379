/**
 * The binary feature format between the data worker and MapLibre's worker: what
 * `encodeFeatures` writes, both readers (the page's `decodeFeatures` and the copy in
 * `public/blob-protocol.mjs` that MapLibre's worker runs) read back as the same GeoJSON.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  decodeFeatures,
  encodeFeatures,
  FEATURE_FORMAT_MAGIC,
  isEncodedFeatures,
} from '../../src/contract/featureCodec.ts';
import { preparedSample } from './preparedSample.ts';
import { runBlobProtocolScript } from './blobProtocolScript.ts';

/** The reader MapLibre's worker runs: the real script, in a context of its own. */
function workerReader(): (buffer: ArrayBuffer) => unknown {
  const registered: string[] = [];
  const context = runBlobProtocolScript({
    addProtocol: (name: string) => registered.push(name),
  });
  expect(registered).toEqual(['rbblob']);
  return context.readData as (buffer: ArrayBuffer) => unknown;
}

async function bufferOf(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

/** The collection as the format keeps it: positions as longitude, latitude only. */
function flat(collection: FeatureCollection): FeatureCollection {
  const two = (position: Position): Position => [position[0]!, position[1]!];
  const geometry = (value: Geometry): Geometry => {
    if (value.type === 'Point') return { type: 'Point', coordinates: two(value.coordinates) };
    if (value.type === 'LineString')
      return { type: 'LineString', coordinates: value.coordinates.map(two) };
    if (value.type === 'MultiLineString')
      return { type: 'MultiLineString', coordinates: value.coordinates.map((l) => l.map(two)) };
    throw new Error(value.type);
  };
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      ...feature,
      geometry: geometry(feature.geometry),
    })),
  };
}

/** JSON round trip: what MapLibre's worker would have parsed from GeoJSON text. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const prepared = preparedSample();
const readInWorker = workerReader();

describe('binary features', () => {
  it.each([
    ['roads', prepared.roads],
    ['route-code points', prepared.labels],
  ] as const)('the %s of the sample read back as the GeoJSON they were', async (_, collection) => {
    expect(collection.features.length).toBeGreaterThan(10);
    const buffer = await bufferOf(encodeFeatures(collection));
    expect(isEncodedFeatures(buffer)).toBe(true);
    const expected = asJson(flat(collection));
    expect(decodeFeatures(buffer)).toEqual(expected);
    expect(readInWorker(buffer)).toEqual(expected);
  });

  it('is several times smaller than the GeoJSON text of the roads', async () => {
    const binary = encodeFeatures(prepared.roads).size;
    const text = new Blob([JSON.stringify(prepared.roads)]).size;
    expect(binary).toBeLessThan(text * 0.6);
  });

  it('keeps mixed, absent and null properties, string ids, heights dropped', async () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        id: 'a',
        geometry: { type: 'Point', coordinates: [105.1, 30.2, 412] },
        properties: { name: '三元镇', year: 2024, flag: true, note: null },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [105, 30],
              [105.5, 30.5],
            ],
            [
              [106, 31],
              [106.25, 31.125],
              [-0, 1e-12],
            ],
          ],
        },
        properties: { year: '2025', extra: 1.5 },
      },
      {
        type: 'Feature',
        id: 7,
        geometry: { type: 'LineString', coordinates: [] },
        properties: null,
      },
    ];
    const buffer = await bufferOf(encodeFeatures({ type: 'FeatureCollection', features }));
    const expected = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [105.1, 30.2] },
          properties: { name: '三元镇', year: 2024, flag: true, note: null },
        },
        {
          type: 'Feature',
          geometry: features[1]!.geometry,
          properties: { year: '2025', extra: 1.5 },
        },
        {
          type: 'Feature',
          id: 7,
          geometry: { type: 'LineString', coordinates: [] },
          properties: {},
        },
      ],
    };
    expect(decodeFeatures(buffer)).toEqual(expected);
    expect(readInWorker(buffer)).toEqual(expected);
  });

  it('refuses geometry it cannot write and nested property values', () => {
    const polygon: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [] },
          properties: {},
        },
      ],
    };
    expect(() => encodeFeatures(polygon)).toThrow(/Polygon cannot be encoded/);
    const nested: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: { towns: ['a', 'b'] },
        },
      ],
    };
    expect(() => encodeFeatures(nested)).toThrow(/property "towns"/);
  });

  it('the worker reader still reads GeoJSON text, and the page reader refuses it', async () => {
    const text = new TextEncoder().encode(JSON.stringify(prepared.labels));
    const buffer = text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength);
    expect(isEncodedFeatures(buffer)).toBe(false);
    expect(readInWorker(buffer)).toEqual(asJson(prepared.labels));
    expect(() => decodeFeatures(buffer)).toThrow(/not Roadboard binary features/);
    expect(new Uint32Array(await bufferOf(encodeFeatures(prepared.labels)), 0, 1)[0]).toBe(
      FEATURE_FORMAT_MAGIC,
    );
  });
});
