/**
 * The values there are to choose from in the filters. Which segments a filter keeps is
 * `SegmentIndex.kept` (the statistics, the overlays) and `filterExpression` (the road line).
 */
import {
  BUILD_STATUSES,
  ROAD_CLASSES,
  type BuildStatus,
  type PointFeatureProperties,
  type RoadClass,
  type RoadSegmentProperties,
} from '../contract/roadNetwork.ts';

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

/**
 * The roads' options with the statuses, projects and years of the point features added: a
 * project with only points (bridges) is chosen in the project filter too. Returns `options`
 * itself when the points add nothing.
 *
 * @example
 * withPointOptions(filterOptions(segments), points).projects; // […, '农村公路危桥整治', …]
 */
export function withPointOptions(
  options: FilterOptions,
  points: readonly PointFeatureProperties[],
): FilterOptions {
  const statuses = new Set(options.statuses);
  const projects = new Set(options.projects);
  const years = new Set(options.years);
  for (const point of points) {
    statuses.add(point.status);
    if (point.project !== undefined && point.project !== '') projects.add(point.project);
    if (point.year !== undefined) years.add(point.year);
  }
  if (
    statuses.size === options.statuses.length &&
    projects.size === options.projects.length &&
    years.size === options.years.length
  ) {
    return options;
  }
  return {
    ...options,
    statuses: BUILD_STATUSES.filter((status) => statuses.has(status)),
    projects: [...projects].sort(chineseCollator.compare),
    years: [...years].sort((a, b) => a - b),
  };
}
