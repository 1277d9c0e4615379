/**
 * Which segments the map shows: those the filter keeps whose legend entry in the current mode
 * is not hidden. The map's road line gets the same rule as a style filter
 * (`filterExpression`); the overlays (completed parts, route codes) follow it by feature-state.
 */
import { segmentMatchesFilter } from './filterSegments.ts';
import { bucketOf } from './bucketOf.ts';
import type { ColorMode, FilterState, MeasuredSegment } from './types.ts';

/**
 * One byte per segment index: 1 when shown, 0 when the filter or a hidden legend entry hides it.
 * With `among`, only the segments at those indices are looked at (the rest stay 0): the map
 * needs the answer only for the segments its overlays draw, a fraction of them.
 *
 * @example
 * shownSegments(segments, { classes: ['county'] }, 'status', ['open'])[3]; // 0 or 1
 * shownSegments(segments, { classes: ['county'] }, 'status', [], [labelIds, progressIds]);
 */
export function shownSegments(
  segments: readonly MeasuredSegment[],
  filter: FilterState,
  mode: ColorMode,
  hiddenBuckets: readonly string[],
  among?: readonly ArrayLike<number>[],
): Uint8Array {
  const shown = new Uint8Array(segments.length);
  const look = (segment: MeasuredSegment) => {
    const visible =
      segmentMatchesFilter(segment, filter) &&
      (hiddenBuckets.length === 0 || !hiddenBuckets.includes(bucketOf(segment, mode)));
    shown[segment.index] = visible ? 1 : 0;
  };
  if (among === undefined) {
    for (const segment of segments) look(segment);
    return shown;
  }
  for (const indices of among) {
    for (let at = 0; at < indices.length; at++) {
      const segment = segments[indices[at]!];
      if (segment) look(segment);
    }
  }
  return shown;
}
