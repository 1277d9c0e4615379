/**
 * The filter choices of a network known only by its columns (a tile set): the values the
 * columns list are exactly those present, so they only need the order the filter lists show.
 */
import { BUILD_STATUSES, ROAD_CLASSES } from '../contract/roadNetwork.ts';
import type { FilterOptions } from './filterOptions.ts';
import type { SegmentColumns } from './segmentIndex.ts';

const chineseCollator = new Intl.Collator('zh');

/**
 * The classes, statuses, towns, projects and years of the columns, as `filterOptions` gives
 * them for the same segments.
 *
 * @example
 * columnOptions(segmentColumns(segments)); // equal to filterOptions(segments)
 */
export function columnOptions(columns: SegmentColumns): FilterOptions {
  const classes = new Set(columns.classes);
  const statuses = new Set(columns.statuses);
  const towns = columns.servedTowns?.names ?? columns.towns;
  return {
    classes: ROAD_CLASSES.filter((roadClass) => classes.has(roadClass)),
    statuses: BUILD_STATUSES.filter((status) => statuses.has(status)),
    towns: [...towns].sort(chineseCollator.compare),
    projects: [...columns.projects].sort(chineseCollator.compare),
    years: [...columns.years].sort((a, b) => a - b),
  };
}
