/**
 * Accepts valid GeoJSON that is not a FeatureCollection: a bare geometry (a LineString,
 * MultiLineString, Point, MultiPoint, or a GeometryCollection of them) or a lone Feature. It
 * becomes a FeatureCollection, with a warning that says what was wrapped: a bare geometry gives
 * roads without properties (one per member of a GeometryCollection).
 */
import type { Feature, Geometry } from 'geojson';
import { failedRead, readProblem, type ReadResult } from './readResult.ts';

const WRAPPABLE_TYPES = new Set(['LineString', 'MultiLineString', 'Point', 'MultiPoint']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when every element down to `depth` levels is an array, ending in positions of numbers. */
function isNested(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && value.every((number) => typeof number === 'number');
  return value.every((inner) => isNested(inner, depth - 1));
}

const POSITION_DEPTHS: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
};

/** The value as a geometry this module wraps, or null when it is not one. */
function asGeometry(value: unknown): Geometry | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  if (value.type === 'GeometryCollection') {
    if (!Array.isArray(value.geometries)) return null;
    const members = value.geometries.map(asGeometry);
    if (members.length === 0 || members.some((member) => member === null)) return null;
    return { type: 'GeometryCollection', geometries: members as Geometry[] };
  }
  const depth = POSITION_DEPTHS[value.type];
  if (depth === undefined || !WRAPPABLE_TYPES.has(value.type)) return null;
  return isNested(value.coordinates, depth) ? (value as unknown as Geometry) : null;
}

/** One feature per geometry; a GeometryCollection's members each become a feature. */
function featuresOf(geometry: Geometry): Feature[] {
  const members =
    geometry.type === 'GeometryCollection' ? geometry.geometries.flatMap(featuresOf) : null;
  return members ?? [{ type: 'Feature', geometry, properties: {} }];
}

/**
 * A parsed JSON value that is a bare geometry or a lone Feature, as a FeatureCollection with the
 * `geometry-wrapped` warning; `geometry-invalid` when it is neither.
 *
 * @example
 * wrapBareGeometry({ type: 'LineString', coordinates: [[105, 30], [105.1, 30.1]] }).value?.features.length; // 1
 */
export function wrapBareGeometry(json: unknown): ReadResult {
  const type = isRecord(json) && typeof json.type === 'string' ? json.type : '';
  if (isRecord(json) && type === 'Feature') {
    const geometry = json.geometry === null ? null : asGeometry(json.geometry);
    if (json.geometry !== null && !geometry) return failedRead('geometry-invalid', { type });
    const properties = isRecord(json.properties) ? json.properties : {};
    const feature: Feature<Geometry | null> = { type: 'Feature', geometry, properties };
    if (json.id !== undefined && (typeof json.id === 'string' || typeof json.id === 'number')) {
      feature.id = json.id;
    }
    return {
      ok: geometry !== null,
      value: { type: 'FeatureCollection', features: [feature] },
      problems: [readProblem('warning', 'geometry-wrapped', { type, features: 1 })],
    };
  }
  const geometry = asGeometry(json);
  if (!geometry) return failedRead('geometry-invalid', { type });
  const features = featuresOf(geometry);
  return {
    ok: true,
    value: { type: 'FeatureCollection', features },
    problems: [readProblem('warning', 'geometry-wrapped', { type, features: features.length })],
  };
}
