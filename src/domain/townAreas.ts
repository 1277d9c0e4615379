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

/** Cells per side of a lookup's grid. */
const GRID_CELLS = 64;

/**
 * Town areas with a grid over their extent: each cell lists the areas whose bounds reach into
 * it, so a point is tested against a few areas, not all of them.
 */
export interface TownLookup {
  areas: readonly TownArea[];
  west: number;
  south: number;
  cellWidth: number;
  cellHeight: number;
  /** Area indices of each cell (row-major), rising. */
  cells: number[][];
}

/**
 * A lookup over `areas`.
 *
 * @example
 * townAt(townLookup(areas), 104.8, 31.05); // 0
 */
export function townLookup(areas: readonly TownArea[]): TownLookup {
  const west = Math.min(...areas.map((area) => area.west));
  const south = Math.min(...areas.map((area) => area.south));
  const east = Math.max(...areas.map((area) => area.east));
  const north = Math.max(...areas.map((area) => area.north));
  const cellWidth = (east - west) / GRID_CELLS || 1;
  const cellHeight = (north - south) / GRID_CELLS || 1;
  const cells: number[][] = Array.from({ length: GRID_CELLS * GRID_CELLS }, () => []);
  const column = (lon: number) =>
    Math.min(GRID_CELLS - 1, Math.max(0, Math.floor((lon - west) / cellWidth)));
  const row = (lat: number) =>
    Math.min(GRID_CELLS - 1, Math.max(0, Math.floor((lat - south) / cellHeight)));
  areas.forEach((area, index) => {
    if (!Number.isFinite(area.west)) return;
    for (let y = row(area.south); y <= row(area.north); y++) {
      for (let x = column(area.west); x <= column(area.east); x++) {
        cells[y * GRID_CELLS + x]!.push(index);
      }
    }
  });
  return { areas, west, south, cellWidth, cellHeight, cells };
}

/**
 * The index of the first area holding the point, or `OUTSIDE`.
 *
 * @example
 * townAt(townLookup(areas), 104.8, 31.05); // 0
 */
export function townAt(lookup: TownLookup, lon: number, lat: number): number {
  const x = Math.floor((lon - lookup.west) / lookup.cellWidth);
  const y = Math.floor((lat - lookup.south) / lookup.cellHeight);
  if (x < 0 || y < 0 || x >= GRID_CELLS || y >= GRID_CELLS) return OUTSIDE;
  for (const index of lookup.cells[y * GRID_CELLS + x]!) {
    if (inside(lookup.areas[index]!, lon, lat)) return index;
  }
  return OUTSIDE;
}
