import geodesic from 'geographiclib-geodesic';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { edgeLengthM, lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { NORTH_SOUTH_LINE, ROAD_LINES } from '../fixtures/domain/roadLines.ts';

const WGS84 = geodesic.Geodesic.WGS84;

function geodesicEdgeM(from: Position, to: Position): number {
  return WGS84.Inverse(from[1] ?? 0, from[0] ?? 0, to[1] ?? 0, to[0] ?? 0).s12 ?? NaN;
}

function pathsOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** GeographicLib's geodesic length of a line, edge by edge, in km. */
function geographicLibKm(geometry: LineString | MultiLineString): number {
  let totalM = 0;
  for (const path of pathsOf(geometry)) {
    for (let i = 1; i < path.length; i++) {
      totalM += geodesicEdgeM(path[i - 1] as Position, path[i] as Position);
    }
  }
  return totalM / 1000;
}

/** Haversine on the mean sphere, R = 6371.0088 km, as `@turf/length` measures. */
function haversineKm(geometry: LineString | MultiLineString): number {
  const radiusKm = 6371.0088;
  const toRadians = Math.PI / 180;
  let totalKm = 0;
  for (const path of pathsOf(geometry)) {
    for (let i = 1; i < path.length; i++) {
      const [lon0 = 0, lat0 = 0] = path[i - 1] as Position;
      const [lon1 = 0, lat1 = 0] = path[i] as Position;
      const a =
        Math.sin(((lat1 - lat0) * toRadians) / 2) ** 2 +
        Math.cos(lat0 * toRadians) *
          Math.cos(lat1 * toRadians) *
          Math.sin(((lon1 - lon0) * toRadians) / 2) ** 2;
      totalKm += 2 * radiusKm * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
  }
  return totalKm;
}

function relativeError(value: number, reference: number): number {
  return Math.abs(value - reference) / reference;
}

describe('lineLengthKm against GeographicLib (WGS 84 geodesic)', () => {
  it.each(ROAD_LINES.map((line) => [line.name, line.geometry] as const))(
    '%s: within 0.01 %%',
    (_name, geometry) => {
      const referenceKm = geographicLibKm(geometry);
      expect(referenceKm).toBeGreaterThan(0.1);
      expect(relativeError(lineLengthKm(geometry), referenceKm)).toBeLessThan(1e-4);
    },
  );

  it('is in fact within one part in a million on every edge of the fixtures', () => {
    for (const { geometry } of ROAD_LINES) {
      for (const path of pathsOf(geometry)) {
        for (let i = 1; i < path.length; i++) {
          const from = path[i - 1] as Position;
          const to = path[i] as Position;
          expect(relativeError(edgeLengthM(from, to), geodesicEdgeM(from, to))).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('adds the parts of a MultiLineString', () => {
    const multi = ROAD_LINES.find((line) => line.geometry.type === 'MultiLineString')!.geometry;
    const partsKm = (multi as MultiLineString).coordinates
      .map((coordinates) => lineLengthKm({ type: 'LineString', coordinates }))
      .reduce((sum, km) => sum + km, 0);
    expect(lineLengthKm(multi)).toBeCloseTo(partsKm, 12);
  });

  it('measures a one-position line and an empty MultiLineString as 0', () => {
    expect(lineLengthKm({ type: 'LineString', coordinates: [[105, 30]] })).toBe(0);
    expect(lineLengthKm({ type: 'MultiLineString', coordinates: [] })).toBe(0);
  });
});

describe('why not a spherical haversine', () => {
  it('is off by more than 0.1 % on a north–south line at 30.5°N, where ours is not', () => {
    const referenceKm = geographicLibKm(NORTH_SOUTH_LINE);
    const sphereError = relativeError(haversineKm(NORTH_SOUTH_LINE), referenceKm);
    expect(sphereError).toBeGreaterThan(1e-3);
    expect(sphereError).toBeLessThan(4e-3);
    expect(relativeError(lineLengthKm(NORTH_SOUTH_LINE), referenceKm)).toBeLessThan(1e-6);
  });
});
