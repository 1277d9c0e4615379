/**
 * The page's figures (`SegmentIndex`) of a list of segments, with the kept ones chosen by any
 * predicate: for tests that pick segments by hand.
 */
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import type {
  ColorMode,
  GroupTotals,
  MeasuredSegment,
  NetworkSummary,
} from '../../src/domain/types.ts';

type Keep = (segment: MeasuredSegment) => boolean;

function keptBy(segments: readonly MeasuredSegment[], keep: Keep | undefined): Uint8Array | null {
  return keep ? Uint8Array.from(segments, (segment) => (keep(segment) ? 1 : 0)) : null;
}

/** The statistics of the segments `keep` accepts (all of them without it). */
export function summaryOf(segments: readonly MeasuredSegment[], keep?: Keep): NetworkSummary {
  return new SegmentIndex(segmentColumns(segments)).summary(keptBy(segments, keep));
}

/** The legend counts of `mode` of the segments `keep` accepts (all of them without it). */
export function bucketTotalsOf(
  segments: readonly MeasuredSegment[],
  mode: ColorMode,
  keep?: Keep,
): Map<string, GroupTotals> {
  return new SegmentIndex(segmentColumns(segments)).bucketTotals(mode, keptBy(segments, keep));
}
