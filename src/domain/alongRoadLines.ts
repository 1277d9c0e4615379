/**
 * The road between snapped clicks, for drawing a distance by chainage along the road itself:
 * each stretch of the route between two consecutive clicks, as the segments' lines cut at the
 * clicks' chainages.
 */
import type { Position } from 'geojson';
import { sliceLine } from './chainageCut.ts';
import { locateRange } from './chainageRange.ts';
import type { RoadSnap, SnapNetwork } from './measureAlongRoad.ts';

/**
 * The lines of the route between consecutive snapped clicks (empty where two are not on one
 * route with chainage).
 *
 * @example
 * alongRoadLines(network, [snapOnG247At391, snapOnG247At398]); // [[[104.83, 31.0], …], …]
 */
export function alongRoadLines(
  network: SnapNetwork,
  snaps: readonly (RoadSnap | null)[],
): Position[][] {
  const lines: Position[][] = [];
  for (let i = 1; i < snaps.length; i++) {
    const from = snaps[i - 1];
    const to = snaps[i];
    if (!from || !to || from.route === '' || from.route !== to.route) continue;
    if (from.chainageKm === undefined || to.chainageKm === undefined) continue;
    const location = locateRange(
      network.chainageOf(from.route),
      from.route,
      Math.min(from.chainageKm, to.chainageKm),
      Math.max(from.chainageKm, to.chainageKm),
    );
    if (!location.ok) continue;
    for (const piece of location.pieces) {
      const parts = network.lines[piece.segmentIndex] ?? [];
      if (parts.length === 0) continue;
      const geometry =
        parts.length === 1
          ? { type: 'LineString' as const, coordinates: parts[0]! }
          : { type: 'MultiLineString' as const, coordinates: parts };
      const slice = sliceLine(geometry, piece.fromFraction, piece.toFraction);
      if (slice?.type === 'LineString') lines.push(slice.coordinates);
      else if (slice) lines.push(...slice.coordinates);
    }
  }
  return lines;
}
