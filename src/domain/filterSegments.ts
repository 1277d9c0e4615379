/**
 * The filters of the map and the statistics: which segments a filter keeps, and which values
 * there are to choose from.
 */
import {
  BUILD_STATUSES,
  ROAD_CLASSES,
  type BuildStatus,
  type RoadClass,
  type RoadSegmentProperties,
} from '../data/contract.ts';
import type { FilterState } from './types.ts';

/** Anything that carries a segment's properties: a RoadSegment or a MeasuredSegment. */
export interface HasSegmentProperties {
  properties: RoadSegmentProperties;
}

/** The distinct values present in a dataset, in the order the filter lists show them. */
export interface FilterOptions {
  /** In contract order (expressway first). */
  classes: RoadClass[];
  /** In contract order (existing first). */
  statuses: BuildStatus[];
  /** Sorted by the Chinese collation (pinyin). */
  towns: string[];
  /** Sorted by the Chinese collation (pinyin). */
  projects: string[];
  /** Ascending. */
  years: number[];
}

const chineseCollator = new Intl.Collator('zh');

function chosen<Value>(values: readonly Value[] | undefined): values is readonly Value[] {
  return values !== undefined && values.length > 0;
}

/**
 * Whether a segment passes the filter. Each field that is absent or empty keeps everything;
 * the fields combine with AND, the values within one field with OR. A segment passes the towns
 * filter when it serves any of the chosen towns; one without a project or a year fails a
 * project or year filter.
 *
 * @example
 * segmentMatchesFilter(segment, { classes: ['village'], towns: ['三元镇', '忠孝乡'] });
 * segmentMatchesFilter(segment, {}); // true
 */
export function segmentMatchesFilter(segment: HasSegmentProperties, filter: FilterState): boolean {
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

/**
 * The classes, statuses, towns, projects and years present in the segments.
 *
 * @example
 * filterOptions(segments).towns; // ['八洞', '建平镇', '金石', …]
 */
export function filterOptions(segments: readonly HasSegmentProperties[]): FilterOptions {
  const classes = new Set<RoadClass>();
  const statuses = new Set<BuildStatus>();
  const towns = new Set<string>();
  const projects = new Set<string>();
  const years = new Set<number>();
  for (const { properties } of segments) {
    classes.add(properties.class);
    statuses.add(properties.status);
    for (const town of properties.towns) towns.add(town);
    if (properties.project !== undefined && properties.project !== '') {
      projects.add(properties.project);
    }
    if (properties.year !== undefined) years.add(properties.year);
  }
  return {
    classes: ROAD_CLASSES.filter((roadClass) => classes.has(roadClass)),
    statuses: BUILD_STATUSES.filter((status) => statuses.has(status)),
    towns: [...towns].sort(chineseCollator.compare),
    projects: [...projects].sort(chineseCollator.compare),
    years: [...years].sort((a, b) => a - b),
  };
}
