/**
 * Small synthetic routes near 105° E 30° N for the chainage join tests.
 */
import type { LineString } from 'geojson';
import type { BuildStatus } from '../../src/contract/roadNetwork.ts';
import type { ProgressSegment } from '../../src/domain/progressAsOf.ts';
import type { ChainageSegment } from '../../src/domain/routeChainage.ts';

/** A straight line along 30° N (or another latitude) between two longitudes. */
export function east(fromLon: number, toLon: number, latitude = 30): LineString {
  return {
    type: 'LineString',
    coordinates: [
      [fromLon, latitude],
      [(fromLon + toLon) / 2, latitude],
      [toLon, latitude],
    ],
  };
}

/** A segment of a route, with an optional start chainage and declared length. */
export function segment(
  route: string,
  geometry: LineString,
  startChainage?: string,
  lengthKm?: number,
): ChainageSegment {
  return {
    geometry,
    properties: {
      route,
      ...(startChainage === undefined ? {} : { start_chainage: startChainage }),
      ...(lengthKm === undefined ? {} : { length_km: lengthKm }),
    },
  };
}

/** A segment's own figures for the progress join. */
export function own(
  lengthKm: number,
  status: BuildStatus = 'existing',
  completedKm = 0,
): ProgressSegment {
  return { properties: { status }, lengthKm, completedKm, guardRequiredKm: null, guardKm: 0 };
}
