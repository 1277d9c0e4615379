/**
 * Town boundaries (乡镇界) as areas a point can be looked up in: each town's rings with their
 * bounds, tested by the even-odd rule (holes and multi-part towns included).
 */
import type { Position } from 'geojson';

export interface TownArea {
  name: string;
  /** Every ring of the town's polygons, outer and inner, as [lon, lat] positions. */
  rings: Position[][];
  west: number;
  south: number;
  east: number;
  north: number;
}

/** No town: the point lies outside every boundary. */
export const OUTSIDE = -1;

/**
 * An area of a town from its polygons' rings.
 *
 * @example
 * townArea('永明镇', [[[104.7, 31.0], [104.9, 31.0], [104.9, 31.1], [104.7, 31.0]]]);
 */
export function townArea(name: string, rings: Position[][]): TownArea {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return { name, rings, west, south, east, north };
}

function inside(area: TownArea, lon: number, lat: number): boolean {
  if (lon < area.west || lon > area.east || lat < area.south || lat > area.north) return false;
  let crossings = 0;
  for (const ring of area.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]! as [number, number];
      const [xj, yj] = ring[j]! as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) crossings++;
    }
  }
  return crossings % 2 === 1;
}

/**
 * The index of the first area holding the point, or `OUTSIDE`.
 *
 * @example
 * townAt(areas, 104.8, 31.05); // 0
 */
export function townAt(areas: readonly TownArea[], lon: number, lat: number): number {
  for (let index = 0; index < areas.length; index++) {
    if (inside(areas[index]!, lon, lat)) return index;
  }
  return OUTSIDE;
}
