/**
 * From the flat km frame to WGS 84 longitude/latitude, by a transverse Mercator projection
 * centred on the frame's origin: north offsets run along the central meridian, east offsets
 * along the great circle square to it. The sphere it works on is scaled by the ellipsoid's
 * meridional radius (north, at the mean latitude) and prime-vertical radius (east, at the
 * origin), so lengths in the frame match ellipsoidal lengths (`src/domain/geodesicLength.ts`)
 * to a few parts in 100,000 across a county and about 1 in 10,000 at 150 km from the origin:
 * a road drawn 3.80 km long in the frame measures 3.80 km.
 */
import { WGS84_FLATTENING, WGS84_SEMI_MAJOR_AXIS_M } from '../../src/domain/geodesicLength.ts';
import type { PointKm } from './plane.ts';

/** Where the frame's origin lies on the ellipsoid. */
export interface GeoOrigin {
  longitude: number;
  latitude: number;
}

const ECCENTRICITY_SQUARED = WGS84_FLATTENING * (2 - WGS84_FLATTENING);
const DEGREES_TO_RADIANS = Math.PI / 180;
const COORDINATE_SCALE = 1e6;

function meridionalRadiusKm(latitudeRad: number): number {
  const w2 = 1 - ECCENTRICITY_SQUARED * Math.sin(latitudeRad) ** 2;
  return (WGS84_SEMI_MAJOR_AXIS_M * (1 - ECCENTRICITY_SQUARED)) / (w2 * Math.sqrt(w2)) / 1000;
}

function primeVerticalRadiusKm(latitudeRad: number): number {
  return (
    WGS84_SEMI_MAJOR_AXIS_M /
    Math.sqrt(1 - ECCENTRICITY_SQUARED * Math.sin(latitudeRad) ** 2) /
    1000
  );
}

/** A coordinate rounded to 6 decimals (about 0.1 m), as the sample files store them. */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * COORDINATE_SCALE) / COORDINATE_SCALE;
}

/**
 * Converts a point of the km frame to [longitude, latitude] in degrees, rounded to 6 decimals.
 *
 * @example
 * toLongitudeLatitude({ longitude: 105, latitude: 30.9 }, [0, 0]); // [105, 30.9]
 */
export function toLongitudeLatitude(origin: GeoOrigin, point: PointKm): [number, number] {
  const originLatitudeRad = origin.latitude * DEGREES_TO_RADIANS;
  const firstGuessRad = originLatitudeRad + point[1] / meridionalRadiusKm(originLatitudeRad);
  const northRad = point[1] / meridionalRadiusKm((originLatitudeRad + firstGuessRad) / 2);
  const eastRad = point[0] / primeVerticalRadiusKm(originLatitudeRad);
  const alongMeridianRad = originLatitudeRad + northRad;
  const latitudeRad = Math.asin(Math.sin(alongMeridianRad) / Math.cosh(eastRad));
  const longitudeRad =
    origin.longitude * DEGREES_TO_RADIANS +
    Math.atan2(Math.sinh(eastRad), Math.cos(alongMeridianRad));
  return [
    roundCoordinate(longitudeRad / DEGREES_TO_RADIANS),
    roundCoordinate(latitudeRad / DEGREES_TO_RADIANS),
  ];
}

/** Converts a whole path. */
export function pathToLongitudeLatitude(
  origin: GeoOrigin,
  path: readonly PointKm[],
): [number, number][] {
  return path.map((point) => toLongitudeLatitude(origin, point));
}
