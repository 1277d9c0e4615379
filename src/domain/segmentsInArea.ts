/**
 * The segments a drawn box or polygon touches: any part of their line inside it or crossing
 * its edge. Tested in longitude and latitude as a plane, which at a county's scale is what the
 * user drew on the map.
 */
import type { Position } from 'geojson';
import type { SegmentLine } from './segmentLines.ts';

/** Whether `point` lies inside the ring (even–odd rule; the ring need not repeat its first point). */
export function insideRing(ring: readonly Position[], point: Position): boolean {
  const x = point[0]!;
  const y = point[1]!;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function side(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
}

function crosses(a: Position, b: Position, c: Position, d: Position): boolean {
  return side(a, b, c) * side(a, b, d) <= 0 && side(c, d, a) * side(c, d, b) <= 0;
}

function lineTouchesRing(line: SegmentLine, ring: readonly Position[]): boolean {
  for (const part of line) {
    for (const position of part) if (insideRing(ring, position)) return true;
    for (let i = 1; i < part.length; i++) {
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        if (crosses(part[i - 1]!, part[i]!, ring[j]!, ring[k]!)) return true;
      }
    }
  }
  return false;
}

/** A box as a ring: west, south, east, north. */
export function boxRing(bounds: readonly [number, number, number, number]): Position[] {
  const [west, south, east, north] = bounds;
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
}

/**
 * One byte per segment: 1 where its line touches the ring (inside it or across its edge).
 * Each segment's bounds are tested first.
 *
 * @example
 * segmentsInRing(lines, dataset.segmentBounds, boxRing([104.8, 30.9, 104.9, 31.0]));
 */
export function segmentsInRing(
  lines: readonly SegmentLine[],
  segmentBounds: Float64Array,
  ring: readonly Position[],
): Uint8Array {
  const selected = new Uint8Array(lines.length);
  if (ring.length < 3) return selected;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x, y] of ring) {
    west = Math.min(west, x!);
    east = Math.max(east, x!);
    south = Math.min(south, y!);
    north = Math.max(north, y!);
  }
  for (let i = 0; i < lines.length; i++) {
    const at = i * 4;
    if (
      segmentBounds[at]! > east ||
      segmentBounds[at + 2]! < west ||
      segmentBounds[at + 1]! > north ||
      segmentBounds[at + 3]! < south
    ) {
      continue;
    }
    if (lineTouchesRing(lines[i]!, ring)) selected[i] = 1;
  }
  return selected;
}
