/**
 * A chainage range of a route (`S209 K3+200–K8+750`) as the pieces of segments that cover it.
 * Within a segment, chainage maps onto the geometry in proportion: the segment's declared
 * chainage length onto its measured line. A cut therefore lands where the chainage says, and a
 * piece's declared length is its chainage range.
 */
import type { ChainageSpan, RouteChainageIndex } from './routeChainage.ts';

/** The part of one segment a chainage range covers. */
export interface RangePiece {
  segmentIndex: number;
  /** Where the piece starts along the segment's measured line, 0…1 (below `toFraction`). */
  fromFraction: number;
  /** Where the piece ends along the segment's measured line, 0…1. */
  toFraction: number;
  /** The piece's chainage range in km (`fromKm` < `toKm`). */
  fromKm: number;
  toKm: number;
  /** True when the chainage runs against the segment's drawing direction. */
  reversed: boolean;
}

/** Why a range matches no segment: a machine code and the figures a message needs. */
export type RangeReason =
  | { code: 'unknown-route'; route: string }
  | { code: 'from-after-to'; fromKm: number; toKm: number }
  | { code: 'empty-range'; fromKm: number; toKm: number }
  | {
      /** Part of the range lies outside the route's chainage extent. */
      code: 'outside-route';
      fromKm: number;
      toKm: number;
      routeFromKm: number;
      routeToKm: number;
    }
  | {
      /** The range lies inside the extent but in a chainage gap (短链) with no segment. */
      code: 'no-segment';
      fromKm: number;
      toKm: number;
      routeFromKm: number;
      routeToKm: number;
    };

export type RangeLocation = { ok: true; pieces: RangePiece[] } | { ok: false; reason: RangeReason };

/** How far past its route's extent a range may reach, in km: chainages are rounded to the metre. */
export const EXTENT_TOLERANCE_KM = 0.0005;

/** The first index whose value exceeds `km` in a rising array (its length when none does). */
function firstAbove(values: readonly number[], km: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) > km) high = middle;
    else low = middle + 1;
  }
  return low;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** The piece of one span between two chainages that overlap it. */
function pieceOf(span: ChainageSpan, fromKm: number, toKm: number): RangePiece {
  const spanKm = span.toKm - span.fromKm;
  const fromShare = clamp01((fromKm - span.fromKm) / spanKm);
  const toShare = clamp01((toKm - span.fromKm) / spanKm);
  return {
    segmentIndex: span.segmentIndex,
    fromFraction: span.reversed ? 1 - toShare : fromShare,
    toFraction: span.reversed ? 1 - fromShare : toShare,
    fromKm,
    toKm,
    reversed: span.reversed,
  };
}

/**
 * The pieces of segments that cover `fromKm…toKm` of `route`, in chainage order (by the
 * segments' start chainage), or the reason none do. Where the chainage repeats (长链), every
 * segment bearing the range gets a piece. A range must lie within the route's chainage extent
 * (to {@link EXTENT_TOLERANCE_KM}); the part of it in a chainage gap (短链) covers nothing.
 *
 * @example
 * locateRange(index, 'S209', 3.2, 8.75);
 * // { ok: true, pieces: [{ segmentIndex: 4, fromFraction: 0.64, toFraction: 1, fromKm: 3.2, toKm: 5 }, …] }
 * locateRange(index, 'S209', 30, 31);
 * // { ok: false, reason: { code: 'outside-route', fromKm: 30, toKm: 31, routeFromKm: 0, routeToKm: 12.4 } }
 */
export function locateRange(
  index: RouteChainageIndex,
  route: string,
  fromKm: number,
  toKm: number,
): RangeLocation {
  const chainage = index.routes.get(route.trim());
  if (chainage === undefined) return { ok: false, reason: { code: 'unknown-route', route } };
  if (fromKm > toKm) return { ok: false, reason: { code: 'from-after-to', fromKm, toKm } };
  if (!(fromKm < toKm)) return { ok: false, reason: { code: 'empty-range', fromKm, toKm } };
  const extent = { routeFromKm: chainage.fromKm, routeToKm: chainage.toKm };
  if (
    fromKm < chainage.fromKm - EXTENT_TOLERANCE_KM ||
    toKm > chainage.toKm + EXTENT_TOLERANCE_KM
  ) {
    return { ok: false, reason: { code: 'outside-route', fromKm, toKm, ...extent } };
  }
  const pieces: RangePiece[] = [];
  const { spans } = chainage;
  for (let i = firstAbove(chainage.reachKm, fromKm); i < spans.length; i++) {
    const span = spans[i] as ChainageSpan;
    if (span.fromKm >= toKm) break;
    if (span.toKm <= fromKm || span.toKm <= span.fromKm) continue;
    pieces.push(pieceOf(span, Math.max(fromKm, span.fromKm), Math.min(toKm, span.toKm)));
  }
  if (pieces.length === 0) {
    return { ok: false, reason: { code: 'no-segment', fromKm, toKm, ...extent } };
  }
  return { ok: true, pieces };
}
