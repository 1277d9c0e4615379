/**
 * The sample county's town boundaries (乡镇界, public/sample/towns.geojson): synthetic, like the
 * rest of the sample. Each town's area is its Voronoi cell around the town's point (the seat's
 * for 县城) inside the county boundary, the rule the generator places village roads by
 * (`nearestTown`). Cells are cut from the county's ring by the half-plane of each other town,
 * in a km frame about the county's middle.
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { roundCoordinate } from './projection.ts';

export const SAMPLE_TOWNS_PATH = 'public/sample/towns.geojson';

const KM_PER_DEGREE_LATITUDE = 110.574;
const KM_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111.32;

type PointKm = [number, number];

/** The part of a ring on the side of the line where `keep(point) ≥ 0` (Sutherland–Hodgman). */
function clipRing(ring: PointKm[], keep: (point: PointKm) => number): PointKm[] {
  const clipped: PointKm[] = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    const currentSide = keep(current);
    const previousSide = keep(previous);
    if (currentSide >= 0 !== previousSide >= 0) {
      const t = previousSide / (previousSide - currentSide);
      clipped.push([
        previous[0] + (current[0] - previous[0]) * t,
        previous[1] + (current[1] - previous[1]) * t,
      ]);
    }
    if (currentSide >= 0) clipped.push(current);
  }
  return clipped;
}

/**
 * The town boundaries of a sample county's context GeoJSON (its boundary, towns and seat), as
 * GeoJSON text with one Polygon per town, named as the roads' `towns` name them.
 *
 * @example
 * sampleTownBoundaries(readFileSync('public/sample/context.geojson', 'utf8'));
 */
export function sampleTownBoundaries(contextText: string): string {
  const context = JSON.parse(contextText) as FeatureCollection;
  const boundary = context.features.find((feature) => feature.properties?.layer === 'boundary');
  if (!boundary || boundary.geometry.type !== 'Polygon') throw new Error('no county boundary');
  const centres = context.features.filter(
    (feature): feature is Feature<Point> =>
      (feature.properties?.layer === 'town' || feature.properties?.layer === 'seat') &&
      feature.geometry.type === 'Point',
  );
  const outer = boundary.geometry.coordinates[0]!;
  const [originLon, originLat] = [
    outer.reduce((sum, position) => sum + position[0]!, 0) / outer.length,
    outer.reduce((sum, position) => sum + position[1]!, 0) / outer.length,
  ];
  const kmPerDegreeLongitude =
    KM_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((originLat * Math.PI) / 180);
  const toKm = ([lon, lat]: Position): PointKm => [
    (lon! - originLon) * kmPerDegreeLongitude,
    (lat! - originLat) * KM_PER_DEGREE_LATITUDE,
  ];
  const toDegrees = ([x, y]: PointKm): Position => [
    roundCoordinate(originLon + x / kmPerDegreeLongitude),
    roundCoordinate(originLat + y / KM_PER_DEGREE_LATITUDE),
  ];
  const ring = outer.slice(0, -1).map(toKm);
  const points = centres.map((centre) => toKm(centre.geometry.coordinates));
  const features: Feature<Polygon>[] = centres.map((centre, index) => {
    const own = points[index]!;
    let cell = ring;
    points.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      // Closer to `own` than to `other`: on own's side of their perpendicular bisector.
      const middle: PointKm = [(own[0] + other[0]) / 2, (own[1] + other[1]) / 2];
      const direction: PointKm = [own[0] - other[0], own[1] - other[1]];
      cell = clipRing(
        cell,
        ([x, y]) => (x - middle[0]) * direction[0] + (y - middle[1]) * direction[1],
      );
    });
    const coordinates = cell.map(toDegrees);
    coordinates.push(coordinates[0]!);
    return {
      type: 'Feature',
      properties: { name: String(centre.properties?.name) },
      geometry: { type: 'Polygon', coordinates: [coordinates] },
    };
  });
  const collection = {
    type: 'FeatureCollection',
    roadboard: {
      name: `${String(boundary.properties?.name)}乡镇界（示例）`,
      synthetic: true,
      note: 'sample data, synthetic town boundaries (Voronoi cells of the town points) / 示例数据，乡镇界为虚构',
    },
    features,
  };
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  const head = JSON.stringify({ type: collection.type, roadboard: collection.roadboard });
  return `${head.slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
