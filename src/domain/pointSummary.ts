/**
 * The statistics of point features (bridges, transport service stations, mooring areas): counts
 * by kind, by build status and by work type. Points are few, so the page counts them afresh on
 * every filter change.
 */
import {
  BUILT_STATUSES,
  type BuildStatus,
  type PointFeatureProperties,
} from '../contract/roadNetwork.ts';
import type { FilterState, PointKindTotals, PointSummary } from './types.ts';

/**
 * Whether a filter keeps a point. Points follow the status, project and year filters; a class
 * or town filter keeps no point, as points carry neither a class nor towns.
 *
 * @example
 * keepsPoint({ projects: ['农村公路危桥整治'] }, bridge); // true for the programme's bridges
 */
export function keepsPoint(filter: FilterState, point: PointFeatureProperties): boolean {
  if (filter.classes?.length || filter.towns?.length) return false;
  if (filter.statuses?.length && !filter.statuses.includes(point.status)) return false;
  if (filter.projects?.length) {
    if (point.project === undefined || !filter.projects.includes(point.project)) return false;
  }
  if (filter.years?.length) {
    if (point.year === undefined || !filter.years.includes(point.year)) return false;
  }
  return true;
}

function addTo(totals: PointKindTotals | undefined, status: BuildStatus): PointKindTotals {
  const counted = totals ?? { count: 0, byStatus: {} };
  counted.count += 1;
  counted.byStatus[status] = (counted.byStatus[status] ?? 0) + 1;
  return counted;
}

/**
 * Counts the points `filter` keeps. Hidden legend entries hide roads only, so they leave the
 * points counted, as they leave them on the map.
 *
 * @example
 * pointSummary(points, {}).bridgesRebuilt; // 7 in the sample county
 */
export function pointSummary(
  points: readonly PointFeatureProperties[],
  filter: FilterState,
): PointSummary {
  const summary: PointSummary = {
    points: 0,
    byKind: {},
    byWork: {},
    bridgesRebuilt: 0,
    facilitiesBuilt: 0,
  };
  for (const point of points) {
    if (!keepsPoint(filter, point)) continue;
    summary.points += 1;
    summary.byKind[point.kind] = addTo(summary.byKind[point.kind], point.status);
    if (point.work === undefined) continue;
    summary.byWork[point.work] = addTo(summary.byWork[point.work], point.status);
    const built = BUILT_STATUSES.includes(point.status);
    if (built && point.work === 'bridge') summary.bridgesRebuilt += 1;
    if (built && point.work === 'facility') summary.facilitiesBuilt += 1;
  }
  return summary;
}
