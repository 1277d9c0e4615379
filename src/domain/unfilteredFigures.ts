/**
 * What the page shows of a dataset before any filter: statistics, filter choices and legend
 * counts. The data worker computes them with the data, so that taking a large dataset in costs
 * the page no pass over every segment; a filter change computes them again on the page.
 */
import { filterOptions, type FilterOptions } from './filterOptions.ts';
import { SegmentIndex, segmentColumns, type SegmentColumns } from './segmentIndex.ts';
import {
  COLOR_MODES,
  type ColorMode,
  type GroupTotals,
  type MeasuredSegment,
  type NetworkSummary,
} from './types.ts';

export interface UnfilteredFigures {
  summary: NetworkSummary;
  options: FilterOptions;
  legendCounts: Record<ColorMode, Map<string, GroupTotals>>;
}

/**
 * The figures of all segments (`columns`: the segments laid out for counting, if made already).
 *
 * @example
 * unfilteredFigures(segments).legendCounts.status.get('open')?.segments;
 */
export function unfilteredFigures(
  segments: readonly MeasuredSegment[],
  columns: SegmentColumns = segmentColumns(segments),
): UnfilteredFigures {
  const index = new SegmentIndex(columns);
  const legendCounts = {} as Record<ColorMode, Map<string, GroupTotals>>;
  for (const mode of COLOR_MODES) legendCounts[mode] = index.bucketTotals(mode, null);
  return { summary: index.summary(null), options: filterOptions(segments), legendCounts };
}
