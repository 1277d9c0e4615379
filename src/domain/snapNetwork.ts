/**
 * What measuring and selecting read of a dataset: each segment's line (from the drawn road
 * lines), its bounds, its route and the routes' chainage. Built once per dataset, when a
 * measuring or selecting tool is first used.
 */
import type { Feature } from 'geojson';
import type { SnapNetwork } from './measureAlongRoad.ts';
import { buildRouteChainageIndex, type ChainageSegment } from './routeChainage.ts';
import { segmentLines } from './segmentLines.ts';
import type { MeasuredSegment } from './types.ts';

/**
 * @example
 * const roads = decodeFeatures(await dataset.roadsData.arrayBuffer());
 * const network = snapNetwork(roads.features, dataset.segments, dataset.segmentBounds);
 */
export function snapNetwork(
  roadFeatures: readonly Feature[],
  segments: readonly MeasuredSegment[],
  segmentBounds: Float64Array,
): SnapNetwork {
  const lines = segmentLines(roadFeatures, segments.length);
  const chainageSegments: ChainageSegment[] = segments.map((segment, index) => {
    const parts = lines[index] ?? [];
    return {
      geometry:
        parts.length === 1
          ? { type: 'LineString', coordinates: parts[0]! }
          : { type: 'MultiLineString', coordinates: parts },
      properties: segment.properties,
      measuredKm: segment.measuredKm,
    };
  });
  return {
    lines,
    segmentBounds,
    routes: segments.map((segment) => segment.properties.route?.trim() ?? ''),
    chainage: buildRouteChainageIndex(chainageSegments),
  };
}
