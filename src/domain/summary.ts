/**
 * The statistics panel's figures for the segments a filter keeps.
 */
import { keptWhere, SegmentIndex, segmentColumns } from './segmentIndex.ts';
import type { MeasuredSegment, NetworkSummary } from './types.ts';

/**
 * Sums the segments `keep` accepts (all of them when it is absent). A page that sums again and
 * again keeps a `SegmentIndex` instead.
 *
 * Kilometres are added as whole millimetres and never rounded to the shown two decimals on the
 * way, so declared lengths that add up to 314.00 km give exactly 314. `completionRatio` is over
 * segments in a project; guard figures are over segments that need protection, each segment's
 * guard counted up to its required length, so a surplus on one segment cannot hide a gap on
 * another.
 *
 * @example
 * const summary = summarize(segments, (segment) => segment.properties.project === '撤并建制村畅通工程');
 * summary.lengthKm; // 314
 * summary.towns.length; // 24
 */
export function summarize(
  segments: readonly MeasuredSegment[],
  keep?: (segment: MeasuredSegment) => boolean,
): NetworkSummary {
  return new SegmentIndex(segmentColumns(segments)).summary(
    keep ? keptWhere(segments, keep) : null,
  );
}
