/**
 * The county overview of a tile set: each county boundary (a GeoJSON of polygons with a `name`)
 * with the figures of the segments whose middle lies inside it, computed by the app's own
 * statistics (`SegmentIndex.summary`) on the columns, so that a county's figures on hover are
 * the figures its filter would give.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { SegmentIndex, type SegmentColumns } from '../../src/domain/segmentIndex.ts';

/** The figures a county carries. */
export interface CountyFigures {
  name: string;
  segments: number;
  lengthKm: number;
  projectKm: number;
  completedKm: number;
  /** Completed ÷ project km of road work; -1 where the county has no road work. */
  completionRatio: number;
  guardRequiredKm: number;
  guardKm: number;
  /** Guard ÷ required km; -1 where no guard is required or assessed. */
  guardCoverageRatio: number;
}

type CountyFeature = Feature<Polygon | MultiPolygon, CountyFigures & Record<string, unknown>>;

const BANDS = 64;

/**
 * A ring ready for many point tests: its edges sorted into horizontal bands, so that a test
 * looks only at the edges of the point's band (the only ones a ray from the point can cross).
 */
class BandedRing {
  readonly #south: number;
  readonly #bandHeight: number;
  readonly #bands: [number, number, number, number][][] = [];

  constructor(ring: readonly Position[]) {
    const ys = ring.map((position) => position[1]!);
    this.#south = Math.min(...ys);
    this.#bandHeight = (Math.max(...ys) - this.#south) / BANDS || 1;
    for (let band = 0; band < BANDS; band++) this.#bands.push([]);
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      const first = this.#band(Math.min(yi, yj));
      const last = this.#band(Math.max(yi, yj));
      for (let band = first; band <= last; band++) this.#bands[band]!.push([xi, yi, xj, yj]);
    }
  }

  #band(y: number): number {
    return Math.max(0, Math.min(BANDS - 1, Math.floor((y - this.#south) / this.#bandHeight)));
  }

  /** Whether a point lies inside the ring (even–odd rule). */
  contains(x: number, y: number): boolean {
    let inside = false;
    for (const [xi, yi, xj, yj] of this.#bands[this.#band(y)]!) {
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
}

function insidePolygon(x: number, y: number, rings: readonly BandedRing[]): boolean {
  if (!rings[0]?.contains(x, y)) return false;
  return !rings.slice(1).some((hole) => hole.contains(x, y));
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function boxOf(polygons: readonly Position[][][]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [x, y] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  return box;
}

/**
 * The boundaries with their figures, and how many segments lie in no county.
 *
 * @example
 * const { counties } = countyFigures(boundaries, columns, dataset.segmentBounds);
 * counties.features[0].properties.completionRatio; // 0…1, or -1
 */
export function countyFigures(
  boundaries: FeatureCollection,
  columns: SegmentColumns,
  segmentBounds: Float64Array,
): { counties: FeatureCollection<Polygon | MultiPolygon, CountyFigures>; outside: number } {
  const areas = boundaries.features
    .filter(
      (feature): feature is Feature<Polygon | MultiPolygon> =>
        feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon',
    )
    .map((feature) => {
      const polygons = polygonsOf(feature.geometry);
      const banded = polygons.map((rings) => rings.map((ring) => new BandedRing(ring)));
      return { feature, banded, box: boxOf(polygons), kept: new Uint8Array(columns.size) };
    });
  let outside = 0;
  for (let i = 0; i < columns.size; i++) {
    const x = (segmentBounds[i * 4]! + segmentBounds[i * 4 + 2]!) / 2;
    const y = (segmentBounds[i * 4 + 1]! + segmentBounds[i * 4 + 3]!) / 2;
    const area = areas.find(
      ({ box, banded }) =>
        x >= box[0] &&
        x <= box[2] &&
        y >= box[1] &&
        y <= box[3] &&
        banded.some((rings) => insidePolygon(x, y, rings)),
    );
    if (area) area.kept[i] = 1;
    else outside++;
  }
  const index = new SegmentIndex(columns);
  const features: CountyFeature[] = areas.map(({ feature, kept }, serial) => {
    const summary = index.summary(kept);
    const name = feature.properties?.name;
    return {
      type: 'Feature',
      id: serial,
      geometry: feature.geometry,
      properties: {
        ...feature.properties,
        name: typeof name === 'string' ? name : String(serial + 1),
        segments: summary.segments,
        lengthKm: summary.lengthKm,
        projectKm: summary.projectKm,
        completedKm: summary.completedKm,
        completionRatio: summary.completionRatio ?? -1,
        guardRequiredKm: summary.guardRequiredKm,
        guardKm: summary.guardKm,
        guardCoverageRatio: summary.guardCoverageRatio ?? -1,
      },
    };
  });
  return { counties: { type: 'FeatureCollection', features }, outside };
}
