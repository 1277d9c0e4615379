/**
 * The place on the network of a route and chainage (`G247 K391+400`): the segment that bears
 * it and the point of its line there, the chainage mapped onto the line in proportion as for
 * progress rows (docs/chainage.md). Where a chainage repeats (长链), the first segment along
 * the route that bears it.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import { splitLine } from './completedPart.ts';
import { EXTENT_TOLERANCE_KM } from './chainageRange.ts';
import type { RouteChainage, RouteChainageIndex } from './routeChainage.ts';

/** Where a chainage lies, or why it lies nowhere. */
export type ChainagePlace =
  | { ok: true; segmentIndex: number; lngLat: [number, number]; route: string }
  | { ok: false; reason: 'unknown-route'; route: string }
  | { ok: false; reason: 'outside-route'; route: string; fromKm: number; toKm: number };

function routeOf(index: RouteChainageIndex, route: string): RouteChainage | undefined {
  const exact = index.routes.get(route);
  if (exact) return exact;
  const wanted = route.toUpperCase();
  for (const [code, chainage] of index.routes) if (code.toUpperCase() === wanted) return chainage;
  return undefined;
}

function endOf(line: LineString | MultiLineString): Position {
  const last = line.type === 'LineString' ? line.coordinates : line.coordinates.at(-1)!;
  return last.at(-1)!;
}

function startOf(line: LineString | MultiLineString): Position {
  return line.type === 'LineString' ? line.coordinates[0]! : line.coordinates[0]![0]!;
}

/**
 * @example
 * pointAtChainage(index, lines, 'G247', 391.4); // { ok: true, segmentIndex: 12, lngLat: [105.2, 30.7], route: 'G247' }
 */
export function pointAtChainage(
  index: RouteChainageIndex,
  lines: readonly (LineString | MultiLineString)[],
  route: string,
  km: number,
): ChainagePlace {
  const chainage = routeOf(index, route.trim());
  if (!chainage) return { ok: false, reason: 'unknown-route', route };
  const span = chainage.spans.find(
    (candidate) =>
      km >= candidate.fromKm - EXTENT_TOLERANCE_KM && km <= candidate.toKm + EXTENT_TOLERANCE_KM,
  );
  if (!span) {
    return {
      ok: false,
      reason: 'outside-route',
      route: chainage.route,
      fromKm: chainage.fromKm,
      toKm: chainage.toKm,
    };
  }
  const width = span.toKm - span.fromKm;
  const share = width > 0 ? Math.min(1, Math.max(0, (km - span.fromKm) / width)) : 0;
  const fraction = span.reversed ? 1 - share : share;
  const line = lines[span.segmentIndex]!;
  const { built } = splitLine(line, fraction);
  const at = built ? endOf(built) : startOf(line);
  return {
    ok: true,
    segmentIndex: span.segmentIndex,
    lngLat: [at[0]!, at[1]!],
    route: chainage.route,
  };
}
