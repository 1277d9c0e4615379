/**
 * A road line cut where its completed length ends: the completed part, drawn solid in
 * completion mode, and the part still to build, drawn faint.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import { edgeLengthM, lineLengthKm } from './geodesicLength.ts';

function pointBetween(from: Position, to: Position, fraction: number): Position {
  const lon0 = from[0] ?? 0;
  const lat0 = from[1] ?? 0;
  return [lon0 + ((to[0] ?? 0) - lon0) * fraction, lat0 + ((to[1] ?? 0) - lat0) * fraction];
}

/**
 * The point `wantedM` metres along an edge of `edgeM` metres. The linear guess in lon/lat is
 * off by a few parts in a million on a 20 km edge (the scale of a degree changes along it);
 * one secant step on the measured length of the cut edge brings it to below a micrometre.
 */
function cutPoint(from: Position, to: Position, edgeM: number, wantedM: number): Position {
  const guess = wantedM / edgeM;
  const guessM = edgeLengthM(from, pointBetween(from, to, guess));
  const fraction = guessM > 0 ? Math.min(1, guess * (wantedM / guessM)) : guess;
  return pointBetween(from, to, fraction);
}

/**
 * Cuts a path `wantedM` metres from its start. Returns the positions before the cut, those
 * after it (both with the cut point; `after` is empty when the cut falls past the path's end)
 * and the metres still wanted after this path (0 when the cut fell inside it).
 */
function cutPath(
  positions: readonly Position[],
  wantedM: number,
): { before: Position[]; after: Position[]; remainingM: number } {
  const first = positions[0];
  if (first === undefined) return { before: [], after: [], remainingM: wantedM };
  const before: Position[] = [first];
  let leftM = wantedM;
  for (let i = 1; i < positions.length; i++) {
    const from = positions[i - 1] as Position;
    const to = positions[i] as Position;
    const edgeM = edgeLengthM(from, to);
    if (edgeM >= leftM) {
      const cut = edgeM > 0 ? cutPoint(from, to, edgeM, leftM) : to;
      before.push(cut);
      const rest = positions.slice(i);
      // A cut on the edge's far end leaves the path after it to start from that end.
      const after = cut[0] === to[0] && cut[1] === to[1] ? rest : [cut, ...rest];
      return { before, after, remainingM: 0 };
    }
    before.push(to);
    leftM -= edgeM;
  }
  return { before, after: [], remainingM: leftM };
}

/** Paths as a geometry: null for none, a LineString for one, a MultiLineString for more. */
function fromPaths(paths: Position[][], multi: boolean): LineString | MultiLineString | null {
  const kept = paths.filter((path) => path.length >= 2);
  if (kept.length === 0) return null;
  if (!multi) return { type: 'LineString', coordinates: kept[0]! };
  return { type: 'MultiLineString', coordinates: kept };
}

/** A line cut in two: the completed part and the part still to build (either may be null). */
export interface LineSplit {
  built: LineString | MultiLineString | null;
  unbuilt: LineString | MultiLineString | null;
}

/**
 * Cuts a line at `ratio` of its ellipsoidal length, measured from its start: the part before
 * the cut (built) and the part after it (still to build). `ratio` ≤ 0 (or NaN) leaves it all to
 * build, `ratio` ≥ 1 all built. The cut point lies on the edge where the cut falls, in lon/lat,
 * placed so that the built part measures (with {@link lineLengthKm}) `ratio` of the whole to
 * within a part in a billion; both parts share it. A MultiLineString is walked part after
 * part, in order.
 *
 * @example
 * splitLine({ type: 'LineString', coordinates: [[105, 30], [105.1, 30]] }, 0.4);
 * // { built: { coordinates: [[105, 30], [105.04, 30]] }, unbuilt: { coordinates: [[105.04, 30], [105.1, 30]] } }
 */
export function splitLine(geometry: LineString | MultiLineString, ratio: number): LineSplit {
  if (!(ratio > 0)) return { built: null, unbuilt: geometry };
  if (ratio >= 1) return { built: geometry, unbuilt: null };
  const wantedM = lineLengthKm(geometry) * 1000 * ratio;
  if (!(wantedM > 0)) return { built: null, unbuilt: geometry };
  const paths = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const multi = geometry.type === 'MultiLineString';
  const built: Position[][] = [];
  const unbuilt: Position[][] = [];
  let remainingM = wantedM;
  for (const path of paths) {
    if (remainingM <= 0) {
      unbuilt.push(path);
      continue;
    }
    const cut = cutPath(path, remainingM);
    built.push(cut.before);
    unbuilt.push(cut.after);
    remainingM = cut.remainingM;
  }
  return { built: fromPaths(built, multi), unbuilt: fromPaths(unbuilt, multi) };
}
