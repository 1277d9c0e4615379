/**
 * Which places already have a road: a grid of buckets holding road vertices, so that a new
 * village road can keep its distance from the others instead of running on top of them.
 */
import type { PointKm } from './plane.ts';

interface Occupant {
  point: PointKm;
  owner: number;
}

/** Road vertices bucketed by grid cell; each vertex remembers which road (owner) it is on. */
export class OccupancyGrid {
  private readonly cells = new Map<string, Occupant[]>();

  constructor(private readonly cellKm: number) {}

  private key(column: number, row: number): string {
    return `${column}:${row}`;
  }

  /** Records every vertex of a road. */
  addPath(path: readonly PointKm[], owner: number): void {
    for (const point of path) {
      const key = this.key(Math.floor(point[0] / this.cellKm), Math.floor(point[1] / this.cellKm));
      const bucket = this.cells.get(key);
      if (bucket) bucket.push({ point, owner });
      else this.cells.set(key, [{ point, owner }]);
    }
  }

  /** How many vertices lie in the 5 × 5 cells around a point: how built-up the place is. */
  density(point: PointKm): number {
    const column = Math.floor(point[0] / this.cellKm);
    const row = Math.floor(point[1] / this.cellKm);
    let count = 0;
    for (let dc = -2; dc <= 2; dc++) {
      for (let dr = -2; dr <= 2; dr++)
        count += this.cells.get(this.key(column + dc, row + dr))?.length ?? 0;
    }
    return count;
  }

  /**
   * Whether a vertex of another road (not `ignoredOwner`) lies within `radiusKm` of the point.
   * `radiusKm` must not exceed the cell size.
   */
  isCrowded(point: PointKm, radiusKm: number, ignoredOwner = -1): boolean {
    const column = Math.floor(point[0] / this.cellKm);
    const row = Math.floor(point[1] / this.cellKm);
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        const bucket = this.cells.get(this.key(column + dc, row + dr));
        if (!bucket) continue;
        for (const occupant of bucket) {
          if (occupant.owner === ignoredOwner) continue;
          const dx = occupant.point[0] - point[0];
          const dy = occupant.point[1] - point[1];
          if (dx * dx + dy * dy < radiusKm * radiusKm) return true;
        }
      }
    }
    return false;
  }
}
