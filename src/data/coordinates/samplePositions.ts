/**
 * Sampling the positions of untrusted GeoJSON for detection: up to 2,000 finite positions
 * spread evenly over the whole input, and their extent.
 */
import type { SampleExtent } from './types.ts';
import { featuresOf, forEachPosition, geometryOf, type PositionVisitor } from './walk.ts';

/** Most positions sampled for detection. */
export const SAMPLE_SIZE = 2000;

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
  let count = 0;
  for (const geometry of geometries) count += forEachPosition(geometry, () => undefined);
  const step = Math.max(1, Math.ceil(count / SAMPLE_SIZE));
  const xs: number[] = [];
  const ys: number[] = [];
  const extent: SampleExtent = { count: 0, minX: 0, maxX: 0, minY: 0, maxY: 0 };
  let seen = 0;
  const keep: PositionVisitor = (position) => {
    if (seen++ % step !== 0 || xs.length >= SAMPLE_SIZE) return;
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
  for (const geometry of geometries) forEachPosition(geometry, keep);
  extent.count = xs.length;
  return { xs, ys, extent };
}
