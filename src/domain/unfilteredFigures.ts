/**
 * What the page shows of a dataset before any filter: statistics, filter choices and legend
 * counts. The data worker computes them with the data, so that taking a large dataset in costs
 * the page no pass over every segment; a filter change computes them again on the page.
 */
import { filterOptions, type FilterOptions } from './filterSegments.ts';
import { countByBucket } from './legendCounts.ts';
import { summarize } from './summary.ts';
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
 * The figures of all segments.
 *
 * @example
 * unfilteredFigures(segments).legendCounts.status.get('open')?.segments;
 */
export function unfilteredFigures(segments: readonly MeasuredSegment[]): UnfilteredFigures {
  const legendCounts = {} as Record<ColorMode, Map<string, GroupTotals>>;
  for (const mode of COLOR_MODES) legendCounts[mode] = countByBucket(segments, mode, () => true);
  return { summary: summarize(segments), options: filterOptions(segments), legendCounts };
}
