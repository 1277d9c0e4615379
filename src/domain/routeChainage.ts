/**
 * A route's chainage (桩号) laid over its segments: for each route code, its segments in order
 * along the route, each with the chainage range it covers. Progress sheets name stretches by
 * route and chainage; this index is what turns those into places on the network.
 *
 * Where a route's segments carry `start_chainage`, each segment covers its own start chainage
 * plus its declared length (`length_km`, else the measured one). Chainage breaks (长链, where
 * the chainage repeats, and 短链, where it skips) are normal: a segment whose start does not
 * continue the one before keeps its own.
 *
 * Where none of a route's segments carries one, the segments are chained end to end by their
 * geometry and the chainage is measured from the route's start (see {@link chainRouteSegments}
 * for how the start is chosen). `docs/chainage.md` says the same for people.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import { parseChainageKm } from './chainage.ts';
import { edgeLengthM, lineLengthKm } from './geodesicLength.ts';

/** What the index needs of a segment: a `RoadSegment` of the contract fits. */
export interface ChainageSegment {
  geometry: LineString | MultiLineString;
  properties: { route?: string; start_chainage?: string; length_km?: number };
  /** Ellipsoidal length of the geometry in km, where it is measured already. */
  measuredKm?: number;
}

/** The chainage range one segment covers on its route. */
export interface ChainageSpan {
  /** The segment's position in the array the index was built from. */
  segmentIndex: number;
  fromKm: number;
  toKm: number;
  /**
   * True when the chainage runs against the segment's drawing direction: the chainage starts
   * at the geometry's last position. Only segments chained by geometry can be reversed.
   */
  reversed: boolean;
}

/** Where a route's chainage comes from: the segments' `start_chainage`, or their chained geometry. */
export type ChainageOrigin = 'declared' | 'chained';

/** One route's chainage. */
export interface RouteChainage {
  route: string;
  origin: ChainageOrigin;
  /** The segments' spans, by `fromKm` (then in the order along the route). */
  spans: ChainageSpan[];
  /** `reachKm[i]`: the largest `toKm` of `spans[0…i]`; rises along the spans (for searching). */
  reachKm: number[];
  /** The lowest chainage of the route, in km. */
  fromKm: number;
  /** The highest chainage of the route, in km. */
  toKm: number;
  /**
   * Segments of the route left out of its chainage: those without a readable `start_chainage`
   * on a route whose other segments have one.
   */
  unplaced: number[];
}

/** The chainage of every route, by route code. */
export interface RouteChainageIndex {
  routes: Map<string, RouteChainage>;
  /** Each placed segment's span, by segment index. */
  spans: Map<number, ChainageSpan>;
}

/** How close, in metres, a segment's end must be to the next one's start to chain them. */
export const CHAIN_TOLERANCE_M = 5;

/** Grid cell for finding ends near each other: 2e-4° is more than 5 m up to 70° of latitude. */
const CELL_DEGREES = 2e-4;

function firstPosition(geometry: LineString | MultiLineString): Position | undefined {
  return geometry.type === 'LineString' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
}

function lastPosition(geometry: LineString | MultiLineString): Position | undefined {
  if (geometry.type === 'LineString') return geometry.coordinates.at(-1);
  return geometry.coordinates.at(-1)?.at(-1);
}

/**
 * The chainage length of a segment in km: its declared `length_km`, else its measured length.
 *
 * @example
 * chainageLengthKm({ geometry, properties: { length_km: 2 } }); // 2
 */
export function chainageLengthKm(segment: ChainageSegment): number {
  const declaredKm = segment.properties.length_km;
  if (declaredKm !== undefined && declaredKm >= 0) return declaredKm;
  return segment.measuredKm ?? lineLengthKm(segment.geometry);
}

/** One end of a segment, for chaining. */
interface SegmentEnd {
  segmentIndex: number;
  /** True for the segment's last position, false for its first. */
  isEnd: boolean;
  position: Position;
}

/** A grid cell's key: its column and row in one number. */
function cellKey(column: number, row: number): number {
  return column * 1_048_576 + row;
}

/** The ends of some segments on a grid, to find those near a position. */
class EndGrid {
  private readonly cells = new Map<number, SegmentEnd[]>();

  add(end: SegmentEnd): void {
    const key = cellKey(
      Math.floor((end.position[0] ?? 0) / CELL_DEGREES),
      Math.floor((end.position[1] ?? 0) / CELL_DEGREES),
    );
    const cell = this.cells.get(key);
    if (cell) cell.push(end);
    else this.cells.set(key, [end]);
  }

  /** Ends within {@link CHAIN_TOLERANCE_M} of `position` that `keep` accepts, nearest first. */
  near(position: Position, keep: (end: SegmentEnd) => boolean): SegmentEnd[] {
    const column = Math.floor((position[0] ?? 0) / CELL_DEGREES);
    const row = Math.floor((position[1] ?? 0) / CELL_DEGREES);
    const found: { end: SegmentEnd; distanceM: number }[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = this.cells.get(cellKey(column + dx, row + dy));
        if (cell === undefined) continue;
        for (const end of cell) {
          if (!keep(end)) continue;
          const distanceM = edgeLengthM(position, end.position);
          if (distanceM <= CHAIN_TOLERANCE_M) found.push({ end, distanceM });
        }
      }
    }
    if (found.length > 1) {
      found.sort(
        (a, b) =>
          a.distanceM - b.distanceM ||
          a.end.segmentIndex - b.end.segmentIndex ||
          Number(a.end.isEnd) - Number(b.end.isEnd),
      );
    }
    return found.map((item) => item.end);
  }
}

/** Westernmost first, then southernmost, then by segment and end. */
function westThenSouth(a: SegmentEnd, b: SegmentEnd): number {
  return (
    (a.position[0] ?? 0) - (b.position[0] ?? 0) ||
    (a.position[1] ?? 0) - (b.position[1] ?? 0) ||
    a.segmentIndex - b.segmentIndex ||
    Number(a.isEnd) - Number(b.isEnd)
  );
}

/**
 * Chains a route's segments end to end by geometry and measures the chainage from the route's
 * start, each segment counting its declared length (`length_km`, else the measured one).
 *
 * - Two segments touch where an end of one lies within {@link CHAIN_TOLERANCE_M} metres of an
 *   end of the other.
 * - The route starts at a free end: an end that touches no other segment of the route. Among
 *   free ends the westernmost wins, then the southernmost. A route without a free end (a ring)
 *   starts at its westernmost (then southernmost) end.
 * - From there the chain goes on to the untaken segment whose end touches the chain's last end
 *   (the nearest; at a fork, the nearest, then the lowest segment index). A segment joined by
 *   its last position runs against its drawing direction (`reversed`).
 * - Where nothing untaken touches (a gap, or the far end of a fork), the chain starts again at
 *   the next free end by the same rule and the chainage goes on from where it stopped: a gap
 *   adds no chainage.
 * - A MultiLineString is one segment from its first part's start to its last part's end.
 *
 * @example
 * chainRouteSegments(segments, [4, 9]);
 * // [{ segmentIndex: 9, fromKm: 0, toKm: 1.2, reversed: false }, { segmentIndex: 4, fromKm: 1.2, toKm: 2, reversed: true }]
 */
export function chainRouteSegments(
  segments: readonly ChainageSegment[],
  segmentIndices: readonly number[],
): ChainageSpan[] {
  const grid = new EndGrid();
  const ends: SegmentEnd[] = [];
  const orphans: number[] = [];
  for (const segmentIndex of segmentIndices) {
    const geometry = (segments[segmentIndex] as ChainageSegment).geometry;
    const first = firstPosition(geometry);
    const last = lastPosition(geometry);
    if (first === undefined || last === undefined) {
      orphans.push(segmentIndex);
      continue;
    }
    const pair: SegmentEnd[] = [
      { segmentIndex, isEnd: false, position: first },
      { segmentIndex, isEnd: true, position: last },
    ];
    for (const end of pair) {
      grid.add(end);
      ends.push(end);
    }
  }
  const free: SegmentEnd[] = [];
  const touching: SegmentEnd[] = [];
  for (const end of ends) {
    const others = grid.near(end.position, (other) => other.segmentIndex !== end.segmentIndex);
    (others.length === 0 ? free : touching).push(end);
  }
  const starts = [...free.sort(westThenSouth), ...touching.sort(westThenSouth)];
  const taken = new Set<number>();
  const untaken = (end: SegmentEnd): boolean => !taken.has(end.segmentIndex);
  const spans: ChainageSpan[] = [];
  let chainageKm = 0;
  const take = (end: SegmentEnd): Position => {
    const segment = segments[end.segmentIndex] as ChainageSegment;
    const lengthKm = chainageLengthKm(segment);
    taken.add(end.segmentIndex);
    spans.push({
      segmentIndex: end.segmentIndex,
      fromKm: chainageKm,
      toKm: chainageKm + lengthKm,
      reversed: end.isEnd,
    });
    chainageKm += lengthKm;
    const far = end.isEnd ? firstPosition(segment.geometry) : lastPosition(segment.geometry);
    return far as Position;
  };
  for (const start of starts) {
    if (taken.has(start.segmentIndex)) continue;
    let position = take(start);
    for (;;) {
      const next = grid.near(position, untaken)[0];
      if (next === undefined) break;
      position = take(next);
    }
  }
  for (const segmentIndex of orphans) {
    spans.push({ segmentIndex, fromKm: chainageKm, toKm: chainageKm, reversed: false });
  }
  return spans;
}

function routeOf(spans: ChainageSpan[], route: string, origin: ChainageOrigin): RouteChainage {
  const reachKm = new Array<number>(spans.length);
  let highestKm = -Infinity;
  let lowestKm = Infinity;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as ChainageSpan;
    highestKm = Math.max(highestKm, span.toKm);
    lowestKm = Math.min(lowestKm, span.fromKm);
    reachKm[i] = highestKm;
  }
  return {
    route,
    origin,
    spans,
    reachKm,
    fromKm: spans.length > 0 ? lowestKm : 0,
    toKm: spans.length > 0 ? highestKm : 0,
    unplaced: [],
  };
}

/**
 * Builds the chainage of every route from the segments that name one.
 *
 * - Every segment of the route has a readable `start_chainage` → `declared`: each covers
 *   `[start, start + length]`, length being `length_km`, else the measured length. Spans are
 *   sorted by start; overlapping spans (长链) and gaps (短链) stay as declared.
 * - None has one → `chained`: see {@link chainRouteSegments}.
 * - Some have one → `declared` from those; the others are `unplaced`.
 *
 * @example
 * const index = buildRouteChainageIndex(validation.segments);
 * index.routes.get('S209'); // { origin: 'declared', fromKm: 0, toKm: 12.4, spans: [...] }
 */
export function buildRouteChainageIndex(segments: readonly ChainageSegment[]): RouteChainageIndex {
  const byRoute = new Map<string, number[]>();
  for (let i = 0; i < segments.length; i++) {
    const route = (segments[i] as ChainageSegment).properties.route?.trim();
    if (!route) continue;
    const members = byRoute.get(route);
    if (members) members.push(i);
    else byRoute.set(route, [i]);
  }
  const routes = new Map<string, RouteChainage>();
  for (const [route, members] of byRoute) {
    const declared: ChainageSpan[] = [];
    const unplaced: number[] = [];
    for (const segmentIndex of members) {
      const segment = segments[segmentIndex] as ChainageSegment;
      const text = segment.properties.start_chainage;
      const startKm = text === undefined ? undefined : parseChainageKm(text);
      if (startKm === undefined) {
        unplaced.push(segmentIndex);
        continue;
      }
      const toKm = startKm + chainageLengthKm(segment);
      declared.push({ segmentIndex, fromKm: startKm, toKm, reversed: false });
    }
    if (declared.length === 0) {
      routes.set(route, routeOf(chainRouteSegments(segments, members), route, 'chained'));
      continue;
    }
    declared.sort((a, b) => a.fromKm - b.fromKm || a.segmentIndex - b.segmentIndex);
    routes.set(route, { ...routeOf(declared, route, 'declared'), unplaced });
  }
  const spans = new Map<number, ChainageSpan>();
  for (const chainage of routes.values()) {
    for (const span of chainage.spans) spans.set(span.segmentIndex, span);
  }
  return { routes, spans };
}
