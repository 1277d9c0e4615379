/**
 * The coordinate step's short way for the common file: plain WGS 84 lon/lat inside China, with
 * no `crs` member. Detection would read such numbers as lon/lat, and the converter would leave
 * them as they are and warn of nothing, so neither is loaded for it.
 */
import { inChina } from './chinaExtent.ts';
import { featuresOf, forEachPosition, geometryOf, isObject, type PositionVisitor } from './walk.ts';

/**
 * Whether a parsed input (collection, feature or geometry) has no `crs` member and at least one
 * position, and every position written in finite numbers is lon/lat inside China.
 *
 * @example
 * isPlainLonLatInChina({ type: 'Feature', geometry: { type: 'Point', coordinates: [105, 30] } }); // true
 * isPlainLonLatInChina({ type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.85] } }); // false
 */
export function isPlainLonLatInChina(input: unknown): boolean {
  const crs = isObject(input) && Object.hasOwn(input, 'crs') ? input.crs : undefined;
  if (crs !== undefined && crs !== null) return false;
  let positions = 0;
  let outside = false;
  const see: PositionVisitor = (position) => {
    const lon = position[0];
    const lat = position[1];
    if (typeof lon !== 'number' || typeof lat !== 'number') return;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    positions++;
    if (!inChina(lon, lat)) outside = true;
  };
  for (const feature of featuresOf(input)) {
    forEachPosition(geometryOf(feature), see);
    if (outside) return false;
  }
  return positions > 0;
}
