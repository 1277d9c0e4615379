/**
 * The chainage (桩号) under the pointer on a hovered road: the segment's start chainage plus
 * how far along its line the pointer is. The map reports the drawn line under the pointer; the
 * page holds no geometry of its own, so the chainage is known only where that line is the
 * whole piece (a line cut at a tile's edge is shorter: no chainage rather than a wrong one).
 */
import type { Position } from 'geojson';
import type { RoadPiece } from '../contract/roadPiece.ts';
import { formatChainage, parseChainageKm } from './chainage.ts';
import { pathLengthKm } from './geodesicLength.ts';
import type { MeasuredSegment } from './types.ts';

/** The drawn line under the pointer, as the map reports it. */
export interface HoveredLine {
  /** Which piece of its segment the line is (a partly built road is drawn in two). */
  piece: RoadPiece;
  /** The line's vertices, longitude and latitude. */
  coordinates: readonly Position[];
}

/** What the map reports while the pointer is over a road. */
/** A point feature under the pointer: its index in the dataset's points, and where the pointer is. */
export interface PointHover {
  index: number;
  /** Where the pointer is, in CSS pixels from the map's top left corner. */
  point: { x: number; y: number };
}

export interface RoadHover {
  /** The segment's index. */
  index: number;
  /** Where the pointer is, in CSS pixels from the map's top left corner. */
  point: { x: number; y: number };
  /** Where the pointer is, longitude and latitude. */
  lngLat: [number, number];
  /** The drawn line under the pointer, where it is a single line. */
  line: HoveredLine | null;
}

/** How much shorter than the piece's measured length the drawn line may be and still count as it. */
const WHOLE_TOLERANCE = 0.03;
const WHOLE_TOLERANCE_KM = 0.02;

/**
 * How far along a line (0…1 of its length) the point of it nearest to `at` lies, measured in
 * a local plane (metres east and north of `at`), which at a road's scale is exact enough.
 *
 * @example
 * fractionAlong([[0, 0], [0.01, 0]], [0.0025, 0.001]); // 0.25
 */
export function fractionAlong(line: readonly Position[], at: Position): number {
  if (line.length < 2) return 0;
  const cosLat = Math.cos(((at[1] ?? 0) * Math.PI) / 180);
  const xy = (p: Position): [number, number] => [(p[0]! - at[0]!) * cosLat, p[1]! - at[1]!];
  let total = 0;
  let best = { distance: Infinity, along: 0 };
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = xy(line[i - 1]!);
    const [bx, by] = xy(line[i]!);
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    const t = length === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (length * length)));
    const distance = Math.hypot(ax + t * dx, ay + t * dy);
    if (distance < best.distance) best = { distance, along: total + t * length };
    total += length;
  }
  return total === 0 ? 0 : best.along / total;
}

/** Where a piece starts along its segment and what share of it the piece is (0…1 each). */
function pieceSpan(piece: RoadPiece, completionRatio: number): [number, number] {
  if (piece === 'built') return [0, completionRatio];
  if (piece === 'unbuilt') return [completionRatio, 1 - completionRatio];
  return [0, 1];
}

/**
 * The chainage under the pointer, in km, or undefined where it is not known: the segment has
 * no start chainage or no measured length, or the drawn line is not the whole piece.
 *
 * @example
 * hoverChainageKm(segment, { piece: 'whole', coordinates }, [lng, lat]); // 12.45
 */
export function hoverChainageKm(
  segment: MeasuredSegment,
  line: HoveredLine,
  at: Position,
): number | undefined {
  const startKm =
    segment.properties.start_chainage === undefined
      ? undefined
      : parseChainageKm(segment.properties.start_chainage);
  if (startKm === undefined || line.coordinates.length < 2) return undefined;
  // Without the measured length (a tile set's segment whose feature has not told it), whether
  // the line is whole cannot be told.
  if (!Number.isFinite(segment.measuredKm)) return undefined;
  // A piece cut by progress rows is drawn whole: its `piece` says built or not, not where.
  const [pieceStart, pieceShare] = segment.stretch
    ? [0, 1]
    : pieceSpan(line.piece, segment.completionRatio);
  const expectedKm = segment.measuredKm * pieceShare;
  const drawnKm = pathLengthKm(line.coordinates);
  if (drawnKm < expectedKm * (1 - WHOLE_TOLERANCE) - WHOLE_TOLERANCE_KM) return undefined;
  const along = pieceStart + pieceShare * fractionAlong(line.coordinates, at);
  return startKm + along * segment.lengthKm;
}

/**
 * The chainage under the pointer as text (`K12+450`), or undefined where it is not known.
 *
 * @example
 * hoverChainage(segment, line, [lng, lat]); // 'K12+450'
 */
export function hoverChainage(
  segment: MeasuredSegment,
  line: HoveredLine,
  at: Position,
): string | undefined {
  const km = hoverChainageKm(segment, line, at);
  return km === undefined ? undefined : formatChainage(km);
}
