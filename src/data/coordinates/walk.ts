/**
 * Walking the positions of untrusted GeoJSON: any object kind, any nesting of coordinate
 * arrays, garbage skipped. Used to sample positions for detection and to check the extent.
 * Plain recursive functions and no per-call closures: a 100k-feature file has 2M positions.
 */
import type { SampleExtent } from './types.ts';

/** Deepest nesting of coordinate arrays followed (MultiPolygon needs 4). */
export const MAX_DEPTH = 6;

/** Most positions sampled for detection. */
export const SAMPLE_SIZE = 2000;

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

/** The x and y of a position when both are finite numbers. */
export function finitePair(position: readonly unknown[]): [number, number] | undefined {
  const x = position[0];
  const y = position[1];
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
}

/** Sampled positions: parallel arrays of x and y, and their extent. */
export interface Sample {
  xs: number[];
  ys: number[];
  extent: SampleExtent;
}

/**
 * Up to 2,000 finite positions spread evenly over the whole input (every k-th position).
 *
 * @example
 * samplePositions({ type: 'Feature', geometry: { type: 'Point', coordinates: [105, 30] } }).xs;
 * // [105]
 */
export function samplePositions(input: unknown): Sample {
  const geometries = featuresOf(input).map(geometryOf);
  const counter: WalkState = { visit: () => undefined, vertex: 0 };
  for (const geometry of geometries) walkGeometry(geometry, 0, counter);
  const step = Math.max(1, Math.ceil(counter.vertex / SAMPLE_SIZE));
  const xs: number[] = [];
  const ys: number[] = [];
  const extent: SampleExtent = { count: 0, minX: 0, maxX: 0, minY: 0, maxY: 0 };
  const keep: PositionVisitor = (position, seen) => {
    if (seen % step !== 0 || xs.length >= SAMPLE_SIZE) return;
    const pair = finitePair(position);
    if (pair === undefined) return;
    const [x, y] = pair;
    const first = xs.length === 0;
    extent.minX = first ? x : Math.min(extent.minX, x);
    extent.maxX = first ? x : Math.max(extent.maxX, x);
    extent.minY = first ? y : Math.min(extent.minY, y);
    extent.maxY = first ? y : Math.max(extent.maxY, y);
    xs.push(x);
    ys.push(y);
  };
  const sampler: WalkState = { visit: keep, vertex: 0 };
  for (const geometry of geometries) walkGeometry(geometry, 0, sampler);
  extent.count = xs.length;
  return { xs, ys, extent };
}
