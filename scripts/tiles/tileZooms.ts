/**
 * What each zoom of a tile set holds: the highways from zoom 5, county roads from 7, township
 * roads from 9, village and other roads from 10 (thinned where a tile grows too large, see
 * `thinTile.ts`), every road from 12 on whole; route codes from the zoom the app writes them at;
 * points at every zoom.
 */
import type { RoadClass } from '../../src/contract/roadNetwork.ts';

export const TILE_MIN_ZOOM = 5;
export const TILE_MAX_ZOOM = 14;
/** Zooms from this one on are cut region by region (one region a tile of this zoom). */
export const REGION_ZOOM = 8;
/** Tile extent and buffer in tile units (the buffer is 16 px of a 512 px tile). */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 128;
/** The largest tile, in bytes before compression, that `thinTile` lets through. */
export const TILE_BUDGET_BYTES = 500 * 1000;

/** The zoom from which each road class is in the tiles. */
export const CLASS_MIN_ZOOM: Record<RoadClass, number> = {
  expressway: 5,
  national: 5,
  provincial: 5,
  county: 7,
  township: 9,
  village: 10,
  other: 10,
};

/** Whether a road of `roadClass` belongs in tiles of `zoom`. */
export function roadInZoom(roadClass: string, zoom: number): boolean {
  return (CLASS_MIN_ZOOM[roadClass as RoadClass] ?? TILE_MIN_ZOOM) <= zoom;
}

/**
 * Whether a route-code label belongs in tiles of `zoom`: a tile shows from its zoom up to the
 * next, so a label written from zoom 8.5 is in the tiles of zoom 8.
 */
export function labelInZoom(labelMinZoom: number, zoom: number): boolean {
  return labelMinZoom < zoom + 1;
}
