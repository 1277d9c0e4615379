/**
 * Converts a FeatureCollection's coordinates to WGS 84 longitude/latitude with proj4, given the
 * definition `prjToProj4` made from the .prj.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import type { Problem } from '../../contract/roadNetwork.ts';
import { readProblem } from './readResult.ts';

/** The converted features, and a warning for each feature with a position proj4 cannot convert. */
export interface Reprojected {
  value: FeatureCollection<Geometry | null>;
  problems: Problem[];
}

function convertGeometry(geometry: Geometry, convert: (position: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: convert(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(convert) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(convert)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(convert)),
        ),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((member) => convertGeometry(member, convert)),
      };
  }
}

/**
 * The collection with every position converted from `definition` to longitude/latitude. A
 * feature with a position that does not convert to finite numbers keeps its place with
 * `geometry: null` and a `reprojection-failed` warning.
 *
 * @example
 * const reading = prjToProj4(prjText);
 * if (reading.definition) reprojectCollection(collection, reading.definition).value;
 */
export function reprojectCollection(
  collection: FeatureCollection<Geometry | null>,
  definition: string,
): Reprojected {
  const converter = proj4(definition, 'EPSG:4326');
  const problems: Problem[] = [];
  const features = collection.features.map((feature, index): Feature<Geometry | null> => {
    if (!feature.geometry) return feature;
    let failedAt: Position | null = null;
    const convert = (position: Position): Position => {
      let converted: number[];
      try {
        converted = converter.forward([position[0] ?? NaN, position[1] ?? NaN]);
      } catch {
        converted = [NaN, NaN];
      }
      if (!converted.every(Number.isFinite)) failedAt ??= position;
      return [converted[0] ?? NaN, converted[1] ?? NaN];
    };
    const geometry = convertGeometry(feature.geometry, convert);
    if (failedAt === null) return { ...feature, geometry };
    const [x, y] = failedAt as Position;
    problems.push(
      readProblem('warning', 'reprojection-failed', { x: x ?? NaN, y: y ?? NaN }, index),
    );
    return { ...feature, geometry: null };
  });
  return { value: { type: 'FeatureCollection', features }, problems };
}
