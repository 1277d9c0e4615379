/**
 * Segment counts and kilometres per legend entry of a colour mode.
 */
import type { ColorMode, GroupTotals, MeasuredSegment } from './types.ts';

/** The bucket a segment falls in under a colour mode (its status, or its bucket key). */
export function bucketOf(segment: MeasuredSegment, mode: ColorMode): string {
  if (mode === 'status') return segment.properties.status;
  if (mode === 'completion') return segment.completionBucket;
  return segment.guardBucket;
}

/**
 * Counts the segments `keep` accepts by bucket of `mode`.
 *
 * @example
 * countByBucket(segments, 'status', () => true).get('open'); // { segments: 12, lengthKm: 80.4, … }
 */
export function countByBucket(
  segments: readonly MeasuredSegment[],
  mode: ColorMode,
  keep: (segment: MeasuredSegment) => boolean,
): Map<string, GroupTotals> {
  const totals = new Map<string, GroupTotals>();
  for (const segment of segments) {
    if (!keep(segment)) continue;
    const key = bucketOf(segment, mode);
    let group = totals.get(key);
    if (!group) {
      group = { segments: 0, lengthKm: 0, completedKm: 0 };
      totals.set(key, group);
    }
    group.segments += 1;
    group.lengthKm += segment.lengthKm;
    group.completedKm += segment.completedKm;
  }
  return totals;
}
