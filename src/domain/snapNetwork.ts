/**
 * What measuring and selecting read of a dataset: each segment's line (from the drawn road
 * lines), its bounds, its route, and a route's chainage when a click first lands on it. Built
 * once per dataset, when a measuring or selecting tool is first used.
 */
import type { Feature } from 'geojson';
import type { SnapNetwork } from './measureAlongRoad.ts';
import {
  buildRouteChainageIndex,
  type ChainageSegment,
  type ChainageSpan,
  type RouteChainageIndex,
} from './routeChainage.ts';
import { segmentLines, type SegmentLine } from './segmentLines.ts';
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
  const routes = segments.map((segment) => segment.properties.route?.trim() ?? '');
  const members = new Map<string, number[]>();
  routes.forEach((route, index) => {
    if (route === '') return;
    const list = members.get(route);
    if (list) list.push(index);
    else members.set(route, [index]);
  });
  const built = new Map<string, RouteChainageIndex>();
  const chainageOf = (route: string): RouteChainageIndex => {
    let index = built.get(route);
    if (!index) {
      index = routeChainage(members.get(route) ?? [], lines, segments);
      built.set(route, index);
    }
    return index;
  };
  return { lines, segmentBounds, routes, chainageOf };
}

/** One route's chainage, its spans naming the segments by their index in the dataset. */
function routeChainage(
  indices: readonly number[],
  lines: readonly SegmentLine[],
  segments: readonly MeasuredSegment[],
): RouteChainageIndex {
  const members: ChainageSegment[] = indices.map((index) => {
    const parts = lines[index] ?? [];
    return {
      geometry:
        parts.length === 1
          ? { type: 'LineString', coordinates: parts[0]! }
          : { type: 'MultiLineString', coordinates: parts },
      properties: segments[index]!.properties,
      measuredKm: segments[index]!.measuredKm,
    };
  });
  const index = buildRouteChainageIndex(members);
  // The index names segments by their position among the route's; back to the dataset's.
  const spans = new Map<number, ChainageSpan>();
  for (const chainage of index.routes.values()) {
    for (const span of chainage.spans) {
      span.segmentIndex = indices[span.segmentIndex]!;
      spans.set(span.segmentIndex, span);
    }
    chainage.unplaced = chainage.unplaced.map((position) => indices[position]!);
  }
  return { routes: index.routes, spans };
}
