/**
 * Walking the positions of untrusted GeoJSON: any object kind, any nesting of coordinate
 * arrays, garbage skipped. Used to sample positions for detection and to check the extent.
 * Plain recursive functions and no per-call closures: a 100k-feature file has 2M positions.
 */

/** Deepest nesting of coordinate arrays followed (MultiPolygon needs 4). */
export const MAX_DEPTH = 6;

/** Called with each array that holds no arrays (a position) and its index in the feature. */
export type PositionVisitor = (position: readonly unknown[], vertex: number) => void;

interface WalkState {
  visit: PositionVisitor;
  vertex: number;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `features` of a collection, `[input]` for a feature or geometry, else `[]`. */
export function featuresOf(input: unknown): unknown[] {
  if (!isObject(input)) return [];
  if (input.type === 'FeatureCollection') {
    return Array.isArray(input.features) ? (input.features as unknown[]) : [];
  }
  return [input];
}

/** The geometry of a feature, or the value itself when it is not a feature. */
export function geometryOf(feature: unknown): unknown {
  return isObject(feature) && feature.type === 'Feature' ? feature.geometry : feature;
}

function walkCoordinates(value: unknown, depth: number, state: WalkState): void {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return;
  if (value.length > 0 && Array.isArray(value[0])) {
    for (let i = 0; i < value.length; i++) walkCoordinates(value[i], depth + 1, state);
  } else state.visit(value, state.vertex++);
}

function walkGeometry(value: unknown, depth: number, state: WalkState): void {
  if (!isObject(value) || depth > MAX_DEPTH) return;
  if (value.type === 'GeometryCollection' && Array.isArray(value.geometries)) {
    const parts = value.geometries as unknown[];
    for (let i = 0; i < parts.length; i++) walkGeometry(parts[i], depth + 1, state);
  } else walkCoordinates(value.coordinates, 0, state);
}

/** Visits the positions of one geometry (GeometryCollections included); returns the count. */
export function forEachPosition(geometry: unknown, visit: PositionVisitor): number {
  const state: WalkState = { visit, vertex: 0 };
  walkGeometry(geometry, 0, state);
  return state.vertex;
}
