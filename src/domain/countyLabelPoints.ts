/**
 * One label point per county of a tile set's overview, so that a county is named once: a
 * polygon source names each piece of a county that a tile edge cuts. The point is the mean of
 * the vertices of the county's largest outer ring (the sample's counties are round enough for
 * it to lie inside).
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';

function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  }
  return Math.abs(twice / 2);
}

/** The outer rings of a polygon or multipolygon geometry; none for anything else. */
function outerRings(geometry: unknown): Position[][] {
  if (typeof geometry !== 'object' || geometry === null) return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return [];
  if (type === 'Polygon') return coordinates.length > 0 ? [coordinates[0] as Position[]] : [];
  if (type === 'MultiPolygon')
    return (coordinates as Position[][][])
      .filter((rings) => rings.length > 0)
      .map((rings) => rings[0]!);
  return [];
}

/**
 * The label points of the counties in `counties` (a GeoJSON FeatureCollection of polygons with
 * their figures), each with its county's properties.
 *
 * @example
 * countyLabelPoints(counties).features[0].properties.name; // '合成01县'
 */
export function countyLabelPoints(counties: unknown): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  const list = (counties as { features?: unknown } | null)?.features;
  if (!Array.isArray(list)) return { type: 'FeatureCollection', features };
  for (const feature of list as Feature[]) {
    const rings = outerRings(feature?.geometry);
    const largest = rings.reduce<Position[] | null>(
      (best, ring) => (best === null || ringArea(ring) > ringArea(best) ? ring : best),
      null,
    );
    if (!largest || largest.length === 0) continue;
    // The closing vertex repeats the first: it is left out of the mean.
    const vertices = largest.length > 1 ? largest.slice(0, -1) : largest;
    const x = vertices.reduce((sum, position) => sum + position[0]!, 0) / vertices.length;
    const y = vertices.reduce((sum, position) => sum + position[1]!, 0) / vertices.length;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: { ...feature.properties },
    });
  }
  return { type: 'FeatureCollection', features };
}
