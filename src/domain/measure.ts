/**
 * Turns validated road segments into measured ones: lengths, completion and guard coverage,
 * computed once when a dataset loads.
 */
import {
  BUILT_STATUSES,
  type RoadSegment,
  type RoadSegmentProperties,
} from '../contract/roadNetwork.ts';
import { completionBucket, guardBucket, guardRatio } from './buckets.ts';
import { lineLengthKm } from './geodesicLength.ts';
import type { MeasuredSegment } from './types.ts';

function clamp(value: number, lowest: number, highest: number): number {
  return value < lowest ? lowest : value > highest ? highest : value;
}

/**
 * The hazardous length that needs protection, in km, or null when it was never assessed.
 *
 * - `guard_required_km` given → that figure (0 means nothing needs protection).
 * - both `guard_required_km` and `guard_km` absent → null (not assessed).
 * - only `guard_km` given → `guard_km`: a guard was built, so the section was surveyed and
 *   found hazardous, and the length protected is the only measure of the need the data holds.
 *   The segment then counts as fully covered. (The contract reserves "not assessed" for the
 *   case where both figures are absent.)
 *
 * @example
 * guardRequiredKmOf({ guard_km: 1.2 }); // 1.2
 * guardRequiredKmOf({}); // null
 */
export function guardRequiredKmOf(properties: {
  guard_required_km?: number;
  guard_km?: number;
}): number | null {
  if (properties.guard_required_km !== undefined) return Math.max(0, properties.guard_required_km);
  if (properties.guard_km !== undefined) return Math.max(0, properties.guard_km);
  return null;
}

/**
 * Measures one segment.
 *
 * - `lengthKm`: the declared `length_km` where given, else the measured ellipsoidal length.
 * - `completedKm`: `completed_km` clamped to 0…lengthKm where given; else the whole length
 *   when the status is `completed` or `open`; else 0.
 * - `completionRatio`: completedKm ÷ lengthKm (0 for a zero-length segment).
 * - guard figures: see {@link guardRequiredKmOf}; `guardKm` is `guard_km` or 0.
 *
 * @example
 * const measured = measureSegment(
 *   {
 *     geometry: { type: 'LineString', coordinates: [[105, 30], [105.05, 30]] },
 *     properties: { id: 'a', class: 'village', status: 'construction', towns: [],
 *       length_km: 5, completed_km: 2 },
 *   },
 *   0,
 * );
 * measured.completionRatio; // 0.4
 * measured.completionBucket; // 'started'
 */
export function measureSegment(segment: RoadSegment, index: number): MeasuredSegment {
  const { properties } = segment;
  const measuredKm = segment.measuredKm ?? lineLengthKm(segment.geometry);
  const declaredKm = properties.length_km;
  const lengthKm = declaredKm !== undefined && declaredKm >= 0 ? declaredKm : measuredKm;
  let completedKm: number;
  if (properties.completed_km !== undefined) {
    completedKm = clamp(properties.completed_km, 0, lengthKm);
  } else {
    completedKm = BUILT_STATUSES.includes(properties.status) ? lengthKm : 0;
  }
  const completionRatio = lengthKm > 0 ? completedKm / lengthKm : 0;
  const guardRequiredKm = guardRequiredKmOf(properties);
  const guardKm = Math.max(0, properties.guard_km ?? 0);
  return {
    index,
    properties,
    measuredKm,
    lengthKm,
    completedKm,
    completionRatio,
    completionBucket: isInProject(properties)
      ? completionBucket(completionRatio)
      : 'not-in-project',
    guardRequiredKm,
    guardKm,
    guardRatio: guardRatio(guardRequiredKm, guardKm),
    guardBucket: guardBucket(guardRequiredKm, guardKm),
  };
}

/**
 * True when a segment belongs to a project: it names one, its status is other than existing, or
 * it reports progress (`completed_km`).
 */
export function isInProject(properties: RoadSegmentProperties): boolean {
  return (
    properties.project !== undefined ||
    properties.status !== 'existing' ||
    properties.completed_km !== undefined
  );
}

/**
 * Measures every segment; each keeps its position in the input as `index`.
 *
 * @example
 * measureSegments(validation.segments).map((segment) => segment.lengthKm);
 */
export function measureSegments(segments: readonly RoadSegment[]): MeasuredSegment[] {
  const measured = new Array<MeasuredSegment>(segments.length);
  for (let i = 0; i < segments.length; i++) {
    measured[i] = measureSegment(segments[i] as RoadSegment, i);
  }
  return measured;
}
