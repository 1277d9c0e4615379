/**
 * Which segments the map shows: those the filter keeps whose legend entry in the current mode
 * is not hidden. The map's road line gets the same rule as a style filter
 * (`filterExpression`); the overlays (completed parts, route codes) follow it by feature-state.
 */
import { segmentMatchesFilter } from './filterSegments.ts';
import { bucketOf } from './legendCounts.ts';
import type { ColorMode, FilterState, MeasuredSegment } from './types.ts';

/**
 * One byte per segment index: 1 when shown, 0 when the filter or a hidden legend entry hides it.
 *
 * @example
 * shownSegments(segments, { classes: ['county'] }, 'status', ['open'])[3]; // 0 or 1
 */
export function shownSegments(
  segments: readonly MeasuredSegment[],
  filter: FilterState,
  mode: ColorMode,
  hiddenBuckets: readonly string[],
): Uint8Array {
  const shown = new Uint8Array(segments.length);
  for (const segment of segments) {
    const visible =
      segmentMatchesFilter(segment, filter) &&
      (hiddenBuckets.length === 0 || !hiddenBuckets.includes(bucketOf(segment, mode)));
    shown[segment.index] = visible ? 1 : 0;
  }
  return shown;
}
