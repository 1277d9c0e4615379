import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  detectCoordinateSystem,
  detectionForCentralMeridian,
  detectionForEpsg,
  toLonLat,
  type ConversionResult,
} from '../../src/data/coordinates/index.ts';
import {
  crs,
  distanceM,
  forwardOf,
  line,
  positionsOf,
  readCoordinateFixture,
} from './coordinatesHelpers.ts';
import { gaussKrugerSeries, meridianArcM } from './gaussKrugerReference.ts';

const TRUTH = positionsOf(readCoordinateFixture('truth.geojson'));

function codes(result: ConversionResult): string[] {
  return result.problems.map((problem) => problem.code);
}

/** Detects and converts a fixture; checks every position against the truth within `toleranceM`. */
function convertFixture(name: string, toleranceM: number, options = {}): ConversionResult {
  const input = readCoordinateFixture(name);
  const result = toLonLat(input, detectCoordinateSystem(input), options);
  expect(result.ok).toBe(true);
  const positions = positionsOf(result.output);
  expect(positions).toHaveLength(TRUTH.length);
  positions.forEach((position, i) => {
    expect(distanceM(position, TRUTH[i] as number[])).toBeLessThan(toleranceM);
  });
  return result;
}

describe('Gauss–Krüger definitions against an independent reference', () => {
  const forward35 = forwardOf(4523);

  it('maps the central meridian to x = 35 500 000 exactly and latitude to the meridian arc', () => {
    expect(meridianArcM(90)).toBeCloseTo(10_001_965.729, 3);
    for (const latDeg of [0, 3.9, 18.2, 30.9, 45, 53.5, 90]) {
      const [x, y] = forward35(105, latDeg);
      expect(x).toBeCloseTo(35_500_000, 6);
      expect(y).toBeCloseTo(meridianArcM(latDeg), 3);
    }
    expect(forward35(105, 30.9)[1]).toBeCloseTo(3_419_887.463, 3);
  });

  it('agrees with the classic Gauss–Krüger series to a few millimetres off the meridian', () => {
    for (const [lon, lat] of [
      [103.5, 30.9],
      [106.5, 22],
      [104.2, 45.3],
      [105.9, 18.3],
    ]) {
      const [x, y] = forward35(lon as number, lat as number);
      const [xRef, yRef] = gaussKrugerSeries(lon as number, lat as number, 105, 35_500_000);
      expect(Math.abs(x - xRef)).toBeLessThan(0.005);
      expect(Math.abs(y - yRef)).toBeLessThan(0.005);
    }
    const [x6, y6] = forwardOf(4496)(102, 30.9); // 6° zone 18, 3° from its meridian
    const [x6Ref, y6Ref] = gaussKrugerSeries(102, 30.9, 105, 18_500_000);
    expect(Math.hypot(x6 - x6Ref, y6 - y6Ref)).toBeLessThan(0.02);
  });

  it('converts projected points back to within a micrometre of where they started', () => {
    for (const epsg of [4523, 4496, 4544, 3857, 32648]) {
      const forward = forwardOf(epsg);
      const start = [105.1234567, 30.9876543];
      const projected = forward(start[0] as number, start[1] as number);
      const result = toLonLat(line([projected, projected]), detectionForEpsg(epsg));
      const [lon, lat] = positionsOf(result.output)[0] as number[];
      expect(distanceM([lon as number, lat as number], start)).toBeLessThan(1e-6);
    }
  });

  it('writes UTM as the utm projection of proj4 does', () => {
    const utm48 = proj4('EPSG:4326', '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs');
    const [x, y] = forwardOf(32648)(103.7, 30.9);
    const [xRef, yRef] = utm48.forward([103.7, 30.9]) as [number, number];
    expect(Math.hypot(x - xRef, y - yRef)).toBeLessThan(1e-6);
  });

  it('checks Web Mercator against its closed formula', () => {
    const radiusM = 6378137;
    const [x, y] = forwardOf(3857)(105, 30.9);
    expect(x).toBeCloseTo((radiusM * 105 * Math.PI) / 180, 6);
    expect(y).toBeCloseTo(radiusM * Math.log(Math.tan(Math.PI / 4 + (30.9 * Math.PI) / 360)), 6);
  });
});

describe('detectCoordinateSystem from the numbers', () => {
  it('reads lon/lat as it is', () => {
    const detection = detectCoordinateSystem(readCoordinateFixture('truth.geojson'));
    expect(detection).toMatchObject({ kind: 'lonlat', epsg: 4326, source: 'coordinates' });
    expect(detection.swapped).toBeUndefined();
  });

  it('infers the zone from the false easting', () => {
    const zone35 = detectCoordinateSystem(readCoordinateFixture('gauss-kruger-zone35.geojson'));
    expect(zone35).toMatchObject({ kind: 'gauss-kruger', epsg: 4523, zone: 35, zoneWidthDeg: 3 });
    expect(zone35.centralMeridianDeg).toBe(105);
    const zone18 = detectCoordinateSystem(
      readCoordinateFixture('gauss-kruger-6deg-zone18.geojson'),
    );
    expect(zone18).toMatchObject({
      epsg: 4496,
      zone: 18,
      zoneWidthDeg: 6,
      centralMeridianDeg: 105,
    });
    for (let zone = 25; zone <= 45; zone++) {
      const detection = detectCoordinateSystem(line([[zone * 1e6 + 509_540, 3_420_000]]));
      expect(detection).toMatchObject({ epsg: 4488 + zone, centralMeridianDeg: 3 * zone });
    }
  });

  it('asks for the central meridian when the easting carries no zone', () => {
    const input = readCoordinateFixture('gauss-kruger-cm105.geojson');
    const detection = detectCoordinateSystem(input);
    expect(detection).toMatchObject({ kind: 'gauss-kruger', needsCentralMeridian: true });
    const refused = toLonLat(input, detection);
    expect(refused).toMatchObject({ ok: false, output: null });
    expect(refused.problems[0]).toMatchObject({
      severity: 'error',
      code: 'central-meridian-needed',
    });
    expect(toLonLat(input, detection, { centralMeridianDeg: Number.NaN }).problems[0]?.code).toBe(
      'central-meridian-invalid',
    );
    const result = convertFixture('gauss-kruger-cm105.geojson', 0.01, { centralMeridianDeg: 105 });
    expect(result.assumed).toBe('EPSG:4544 CGCS2000 / 3-degree Gauss-Kruger CM 105E');
    expect(toLonLat(input, detectionForCentralMeridian(105)).output).toEqual(result.output);
  });

  it('detects Web Mercator, and names the 6° zone it could also be', () => {
    expect(detectCoordinateSystem(readCoordinateFixture('web-mercator.geojson'))).toMatchObject({
      kind: 'web-mercator',
      epsg: 3857,
    });
    const eastChina = detectCoordinateSystem(line([[13_509_540, 4_200_000]]));
    expect(eastChina).toMatchObject({ kind: 'web-mercator', alternativeEpsg: 4491 });
    expect(codes(toLonLat(line([[13_509_540, 4_200_000]]), eastChina))).toContain('crs-ambiguous');
  });

  it('detects latitude-first positions and swaps them', () => {
    const input = readCoordinateFixture('lat-lon.geojson');
    expect(detectCoordinateSystem(input)).toMatchObject({ kind: 'lonlat', swapped: true });
    expect(codes(convertFixture('lat-lon.geojson', 1e-6))).toEqual(['lat-lon-swapped']);
  });
});

describe('detectCoordinateSystem and the crs member', () => {
  it('reads the usual spellings of a crs name', () => {
    const at = [105, 30.9];
    for (const [name, epsg] of [
      ['urn:ogc:def:crs:EPSG::4490', 4490],
      ['EPSG:4326', 4326],
      ['urn:ogc:def:crs:OGC:1.3:CRS84', 4326],
      ['http://www.opengis.net/def/crs/EPSG/0/4490', 4490],
    ] as const) {
      expect(detectCoordinateSystem(line([at], crs(name)))).toMatchObject({ epsg, source: 'crs' });
    }
    const legacy = { crs: { type: 'EPSG', properties: { code: 4523 } } };
    expect(detectCoordinateSystem(line([[35_509_540, 3_420_000]], legacy))).toMatchObject({
      epsg: 4523,
      source: 'crs',
    });
  });

  it('keeps a lon/lat crs when the numbers are only written latitude first', () => {
    const input = line([[30.9, 105.1]], crs('urn:ogc:def:crs:EPSG::4326'));
    const detection = detectCoordinateSystem(input);
    expect(detection).toMatchObject({ kind: 'lonlat', epsg: 4326, source: 'crs', swapped: true });
    expect(positionsOf(toLonLat(input, detection).output)).toEqual([[105.1, 30.9]]);
  });

  it('honours a crs that gives the central meridian the numbers lack', () => {
    const result = convertFixture('crs-4544.geojson', 0.01);
    expect(codes(result)).toEqual(['crs-from-member']);
    expect(result.output).not.toHaveProperty('crs');
  });

  it('lets the numbers win over a crs they cannot be in, and says so', () => {
    const contradicted = convertFixture('crs-contradicted.geojson', 1e-6);
    expect(codes(contradicted)).toEqual(['crs-contradicted']);
    const zoneLeftOut = convertFixture('crs-4523-zone-left-out.geojson', 0.01);
    expect(zoneLeftOut.assumed).toContain('EPSG:4544');
    expect(codes(zoneLeftOut)).toEqual(['crs-contradicted']);
  });

  it('refuses an EPSG code it cannot convert, and ignores a crs it cannot read', () => {
    const input = readCoordinateFixture('crs-unsupported.geojson');
    const detection = detectCoordinateSystem(input);
    expect(detection).toMatchObject({ kind: 'unsupported', epsg: 2436 });
    const result = toLonLat(input, detection);
    expect(result).toMatchObject({ ok: false, output: null });
    expect(result.problems[0]).toMatchObject({ severity: 'error', code: 'crs-unsupported' });
    const odd = line([[105, 30.9]], crs('local grid'));
    expect(detectCoordinateSystem(odd)).toMatchObject({ kind: 'lonlat', crsIgnored: true });
  });
});
