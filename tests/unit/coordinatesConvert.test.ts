import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import {
  COORDINATE_PROBLEM_CODES,
  detectCoordinateSystem,
  detectionForEpsg,
  toLonLat,
} from '../../src/data/coordinates/index.ts';
import { PROBLEM_CODES } from '../../src/contract/problemCodes.ts';
import { COORDINATE_PROBLEM_SENTENCES } from '../../src/i18n/coordinateProblems.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import {
  deepFreeze,
  distanceM,
  line,
  positionsOf,
  readCoordinateFixture,
  seededRandom,
} from './coordinatesHelpers.ts';

const TRUTH = positionsOf(readCoordinateFixture('truth.geojson'));

function convert(input: unknown, options = {}) {
  return toLonLat(input, detectCoordinateSystem(input), options);
}

describe('toLonLat: web-map offsets', () => {
  it('GCJ-02 is 100–700 m off WGS 84 in China, and conversion brings it back within 1 m', () => {
    const encrypted = positionsOf(readCoordinateFixture('gcj02.geojson'));
    encrypted.forEach((position, i) => {
      const offsetM = distanceM(position, TRUTH[i] as number[]);
      expect(offsetM).toBeGreaterThan(100);
      expect(offsetM).toBeLessThan(700);
    });
    const result = convert(readCoordinateFixture('gcj02.geojson'), { datum: 'gcj02' });
    positionsOf(result.output).forEach((position, i) => {
      expect(distanceM(position, TRUTH[i] as number[])).toBeLessThan(1);
    });
    expect(result.problems.map((problem) => problem.code)).toEqual(['datum-shifted']);
    expect(result.assumed).toContain('GCJ-02');
  });

  it('removes the BD-09 offset, and reads Web Mercator metres as Baidu metres when told so', () => {
    const result = convert(readCoordinateFixture('bd09.geojson'), { datum: 'bd09' });
    positionsOf(result.output).forEach((position, i) => {
      expect(distanceM(position, TRUTH[i] as number[])).toBeLessThan(1);
    });
    const truth = [105.0893, 30.8867];
    const baiduMetres = gcoord.transform(truth as [number, number], gcoord.WGS84, gcoord.BD09MC);
    const fromMetres = convert(line([baiduMetres, baiduMetres]), { datum: 'bd09' });
    expect(distanceM(positionsOf(fromMetres.output)[0] as number[], truth)).toBeLessThan(1);
    expect(fromMetres.assumed).toBe('BD-09 Mercator (Baidu metres)');
  });
});

describe('toLonLat: the output', () => {
  it('never mutates the input, keeps heights and drops crs and bbox', () => {
    const input = deepFreeze(readCoordinateFixture('crs-4544.geojson') as Record<string, unknown>);
    const before = JSON.stringify(input);
    const result = convert({ ...input, bbox: [0, 0, 1, 1] });
    expect(JSON.stringify(input)).toBe(before);
    expect(result.converted).toBe(true);
    expect(result.output).not.toHaveProperty('bbox');
    expect(positionsOf(result.output)[0]?.[2]).toBe(402.5);
  });

  it('returns lon/lat input itself, unconverted', () => {
    const input = readCoordinateFixture('truth.geojson');
    expect(convert(input)).toMatchObject({
      ok: true,
      output: input,
      converted: false,
      problems: [],
    });
  });

  it('feeds the validator: converted fixtures validate like the truth', () => {
    const truth = validateDataset(readCoordinateFixture('truth.geojson'));
    const result = convert(readCoordinateFixture('gauss-kruger-zone35.geojson'));
    const validated = validateDataset(result.output);
    expect(validated.errors).toEqual([]);
    expect(validated.segments.map((segment) => segment.properties.id)).toEqual(
      truth.segments.map((segment) => segment.properties.id),
    );
  });

  it('names features outside China, then counts the rest', () => {
    const feature = (i: number) => ({
      type: 'Feature',
      properties: { id: `eu-${i}` },
      geometry: {
        type: 'LineString',
        coordinates: [
          [105, 30],
          [13.4 + i * 1e-4, 52.5],
        ],
      },
    });
    const input = {
      type: 'FeatureCollection',
      features: Array.from({ length: 53 }, (_, i) => feature(i)),
    };
    const problems = convert(input).problems;
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      code: 'outside-china',
      featureIndex: 0,
      featureId: 'eu-0',
      params: { vertex: 1, lon: 13.4, lat: 52.5 },
    });
    expect(problems.filter((problem) => problem.code === 'outside-china')).toHaveLength(50);
    expect(problems.at(-1)).toMatchObject({ code: 'outside-china-more', params: { count: 3 } });
  });
});

describe('toLonLat and detectCoordinateSystem on garbage', () => {
  it('never throw', () => {
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const atoms = [null, 0, -1, 1e308, 'x', true, [], {}, Number.NaN, 35_500_000, 105, 30];
    const value = (depth: number): unknown => {
      if (depth > 4 || random() < 0.3) return pick(atoms);
      if (random() < 0.5)
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const keys = [
        'type',
        'features',
        'geometry',
        'coordinates',
        'geometries',
        'crs',
        'properties',
      ];
      const types = ['FeatureCollection', 'Feature', 'LineString', 'GeometryCollection', 'name'];
      const object: Record<string, unknown> = { type: pick(types) };
      for (const key of keys) if (random() < 0.5) object[key] = value(depth + 1);
      return object;
    };
    for (let i = 0; i < 2000; i++) {
      const input = value(0);
      const detection = detectCoordinateSystem(input);
      for (const datum of ['wgs84', 'gcj02', 'bd09'] as const) {
        const result = toLonLat(input, detection, { datum, centralMeridianDeg: 105 });
        expect(Array.isArray(result.problems)).toBe(true);
      }
    }
    const wild = line([
      [1e308, 5],
      [-1e308, 1e308],
      [Number.NaN, 'x'],
      [20_037_508, 20_037_508],
    ]);
    for (const epsg of [3857, 4326, 4523]) {
      const result = toLonLat(wild, detectionForEpsg(epsg), { datum: 'bd09' });
      for (const position of positionsOf(result.output).slice(0, 2)) {
        expect(position.every((value) => !Number.isNaN(value))).toBe(true);
      }
    }
    const cyclic: Record<string, unknown> = { type: 'FeatureCollection', features: [] };
    cyclic.crs = cyclic;
    expect(() => toLonLat(cyclic, detectCoordinateSystem(cyclic))).not.toThrow();
  });
});

describe('problem sentences', () => {
  it('has a zh and an en sentence for every code, none shared with the validator', () => {
    const problem = { severity: 'warning' as const, featureIndex: 3, params: {} };
    for (const code of COORDINATE_PROBLEM_CODES) {
      expect(PROBLEM_CODES as readonly string[]).not.toContain(code);
      for (const locale of ['zh', 'en'] as const) {
        expect(
          COORDINATE_PROBLEM_SENTENCES[locale][code]({ ...problem, code }, 'S').length,
        ).toBeGreaterThan(10);
      }
    }
  });

  it('fills every parameter of the problems it reports', () => {
    const inputs = [
      'gauss-kruger-cm105.geojson',
      'crs-unsupported.geojson',
      'crs-contradicted.geojson',
    ];
    const results = inputs.map((name) => convert(readCoordinateFixture(name)));
    results.push(
      convert(
        line([
          [1, 2],
          [3, 4],
        ]),
      ),
      convert(line([[5e9, 5e9]])),
    );
    for (const problem of results.flatMap((result) => result.problems)) {
      const code = problem.code as (typeof COORDINATE_PROBLEM_CODES)[number];
      expect(COORDINATE_PROBLEM_SENTENCES.zh[code](problem, 'S')).not.toMatch(/undefined|NaN/);
      expect(COORDINATE_PROBLEM_SENTENCES.en[code](problem, 'S')).not.toMatch(/undefined|NaN/);
    }
  });
});
