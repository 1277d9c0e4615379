/**
 * The extent of some road features, for framing a search result.
 */
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';

/** [west, south, east, north] of the features at `indices`, or null when there are none. */
export function segmentsBounds(
  roads: FeatureCollection<LineString | MultiLineString>,
  indices: readonly number[],
): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const index of indices) {
    const geometry = roads.features[index]?.geometry;
    if (!geometry) continue;
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) {
      for (const [longitude = 0, latitude = 0] of part) {
        west = Math.min(west, longitude);
        east = Math.max(east, longitude);
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
      }
    }
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
