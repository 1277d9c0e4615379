/**
 * Measuring on the map: the straight (ellipsoidal) length of a clicked path, and, where the
 * clicks are snapped to one road, the distance between them by that road's chainage
 * (`G247 K391+420 → K398+000: 6.58 km`).
 */
import type { Position } from 'geojson';
import { formatChainage } from './chainage.ts';
import { formatKm } from './format.ts';
import { pathLengthKm } from './geodesicLength.ts';
import { nearestOnLine } from './nearestOnLine.ts';
import type { RouteChainageIndex } from './routeChainage.ts';
import type { SegmentLine } from './segmentLines.ts';

/** A click snapped to a road. */
export interface RoadSnap {
  segmentIndex: number;
  /** The road's route code, or '' where it has none. */
  route: string;
  /** The nearest point of the road. */
  position: Position;
  /** How far the click was from the road, in metres. */
  distanceM: number;
  /** The route's chainage there, in km; undefined where the road has none. */
  chainageKm: number | undefined;
}

/** What the snapping reads of the dataset. */
export interface SnapNetwork {
  lines: readonly SegmentLine[];
  /** West, south, east, north of each segment (4 numbers per segment index). */
  segmentBounds: Float64Array;
  routes: readonly string[];
  /** A route's chainage (an index holding that route only), built when first asked for. */
  chainageOf(route: string): RouteChainageIndex;
}

/** The distance between clicks on one route by its chainage. */
export interface AlongRoad {
  route: string;
  /** Chainage of the first click, km. */
  fromKm: number;
  /** Chainage of the last click, km. */
  toKm: number;
  /** The sum of the chainage between consecutive clicks, km. */
  distanceKm: number;
}

export interface MeasureResult {
  /** Ellipsoidal length of the path through the clicks (snapped where snapped), km. */
  straightKm: number;
  /** Each leg's ellipsoidal length, km. */
  legsKm: number[];
  /** Each click's road (null: not snapped); empty when not measuring along a road. */
  snaps: (RoadSnap | null)[];
  /** The distance by chainage, where every click is on the same route and it has chainage. */
  along: AlongRoad | null;
}

/** About 111 km per degree of latitude; a degree of longitude is less, never more. */
const METRES_PER_DEGREE = 111_000;

/**
 * The road nearest to `at` within `toleranceM` metres, or null. Roads in `preferred` (the ones
 * the map drew under the click) are tried first; any road within reach otherwise.
 *
 * @example
 * snapToRoad(network, [104.83, 31.0], 50); // { segmentIndex: 2, route: 'G247', chainageKm: 389.6, … }
 */
export function snapToRoad(
  network: SnapNetwork,
  at: Position,
  toleranceM: number,
  preferred: readonly number[] = [],
): RoadSnap | null {
  const cosLat = Math.max(0.01, Math.cos(((at[1] ?? 0) * Math.PI) / 180));
  const reachLat = toleranceM / METRES_PER_DEGREE;
  const reachLon = reachLat / cosLat;
  const { lines, segmentBounds } = network;
  const candidates =
    preferred.length > 0 ? preferred : Array.from({ length: lines.length }, (_, i) => i);
  let best: RoadSnap | null = null;
  for (const index of candidates) {
    const at4 = index * 4;
    if (
      at[0]! < segmentBounds[at4]! - reachLon ||
      at[0]! > segmentBounds[at4 + 2]! + reachLon ||
      at[1]! < segmentBounds[at4 + 1]! - reachLat ||
      at[1]! > segmentBounds[at4 + 3]! + reachLat
    ) {
      continue;
    }
    const nearest = nearestOnLine(lines[index] ?? [], at);
    if (!nearest || nearest.distanceM > toleranceM) continue;
    if (best && nearest.distanceM >= best.distanceM) continue;
    const route = network.routes[index] ?? '';
    const span = route === '' ? undefined : network.chainageOf(route).spans.get(index);
    let chainageKm: number | undefined;
    if (span) {
      const share = nearest.lengthKm > 0 ? nearest.alongKm / nearest.lengthKm : 0;
      const along = span.reversed ? 1 - share : share;
      chainageKm = span.fromKm + along * (span.toKm - span.fromKm);
    }
    best = {
      segmentIndex: index,
      route,
      position: nearest.position,
      distanceM: nearest.distanceM,
      chainageKm,
    };
  }
  if (best === null && preferred.length > 0) return snapToRoad(network, at, toleranceM);
  return best;
}

/**
 * The distance by chainage between snapped clicks, or null unless every click is snapped to the
 * same route and has a chainage.
 *
 * @example
 * alongRoad([g247At391420, g247At398000]); // { route: 'G247', fromKm: 391.42, toKm: 398, distanceKm: 6.58 }
 */
export function alongRoad(snaps: readonly (RoadSnap | null)[]): AlongRoad | null {
  const first = snaps[0];
  if (snaps.length < 2 || !first || first.route === '') return null;
  let distanceKm = 0;
  let previousKm: number | undefined;
  for (const snap of snaps) {
    if (!snap || snap.route !== first.route || snap.chainageKm === undefined) return null;
    if (previousKm !== undefined) distanceKm += Math.abs(snap.chainageKm - previousKm);
    previousKm = snap.chainageKm;
  }
  return {
    route: first.route,
    fromKm: first.chainageKm!,
    toKm: previousKm!,
    distanceKm,
  };
}

/**
 * Measures a clicked path: its straight legs, and with `snaps` (measuring along a road) the
 * path through the snapped points and the distance by chainage.
 */
export function measurePath(
  clicks: readonly Position[],
  snaps: readonly (RoadSnap | null)[] = [],
): MeasureResult {
  const path = clicks.map((click, i) => snaps[i]?.position ?? click);
  const legsKm: number[] = [];
  for (let i = 1; i < path.length; i++) legsKm.push(pathLengthKm([path[i - 1]!, path[i]!]));
  return {
    straightKm: legsKm.reduce((sum, km) => sum + km, 0),
    legsKm,
    snaps: [...snaps],
    along: alongRoad(snaps),
  };
}

/**
 * The distance by chainage as one line.
 *
 * @example
 * alongRoadText({ route: 'G247', fromKm: 391.42, toKm: 398, distanceKm: 6.58 });
 * // 'G247 K391+420 → K398+000: 6.58 km'
 */
export function alongRoadText(along: AlongRoad): string {
  return `${along.route} ${formatChainage(along.fromKm)} → ${formatChainage(along.toKm)}: ${formatKm(along.distanceKm)} km`;
}
