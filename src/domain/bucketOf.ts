/**
 * Which legend entry of a colour mode a segment falls in.
 */
import type { ColorMode, MeasuredSegment } from './types.ts';

/** The bucket a segment falls in under a colour mode (its status, or its bucket key). */
export function bucketOf(segment: MeasuredSegment, mode: ColorMode): string {
  if (mode === 'status') return segment.properties.status;
  if (mode === 'completion') return segment.completionBucket;
  return segment.guardBucket;
}
