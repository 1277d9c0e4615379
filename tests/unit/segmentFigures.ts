/**
 * For tests: the page's figures (`SegmentIndex`) of segments picked by any predicate, and the
 * filter rule written plainly over segment objects, to check the index against.
 */
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import type {
  ColorMode,
  FilterState,
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

function chosen<Value>(values: readonly Value[] | undefined): values is readonly Value[] {
  return values !== undefined && values.length > 0;
}

/**
 * Whether a segment passes the filter, the rule of `SegmentIndex.kept` written plainly: each
 * field that is absent or empty keeps everything; fields AND, values within a field OR; any
 * chosen town served; no project or year fails a project or year filter.
 */
export function segmentMatchesFilter(segment: MeasuredSegment, filter: FilterState): boolean {
  const { properties } = segment;
  if (chosen(filter.classes) && !filter.classes.includes(properties.class)) return false;
  if (chosen(filter.statuses) && !filter.statuses.includes(properties.status)) return false;
  if (chosen(filter.projects)) {
    if (properties.project === undefined || !filter.projects.includes(properties.project)) {
      return false;
    }
  }
  if (chosen(filter.years)) {
    if (properties.year === undefined || !filter.years.includes(properties.year)) return false;
  }
  if (chosen(filter.towns)) {
    const wanted = filter.towns;
    if (!properties.towns.some((town) => wanted.includes(town))) return false;
  }
  return true;
}
