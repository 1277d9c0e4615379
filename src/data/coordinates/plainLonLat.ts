/**
 * The coordinate step's short way for the common file: plain WGS 84 lon/lat with every position
 * in China. Such a file is left as it is and warned of nothing, so the converter (its plan,
 * warnings, rebuilding and outside-China report) is loaded only for the other files.
 */
import type { Datum } from '../../contract/opening.ts';
import { inChina } from './chinaExtent.ts';
import { lonLatInRange } from './numbers.ts';
import { systemForEpsg } from './systems.ts';
import type { Detection } from './types.ts';
import { featuresOf, forEachPosition, geometryOf, type PositionVisitor } from './walk.ts';

/**
 * Whether a position is finite lon/lat in range but outside China (a position out of range is
 * the validator's to report).
 *
 * @example
 * isOutsideChina([2.35, 48.85]); // true
 * isOutsideChina([500_000, 3_400_000]); // false: not lon/lat
 */
export function isOutsideChina(position: readonly unknown[]): boolean {
  const lon = position[0];
  const lat = position[1];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !lonLatInRange(lon, lat)) return false;
  return !inChina(lon, lat);
}

/**
 * Whether the converter would leave positions in this system as they are and say nothing of
 * it: WGS 84 lon/lat in lon-lat order, with no `crs` member it ignored or contradicted, no
 * other reading of the numbers and no web-map offset to remove.
 *
 * @example
 * needsNoConversion(detectCoordinateSystem(sampleCounty), 'wgs84'); // true
 * needsNoConversion(detectCoordinateSystem(sampleCounty), 'gcj02'); // false
 */
export function needsNoConversion(detection: Detection, datum: Datum): boolean {
  const system = systemForEpsg(detection.epsg ?? 4326) ?? systemForEpsg(4326);
  return (
    datum === 'wgs84' &&
    detection.kind === 'lonlat' &&
    system?.kind === 'lonlat' &&
    detection.swapped !== true &&
    detection.crsIgnored !== true &&
    detection.crsContradicted !== true &&
    detection.alternativeEpsg === undefined
  );
}

/**
 * Whether every position of a parsed input (collection, feature or geometry) is inside China
 * or not lon/lat at all: then the outside-China check has nothing to report.
 *
 * @example
 * allInsideChina({ type: 'Feature', geometry: { type: 'Point', coordinates: [105, 30] } }); // true
 */
export function allInsideChina(input: unknown): boolean {
  let outside = false;
  const see: PositionVisitor = (position) => {
    if (!outside && isOutsideChina(position)) outside = true;
  };
  for (const feature of featuresOf(input)) {
    forEachPosition(geometryOf(feature), see);
    if (outside) return false;
  }
  return true;
}
