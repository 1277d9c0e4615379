/**
 * Segment counts and kilometres per legend entry of a colour mode.
 */
import { keptWhere, SegmentIndex, segmentColumns } from './segmentIndex.ts';
import type { ColorMode, GroupTotals, MeasuredSegment } from './types.ts';

/**
 * Counts the segments `keep` accepts by bucket of `mode` (see `bucketOf`), kilometres summed
 * in whole millimetres. A page that counts again and again keeps a `SegmentIndex` instead.
 *
 * @example
 * countByBucket(segments, 'status', () => true).get('open'); // { segments: 12, lengthKm: 80.4, … }
 */
export function countByBucket(
  segments: readonly MeasuredSegment[],
  mode: ColorMode,
  keep: (segment: MeasuredSegment) => boolean,
): Map<string, GroupTotals> {
  return new SegmentIndex(segmentColumns(segments)).bucketTotals(mode, keptWhere(segments, keep));
}
