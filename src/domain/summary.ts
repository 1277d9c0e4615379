/**
 * The statistics panel's figures for the segments a filter keeps, in one pass.
 */
import type { BuildStatus, RoadClass } from '../data/contract.ts';
import { KmSum } from './kmSum.ts';
import type { GroupTotals, MeasuredSegment, NetworkSummary } from './types.ts';

const townCollator = new Intl.Collator('zh');

class GroupSum {
  segments = 0;
  readonly lengthKm = new KmSum();
  readonly completedKm = new KmSum();

  add(segment: MeasuredSegment): void {
    this.segments += 1;
    this.lengthKm.add(segment.lengthKm);
    this.completedKm.add(segment.completedKm);
  }

  totals(): GroupTotals {
    return {
      segments: this.segments,
      lengthKm: this.lengthKm.value,
      completedKm: this.completedKm.value,
    };
  }
}

function groupOf<Key>(groups: Map<Key, GroupSum>, key: Key): GroupSum {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = new GroupSum()));
  return group;
}

function totalsOf<Key extends string>(
  groups: Map<Key, GroupSum>,
): Partial<Record<Key, GroupTotals>> {
  const record: Partial<Record<Key, GroupTotals>> = {};
  for (const [key, group] of groups) record[key] = group.totals();
  return record;
}

/**
 * Sums the segments `keep` accepts (all of them when it is absent).
 *
 * Kilometres are added as whole millimetres ({@link KmSum}) and never rounded to the shown
 * two decimals on the way, so declared lengths that add up to 314.00 km give exactly 314.
 * `completionRatio` is over segments in a project; guard figures are over segments that need
 * protection, each segment's guard counted up to its required length, so a surplus on one
 * segment cannot hide a gap on another.
 *
 * @example
 * const summary = summarize(segments, (segment) => segment.properties.project === '撤并建制村畅通工程');
 * summary.lengthKm; // 314
 * summary.towns.length; // 24
 */
export function summarize(
  segments: readonly MeasuredSegment[],
  keep?: (segment: MeasuredSegment) => boolean,
): NetworkSummary {
  const all = new GroupSum();
  const projectSum = new GroupSum();
  const guardRequiredKm = new KmSum();
  const guardKm = new KmSum();
  const byClass = new Map<RoadClass, GroupSum>();
  const byStatus = new Map<BuildStatus, GroupSum>();
  const byProject = new Map<string, GroupSum>();
  const byClassStatus = new Map<RoadClass, Map<BuildStatus, KmSum>>();
  const towns = new Set<string>();
  for (const segment of segments) {
    if (keep && !keep(segment)) continue;
    const { properties } = segment;
    all.add(segment);
    groupOf(byClass, properties.class).add(segment);
    groupOf(byStatus, properties.status).add(segment);
    if (properties.project !== undefined && properties.project !== '') {
      projectSum.add(segment);
      groupOf(byProject, properties.project).add(segment);
    }
    let row = byClassStatus.get(properties.class);
    if (!row) byClassStatus.set(properties.class, (row = new Map()));
    let cell = row.get(properties.status);
    if (!cell) row.set(properties.status, (cell = new KmSum()));
    cell.add(segment.lengthKm);
    const requiredKm = segment.guardRequiredKm;
    if (requiredKm !== null && segment.guardRatio !== null) {
      guardRequiredKm.add(requiredKm);
      guardKm.add(Math.min(segment.guardKm, requiredKm));
    }
    for (const town of properties.towns) towns.add(town);
  }
  const classStatusKm: NetworkSummary['classStatusKm'] = {};
  for (const [roadClass, row] of byClassStatus) {
    const cells: Partial<Record<BuildStatus, number>> = (classStatusKm[roadClass] = {});
    for (const [status, cell] of row) cells[status] = cell.value;
  }
  const projectKm = projectSum.lengthKm.value;
  const requiredTotalKm = guardRequiredKm.value;
  const guardTotalKm = guardKm.value;
  return {
    segments: all.segments,
    lengthKm: all.lengthKm.value,
    projectKm,
    completedKm: all.completedKm.value,
    completionRatio: projectKm > 0 ? projectSum.completedKm.value / projectKm : null,
    guardRequiredKm: requiredTotalKm,
    guardKm: guardTotalKm,
    guardCoverageRatio: requiredTotalKm > 0 ? Math.min(1, guardTotalKm / requiredTotalKm) : null,
    byClass: totalsOf(byClass),
    byStatus: totalsOf(byStatus),
    byProject: totalsOf(byProject) as Record<string, GroupTotals>,
    towns: [...towns].sort(townCollator.compare),
    classStatusKm,
  };
}
