/**
 * Ellipsoidal line lengths on WGS 84 (CGCS2000 shares its axes to within 0.1 mm).
 *
 * Each edge is measured in the plane tangent to the ellipsoid at the edge's mid-latitude, with
 * the meridional (M) and prime-vertical (N) radii of curvature there. For the edges of a road
 * line (metres to a few kilometres) this agrees with GeographicLib's geodesic to better than
 * one part in a million, where a spherical haversine (as in `@turf/length`) is off by up to
 * 0.3 % at Chinese latitudes. It is also cheap enough to measure 100k lines at load.
 */
import type { LineString, MultiLineString, Position } from 'geojson';

/** WGS 84 semi-major axis in metres. */
export const WGS84_SEMI_MAJOR_AXIS_M = 6378137;
/** WGS 84 flattening. */
export const WGS84_FLATTENING = 1 / 298.257223563;
const ECCENTRICITY_SQUARED = WGS84_FLATTENING * (2 - WGS84_FLATTENING);
const DEGREES_TO_RADIANS = Math.PI / 180;

/**
 * Length of one edge between two lon/lat positions, in metres.
 *
 * @example
 * edgeLengthM([105, 30], [105.01, 30]); // ≈ 964.9
 */
export function edgeLengthM(from: Position, to: Position): number {
  const lon0 = from[0] ?? 0;
  const lat0 = from[1] ?? 0;
  const lon1 = to[0] ?? 0;
  const lat1 = to[1] ?? 0;
  const midLatitude = ((lat0 + lat1) / 2) * DEGREES_TO_RADIANS;
  const sinLat = Math.sin(midLatitude);
  const w2 = 1 - ECCENTRICITY_SQUARED * sinLat * sinLat;
  const w = Math.sqrt(w2);
  const primeVerticalRadiusM = WGS84_SEMI_MAJOR_AXIS_M / w;
  const meridionalRadiusM = (WGS84_SEMI_MAJOR_AXIS_M * (1 - ECCENTRICITY_SQUARED)) / (w2 * w);
  let deltaLon = lon1 - lon0;
  if (deltaLon > 180) deltaLon -= 360;
  else if (deltaLon < -180) deltaLon += 360;
  const northM = (lat1 - lat0) * DEGREES_TO_RADIANS * meridionalRadiusM;
  const eastM = deltaLon * DEGREES_TO_RADIANS * primeVerticalRadiusM * Math.cos(midLatitude);
  return Math.hypot(northM, eastM);
}

/** Length of a sequence of positions in km. */
export function pathLengthKm(positions: readonly Position[]): number {
  let totalM = 0;
  for (let i = 1; i < positions.length; i++) {
    totalM += edgeLengthM(positions[i - 1] as Position, positions[i] as Position);
  }
  return totalM / 1000;
}

/**
 * Ellipsoidal length of a LineString or MultiLineString in km.
 *
 * @example
 * lineLengthKm({ type: 'LineString', coordinates: [[105, 30], [105.01, 30]] }); // ≈ 0.9649
 */
export function lineLengthKm(geometry: LineString | MultiLineString): number {
  if (geometry.type === 'LineString') return pathLengthKm(geometry.coordinates);
  let totalKm = 0;
  for (const part of geometry.coordinates) totalKm += pathLengthKm(part);
  return totalKm;
}
