/**
 * The coordinate step's short way for plain lon/lat inside China gives what the converter
 * gives: the same value, the same warnings, the same assumption.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertToLonLat } from '../../src/data/coordinates/convertInput.ts';
import { detectCoordinateSystem, toLonLat } from '../../src/data/coordinates/index.ts';
import { isPlainLonLatInChina } from '../../src/data/coordinates/plainLonLat.ts';
import type { OpenOptions } from '../../src/data/worker/workerProtocol.ts';
import { crs, line, readCoordinateFixture } from './coordinatesHelpers.ts';

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8'),
) as unknown;

/** What the converter alone says, shaped as `convertToLonLat` answers. */
function throughConverter(input: unknown, options: OpenOptions) {
  const detection = detectCoordinateSystem(input);
  const result = toLonLat(input, detection, options);
  const plain = detection.kind === 'lonlat' && (options.datum ?? 'wgs84') === 'wgs84';
  return {
    ok: result.ok,
    value: result.output,
    assumed: plain ? null : result.assumed,
    warnings: result.problems.filter((problem) => problem.severity === 'warning'),
  };
}

async function bothWays(input: unknown, options: OpenOptions = {}) {
  const conversion = await convertToLonLat(input, options);
  const expected = throughConverter(input, options);
  return { conversion, expected };
}

describe('convertToLonLat: plain lon/lat inside China', () => {
  it('passes the sample county on as it is, with no warning, as the converter does', async () => {
    expect(isPlainLonLatInChina(SAMPLE)).toBe(true);
    expect(detectCoordinateSystem(SAMPLE)).toMatchObject({ kind: 'lonlat', epsg: 4326 });
    const { conversion, expected } = await bothWays(SAMPLE);
    expect(conversion).toEqual({ ok: true, value: SAMPLE, assumed: null, warnings: [] });
    expect(conversion.ok && conversion.value).toBe(SAMPLE);
    expect(expected.warnings).toEqual([]);
    expect(expected.value).toBe(SAMPLE);
  });

  it('takes the converter for a feature outside China and names it', async () => {
    const input = line([
      [105, 30],
      [2.35, 48.85],
    ]);
    expect(isPlainLonLatInChina(input)).toBe(false);
    const { conversion } = await bothWays(input);
    expect(conversion.ok).toBe(true);
    if (conversion.ok) {
      expect(conversion.warnings).toMatchObject([
        { code: 'outside-china', params: { vertex: 1, lon: 2.35, lat: 48.85 } },
      ]);
    }
  });

  it('does not take the short way for an offset datum, swapped order or a crs member', async () => {
    const inside = line([
      [105, 30],
      [105.01, 30.01],
    ]);
    expect(isPlainLonLatInChina(inside)).toBe(true);
    const swapped = line([
      [30, 105],
      [30.01, 105.01],
    ]);
    expect(isPlainLonLatInChina(swapped)).toBe(false);
    const contradicted = line(
      [
        [105, 30],
        [105.01, 30.01],
      ],
      crs('EPSG:4523'),
    );
    expect(isPlainLonLatInChina(contradicted)).toBe(false);
    expect(isPlainLonLatInChina(line([]))).toBe(false);
    for (const [input, options] of [
      [inside, { datum: 'gcj02' }],
      [swapped, {}],
      [contradicted, {}],
    ] as const) {
      const { conversion, expected } = await bothWays(input, options);
      expect(conversion.ok).toBe(true);
      if (conversion.ok) {
        expect(conversion.warnings).toEqual(expected.warnings);
        expect(conversion.warnings.length).toBeGreaterThan(0);
        expect(conversion.assumed).toBe(expected.assumed);
      }
    }
  });

  it('agrees with the converter on every coordinate fixture', async () => {
    const names = readdirSync(new URL('../fixtures/coordinates/', import.meta.url)).filter((name) =>
      name.endsWith('.geojson'),
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const input = readCoordinateFixture(name);
      const { conversion, expected } = await bothWays(input);
      expect(conversion.ok).toBe(expected.ok);
      if (conversion.ok) {
        expect(conversion.value).toEqual(expected.value);
        expect(conversion.warnings).toEqual(expected.warnings);
        expect(conversion.assumed).toBe(expected.assumed);
      }
    }
  });

  it('agrees with the converter on any positions, near China, anywhere or not numbers', async () => {
    const position = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(fc.double({ min: 60, max: 150 }), fc.double({ min: -5, max: 60 })),
      },
      fc.tuple(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
      ),
      fc.constantFrom<unknown[]>([null, 30], ['105', '30'], [Infinity, 30], [105], []),
    );
    const lines = fc.array(fc.array(position, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    });
    const crsMember = fc.constantFrom({}, { crs: null }, crs('EPSG:4326'), crs('EPSG:4490'));
    await fc.assert(
      fc.asyncProperty(lines, crsMember, async (parts, member) => {
        const input = {
          type: 'FeatureCollection',
          ...member,
          features: parts.map((coordinates, index) => ({
            type: 'Feature',
            properties: { id: String(index) },
            geometry: { type: 'LineString', coordinates },
          })),
        };
        const { conversion, expected } = await bothWays(input);
        expect(conversion.ok).toBe(expected.ok);
        if (conversion.ok) {
          expect(conversion.value).toEqual(expected.value);
          expect(conversion.warnings).toEqual(expected.warnings);
          expect(conversion.assumed).toBe(expected.assumed);
        }
      }),
      { numRuns: 500 },
    );
  });
});
