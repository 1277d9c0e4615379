/**
 * Geometry in a flat local frame: kilometres east and north of the county seat. The generator
 * designs everything here and converts to longitude/latitude only when it writes GeoJSON.
 */

/** A position in km: [east, north] of the frame's origin. */
export type PointKm = readonly [number, number];

/** Straight-line distance between two points, in km. */
export function distanceKm(from: PointKm, to: PointKm): number {
  return Math.hypot(to[0] - from[0], to[1] - from[1]);
}

/** Direction from one point to another, in radians counter-clockwise from east. */
export function directionRadians(from: PointKm, to: PointKm): number {
  return Math.atan2(to[1] - from[1], to[0] - from[0]);
}

/** The point a distance away in a direction (radians counter-clockwise from east). */
export function stepFrom(point: PointKm, directionRad: number, distance: number): PointKm {
  return [
    point[0] + distance * Math.cos(directionRad),
    point[1] + distance * Math.sin(directionRad),
  ];
}

/** The point a fraction of the way from one point to another. */
export function interpolate(from: PointKm, to: PointKm, fraction: number): PointKm {
  return [from[0] + (to[0] - from[0]) * fraction, from[1] + (to[1] - from[1]) * fraction];
}

/** Length of a path in km. */
export function pathLengthKm(path: readonly PointKm[]): number {
  let total = 0;
  for (let index = 1; index < path.length; index++) {
    total += distanceKm(path[index - 1] as PointKm, path[index] as PointKm);
  }
  return total;
}

/** Area of a ring (closed or not) in km², by the shoelace formula. */
export function ringAreaKm2(ring: readonly PointKm[]): number {
  let twiceArea = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x0, y0] = ring[index] as PointKm;
    const [x1, y1] = ring[(index + 1) % ring.length] as PointKm;
    twiceArea += x0 * y1 - x1 * y0;
  }
  return Math.abs(twiceArea) / 2;
}

/** Whether a point lies inside a ring (even–odd rule). */
export function isInsideRing(point: PointKm, ring: readonly PointKm[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [xi, yi] = ring[index] as PointKm;
    const [xj, yj] = ring[previous] as PointKm;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Chaikin corner cutting: each pass replaces every corner by two points at ¼ and ¾ of its
 * edges. The ends of the path stay where they are.
 */
export function smoothPath(path: readonly PointKm[], passes: number): PointKm[] {
  let current: PointKm[] = [...path];
  for (let pass = 0; pass < passes && current.length > 2; pass++) {
    const next: PointKm[] = [current[0] as PointKm];
    for (let index = 0; index < current.length - 1; index++) {
      const from = current[index] as PointKm;
      const to = current[index + 1] as PointKm;
      if (index > 0) next.push(interpolate(from, to, 0.25));
      if (index < current.length - 2) next.push(interpolate(from, to, 0.75));
    }
    next.push(current[current.length - 1] as PointKm);
    current = next;
  }
  return current;
}

/** The path redrawn with vertices an equal distance apart (about `spacingKm`), ends kept. */
export function resamplePath(path: readonly PointKm[], spacingKm: number): PointKm[] {
  const totalKm = pathLengthKm(path);
  const pieces = Math.max(1, Math.round(totalKm / spacingKm));
  const result: PointKm[] = [path[0] as PointKm];
  let edge = 1;
  let edgeStartKm = 0;
  for (let piece = 1; piece < pieces; piece++) {
    const targetKm = (totalKm * piece) / pieces;
    let edgeKm = distanceKm(path[edge - 1] as PointKm, path[edge] as PointKm);
    while (edgeStartKm + edgeKm < targetKm && edge < path.length - 1) {
      edgeStartKm += edgeKm;
      edge++;
      edgeKm = distanceKm(path[edge - 1] as PointKm, path[edge] as PointKm);
    }
    const fraction = edgeKm > 0 ? (targetKm - edgeStartKm) / edgeKm : 0;
    result.push(interpolate(path[edge - 1] as PointKm, path[edge] as PointKm, fraction));
  }
  result.push(path[path.length - 1] as PointKm);
  return result;
}

/** Index of the vertex nearest a point, searching from `fromIndex` on. */
export function nearestVertexIndex(
  path: readonly PointKm[],
  point: PointKm,
  fromIndex = 0,
): number {
  let best = fromIndex;
  let bestKm = Infinity;
  for (let index = fromIndex; index < path.length; index++) {
    const km = distanceKm(path[index] as PointKm, point);
    if (km < bestKm) {
      bestKm = km;
      best = index;
    }
  }
  return best;
}
