/**
 * The extent of some segments and points, for framing a search result.
 */

/**
 * [west, south, east, north] around the segments at `indices`, from the per-segment bounds
 * computed at load (4 numbers per segment), and around `positions` ([longitude, latitude]);
 * null when there are none.
 *
 * @example
 * segmentsBounds(new Float64Array([105, 30, 105.1, 30.2]), [0]); // [105, 30, 105.1, 30.2]
 */
export function segmentsBounds(
  segmentBounds: Float64Array,
  indices: readonly number[],
  positions: readonly (readonly number[])[] = [],
): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const index of indices) {
    const offset = index * 4;
    if (offset + 3 >= segmentBounds.length) continue;
    west = Math.min(west, segmentBounds[offset]!);
    south = Math.min(south, segmentBounds[offset + 1]!);
    east = Math.max(east, segmentBounds[offset + 2]!);
    north = Math.max(north, segmentBounds[offset + 3]!);
  }
  for (const [longitude, latitude] of positions) {
    if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) continue;
    west = Math.min(west, longitude!);
    south = Math.min(south, latitude!);
    east = Math.max(east, longitude!);
    north = Math.max(north, latitude!);
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
