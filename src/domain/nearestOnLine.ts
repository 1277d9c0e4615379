/**
 * The point of a line nearest to a position, and how far along the line it lies, for snapping
 * a click to a road.
 */
import type { Position } from 'geojson';
import { edgeLengthM } from './geodesicLength.ts';
import type { SegmentLine } from './segmentLines.ts';

export interface NearestOnLine {
  /** The nearest point of the line. */
  position: Position;
  /** Ellipsoidal distance from the position asked about to the line, in metres. */
  distanceM: number;
  /** Ellipsoidal length of the line before that point, in km. */
  alongKm: number;
  /** Ellipsoidal length of the whole line, in km. */
  lengthKm: number;
}

/**
 * The point of `line` nearest to `at`. Each edge is searched in a local plane (east and north
 * of `at`, which at a road's scale is exact enough); distances and lengths are ellipsoidal.
 * Undefined for a line without an edge.
 *
 * @example
 * nearestOnLine([[[0, 0], [0.01, 0]]], [0.0025, 0.001]);
 * // { position: [0.0025, 0], distanceM: 110.6, alongKm: 0.278, lengthKm: 1.113 }
 */
export function nearestOnLine(line: SegmentLine, at: Position): NearestOnLine | undefined {
  const cosLat = Math.cos(((at[1] ?? 0) * Math.PI) / 180);
  let best: { position: Position; distanceM: number; alongKm: number } | undefined;
  let totalKm = 0;
  for (const part of line) {
    for (let i = 1; i < part.length; i++) {
      const from = part[i - 1]!;
      const to = part[i]!;
      const ax = (from[0]! - at[0]!) * cosLat;
      const ay = from[1]! - at[1]!;
      const dx = (to[0]! - from[0]!) * cosLat;
      const dy = to[1]! - from[1]!;
      const squared = dx * dx + dy * dy;
      const t = squared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / squared));
      const position: Position = [
        from[0]! + t * (to[0]! - from[0]!),
        from[1]! + t * (to[1]! - from[1]!),
      ];
      const edgeKm = edgeLengthM(from, to) / 1000;
      const distanceM = edgeLengthM(at, position);
      if (best === undefined || distanceM < best.distanceM) {
        best = { position, distanceM, alongKm: totalKm + t * edgeKm };
      }
      totalKm += edgeKm;
    }
  }
  return best && { ...best, lengthKm: totalKm };
}
