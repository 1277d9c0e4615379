/**
 * Which input feature each validated segment and point came from. The validator keeps, in
 * input order, every line feature (and every point) without an error; so the origins are the
 * input indices of those features, less the ones an error names.
 */
import type { Problem } from '../../contract/roadNetwork.ts';

/** The input index of each segment and each point, or null when they cannot be matched. */
export interface FeatureOrigins {
  segments: number[];
  points: number[];
}

function geometryType(feature: unknown): unknown {
  if (typeof feature !== 'object' || feature === null) return undefined;
  const geometry = (feature as { geometry?: unknown }).geometry;
  if (typeof geometry !== 'object' || geometry === null) return undefined;
  return (geometry as { type?: unknown }).type;
}

/**
 * The origins of the validated features, or null when the counts do not add up (the input was
 * not a collection of features as expected).
 *
 * @example
 * featureOrigins(collection, validation.errors, validation.segments.length, validation.points.length);
 * // { segments: [0, 1, 3], points: [2] }
 */
export function featureOrigins(
  input: unknown,
  errors: readonly Problem[],
  segmentCount: number,
  pointCount: number,
): FeatureOrigins | null {
  const features =
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { features?: unknown }).features)
      ? (input as { features: unknown[] }).features
      : null;
  if (!features) return null;
  const failed = new Set<number>();
  for (const error of errors) if (error.featureIndex !== null) failed.add(error.featureIndex);
  const segments: number[] = [];
  const points: number[] = [];
  features.forEach((feature, index) => {
    if (failed.has(index)) return;
    const type = geometryType(feature);
    if (type === 'LineString' || type === 'MultiLineString') segments.push(index);
    else if (type === 'Point') points.push(index);
  });
  if (segments.length !== segmentCount || points.length !== pointCount) return null;
  return { segments, points };
}
