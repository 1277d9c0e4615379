/**
 * The routes' chainage of a measured network: the index of `routeChainage.ts` built from
 * measured segments and their lines (each segment's measured length reused).
 */
import type { LineString, MultiLineString } from 'geojson';
import { buildRouteChainageIndex, type RouteChainageIndex } from './routeChainage.ts';
import type { MeasuredSegment } from './types.ts';

/**
 * @example
 * const index = measuredChainageIndex(dataset.segments, dataset.lines);
 * index.routes.get('G247')?.toKm;
 */
export function measuredChainageIndex(
  segments: readonly MeasuredSegment[],
  lines: readonly (LineString | MultiLineString)[],
): RouteChainageIndex {
  return buildRouteChainageIndex(
    segments.map((segment) => ({
      geometry: lines[segment.index]!,
      properties: segment.properties,
      measuredKm: segment.measuredKm,
    })),
  );
}
