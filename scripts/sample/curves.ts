/**
 * Believable shapes: roads and rivers that bend between the places they link, and an irregular
 * county boundary.
 */
import {
  distanceKm,
  interpolate,
  isInsideRing,
  resamplePath,
  smoothPath,
  type PointKm,
} from './plane.ts';
import type { Random } from './random.ts';

/** How a line between waypoints bends. */
export interface CurveStyle {
  /** Largest sideways offset of a control point, in km. */
  wiggleKm: number;
  /** Distance between control points along each leg, in km. */
  controlSpacingKm: number;
  /** Distance between vertices of the result, in km. */
  vertexSpacingKm: number;
}

/**
 * A smooth line through (near) the waypoints: each leg gets control points pushed sideways by
 * random amounts (tapering to zero at the waypoints), then the whole line is corner-cut and
 * redrawn with vertices about `vertexSpacingKm` apart.
 *
 * @example
 * curvedPath([[0, 0], [10, 0]], random, { wiggleKm: 0.8, controlSpacingKm: 2, vertexSpacingKm: 0.2 });
 */
export function curvedPath(
  waypoints: readonly PointKm[],
  random: Random,
  style: CurveStyle,
): PointKm[] {
  const controls: PointKm[] = [waypoints[0] as PointKm];
  for (let leg = 1; leg < waypoints.length; leg++) {
    const from = waypoints[leg - 1] as PointKm;
    const to = waypoints[leg] as PointKm;
    const legKm = distanceKm(from, to);
    const pieces = Math.max(1, Math.round(legKm / style.controlSpacingKm));
    const sideEast = legKm > 0 ? -(to[1] - from[1]) / legKm : 0;
    const sideNorth = legKm > 0 ? (to[0] - from[0]) / legKm : 0;
    let offsetKm = 0;
    for (let piece = 1; piece < pieces; piece++) {
      const fraction = piece / pieces;
      const taper = Math.sqrt(Math.sin(Math.PI * fraction));
      offsetKm = 0.5 * offsetKm + random.between(-1, 1) * style.wiggleKm;
      const base = interpolate(from, to, fraction);
      controls.push([
        base[0] + sideEast * offsetKm * taper,
        base[1] + sideNorth * offsetKm * taper,
      ]);
    }
    controls.push(to);
  }
  return jitterAlong(resamplePath(smoothPath(controls, 4), style.vertexSpacingKm), random);
}

/**
 * Moves every inner vertex a random part of the way (up to a third) towards its next or
 * previous vertex, so that vertices are not evenly spaced and section lengths are not round.
 */
export function jitterAlong(path: readonly PointKm[], random: Random): PointKm[] {
  return path.map((point, index) => {
    if (index === 0 || index === path.length - 1) return point;
    const neighbour = path[random.chance(0.5) ? index + 1 : index - 1] as PointKm;
    return interpolate(point, neighbour, random.between(0, 1 / 3));
  });
}

/**
 * An irregular version of a coarse ring: every edge is split at its middle, which moves
 * sideways by a random share (up to `roughness`) of the edge's length; repeated `levels` times.
 * Returns an open ring (first vertex not repeated).
 */
export function roughenRing(
  ring: readonly PointKm[],
  random: Random,
  levels: number,
  roughness: number,
): PointKm[] {
  let current: PointKm[] = [...ring];
  for (let level = 0; level < levels; level++) {
    const next: PointKm[] = [];
    for (let index = 0; index < current.length; index++) {
      const from = current[index] as PointKm;
      const to = current[(index + 1) % current.length] as PointKm;
      const shift = random.between(-roughness, roughness);
      const middle = interpolate(from, to, 0.5);
      next.push(from, [
        middle[0] - (to[1] - from[1]) * shift,
        middle[1] + (to[0] - from[0]) * shift,
      ]);
    }
    current = next;
  }
  return current;
}

/** A ring scaled about a centre by a factor. */
export function scaleRing(ring: readonly PointKm[], centre: PointKm, factor: number): PointKm[] {
  return ring.map((point) => [
    centre[0] + (point[0] - centre[0]) * factor,
    centre[1] + (point[1] - centre[1]) * factor,
  ]);
}

/**
 * Indices of the first and the last vertex of a path inside a ring ([0, -1] when none is).
 */
export function insideRange(path: readonly PointKm[], ring: readonly PointKm[]): [number, number] {
  let first = 0;
  while (first < path.length && !isInsideRing(path[first] as PointKm, ring)) first++;
  let last = path.length - 1;
  while (last >= first && !isInsideRing(path[last] as PointKm, ring)) last--;
  return first < path.length ? [first, last] : [0, -1];
}

/**
 * The part of a path from its first vertex inside a ring to its last one, so that a line which
 * was drawn from beyond the county boundary stops at the boundary.
 */
export function trimToRing(path: readonly PointKm[], ring: readonly PointKm[]): PointKm[] {
  const [first, last] = insideRange(path, ring);
  return path.slice(first, last + 1);
}
