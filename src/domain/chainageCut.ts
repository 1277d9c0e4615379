/**
 * Cutting a segment's line at fractions of its ellipsoidal length, where progress rows start
 * and end. The cuts reuse {@link splitLine}, which measures with `lineLengthKm`, so the pieces'
 * measured lengths add up to the whole (to a part in a billion where the cut edges are shorter
 * than about 2 km: the edge metric's shortfall on a cut edge grows with its square). turf's `lineSliceAlong` is not used: it measures on a
 * sphere (haversine, off by up to 0.3 % at Chinese latitudes), so its cuts would not land where
 * the ellipsoidal lengths of `geodesicLength.ts` put them.
 */
import type { LineString, MultiLineString } from 'geojson';
import { splitLine } from './completedPart.ts';

/** A piece of a cut line; null where the piece has no length (fewer than two positions). */
export type LinePiece = LineString | MultiLineString | null;

/**
 * Cuts a line at `fractions` of its length (rising, each in 0…1; those outside 0…1 or not
 * above the one before are skipped): `fractions.length + 1` pieces when all are kept, in order
 * along the line, each starting where the one before ends. A MultiLineString is walked part
 * after part and its pieces stay MultiLineStrings.
 *
 * @example
 * cutLine({ type: 'LineString', coordinates: [[105, 30], [105.1, 30]] }, [0.25, 0.5]);
 * // [[105, 30]→[105.025, 30], [105.025, 30]→[105.05, 30], [105.05, 30]→[105.1, 30]]
 */
export function cutLine(
  geometry: LineString | MultiLineString,
  fractions: readonly number[],
): LinePiece[] {
  const pieces: LinePiece[] = [];
  let rest: LinePiece = geometry;
  let consumed = 0;
  for (const fraction of fractions) {
    if (!(fraction > consumed) || !(fraction < 1)) continue;
    if (rest === null) {
      pieces.push(null);
      continue;
    }
    const split = splitLine(rest, (fraction - consumed) / (1 - consumed));
    pieces.push(split.built);
    rest = split.unbuilt;
    consumed = fraction;
  }
  pieces.push(rest);
  return pieces;
}

/**
 * The part of a line between two fractions of its length (0 ≤ from < to ≤ 1), or null when
 * the part has no length.
 *
 * @example
 * sliceLine({ type: 'LineString', coordinates: [[105, 30], [105.1, 30]] }, 0.25, 0.5);
 * // { type: 'LineString', coordinates: [[105.025, 30], [105.05, 30]] }
 */
export function sliceLine(
  geometry: LineString | MultiLineString,
  fromFraction: number,
  toFraction: number,
): LinePiece {
  if (!(toFraction > fromFraction)) return null;
  const start = fromFraction > 0 ? splitLine(geometry, fromFraction).unbuilt : geometry;
  if (start === null || toFraction >= 1) return start;
  return splitLine(start, (toFraction - fromFraction) / (1 - Math.max(0, fromFraction))).built;
}
