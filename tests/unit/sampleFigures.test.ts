/**
 * The built-in sample county through the app's own pipeline (validate → measure → summarise)
 * reproduces the figures of the seed document (../shared/DOMAIN.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
import { pointSummary } from '../../src/domain/pointSummary.ts';
import type { FilterState } from '../../src/domain/types.ts';
import { segmentMatchesFilter, summaryOf as summaryWhere } from './segmentFigures.ts';

function loadSample(): PreparedDataset {
  const text = readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8');
  const outcome = prepareDataset(JSON.parse(text));
  if (!outcome.ok) throw new Error(`sample does not validate: ${JSON.stringify(outcome.errors)}`);
  return outcome.dataset;
}

const dataset = loadSample();

function summaryOf(filter: FilterState) {
  return summaryWhere(dataset.segments, (segment) => segmentMatchesFilter(segment, filter));
}

describe('the sample county through the app pipeline', () => {
  it('validates with no error and is marked synthetic', () => {
    expect(dataset.errors).toEqual([]);
    expect(dataset.info.synthetic).toBe(true);
    expect(dataset.segments.length).toBeGreaterThanOrEqual(1500);
  });

  it('撤并建制村畅通工程: 314.00 km over 24 towns, all completed', () => {
    const summary = summaryOf({ projects: ['撤并建制村畅通工程'] });
    expect(summary.lengthKm.toFixed(2)).toBe('314.00');
    expect(summary.completedKm.toFixed(2)).toBe('314.00');
    expect(summary.projectKm.toFixed(2)).toBe('314.00');
    expect(summary.completionRatio).toBe(1);
    expect(summary.towns).toHaveLength(24);
  });

  it('自然村通硬化路: 157.00 km over 17 towns, all completed', () => {
    const summary = summaryOf({ projects: ['自然村通硬化路'] });
    expect(summary.lengthKm.toFixed(2)).toBe('157.00');
    expect(summary.completedKm.toFixed(2)).toBe('157.00');
    expect(summary.towns).toHaveLength(17);
  });

  it('村道生命安全防护工程: 62.92 km of guard, fully covering what it needs', () => {
    const summary = summaryOf({ projects: ['村道生命安全防护工程'] });
    expect(summary.guardKm.toFixed(2)).toBe('62.92');
    expect(summary.guardRequiredKm.toFixed(2)).toBe('62.92');
    expect(summary.guardCoverageRatio).toBe(1);
  });

  it('leaves a visible gap in guard coverage on the rest of the village network', () => {
    const summary = summaryOf({ classes: ['village'] });
    expect(summary.guardRequiredKm).toBeGreaterThan(summary.guardKm);
    const buckets = new Set(dataset.segments.map((segment) => segment.guardBucket));
    for (const bucket of ['none', 'low', 'full', 'not-required', 'not-assessed']) {
      expect(buckets, bucket).toContain(bucket);
    }
  });

  it('幸福美丽乡村路 is 3.80 km and completed', () => {
    const project = Object.keys(summaryOf({}).byProject).find((name) =>
      name.startsWith('幸福美丽乡村路'),
    );
    expect(project).toBeDefined();
    const summary = summaryOf({ projects: [project!] });
    expect(summary.lengthKm.toFixed(2)).toBe('3.80');
    expect(summary.completedKm.toFixed(2)).toBe('3.80');
    expect(summary.byStatus.completed?.segments).toBe(summary.segments);
  });

  it('has every road class and every build status', () => {
    const summary = summaryOf({});
    expect(Object.keys(summary.byClass).sort()).toEqual(
      ['county', 'expressway', 'national', 'other', 'provincial', 'township', 'village'].sort(),
    );
    expect(Object.keys(summary.byStatus).sort()).toEqual(
      ['completed', 'construction', 'existing', 'open', 'planned', 'preliminary'].sort(),
    );
  });

  it('draws the 7 rebuilt bridges, 3 stations and 1 mooring area as points', () => {
    const points = dataset.points.features.map((point) => point.properties);
    const kinds = points.map((point) => point.kind);
    const rebuiltBridges = points.filter(
      (point) => point.kind === 'bridge' && point.project === '农村公路危桥整治',
    );
    expect(rebuiltBridges).toHaveLength(7);
    expect(rebuiltBridges.every((bridge) => bridge.status === 'completed')).toBe(true);
    expect(kinds.filter((kind) => kind === 'station')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'mooring')).toHaveLength(1);
  });

  it('村道生命安全防护工程 is guard work: 0 km of road built, guards 62.92 of 62.92 km', () => {
    const summary = summaryOf({ projects: ['村道生命安全防护工程'] });
    expect(summary.completedKm).toBe(0);
    expect(summary.projectKm).toBe(0);
    expect(summary.completionRatio).toBeNull();
    expect(summary.byWork.guard?.lengthKm.toFixed(2)).toBe(summary.lengthKm.toFixed(2));
    expect(summary.byWork.road).toBeUndefined();
    expect(summary.guardKm.toFixed(2)).toBe('62.92');
    expect(summary.guardRequiredKm.toFixed(2)).toBe('62.92');
  });

  it('counts road built from road work only: the guard programme is out of the county total', () => {
    const all = summaryOf({});
    const guardWork = all.byWork.guard!;
    expect(guardWork.completedKm).toBeGreaterThan(130);
    const completedOfAllWork = dataset.segments.reduce(
      (sum, segment) => sum + segment.completedKm,
      0,
    );
    expect(all.completedKm).toBeCloseTo(completedOfAllWork - guardWork.completedKm, 3);
    expect(guardWork.completedKm.toFixed(2)).toBe('133.95');
    const roadKmInProjects = dataset.segments
      .filter((segment) => segment.properties.project && segment.properties.work === 'road')
      .reduce((sum, segment) => sum + segment.lengthKm, 0);
    expect(all.projectKm).toBeCloseTo(roadKmInProjects, 3);
  });

  it('declares a work type on every feature of a project, and none outside projects', () => {
    for (const segment of dataset.segments) {
      const { project, work } = segment.properties;
      expect(work === undefined, segment.properties.id).toBe(project === undefined);
    }
    const byProject = (name: string) =>
      new Set(
        [
          ...dataset.segments.map((segment) => segment.properties),
          ...dataset.points.features.map((point) => point.properties),
        ]
          .filter((properties) => properties.project === name)
          .map((properties) => properties.work),
      );
    expect(byProject('村道生命安全防护工程')).toEqual(new Set(['guard']));
    expect(byProject('撤并建制村畅通工程')).toEqual(new Set(['road']));
    expect(byProject('农村公路危桥整治')).toEqual(new Set(['bridge']));
    expect(byProject('运输综合服务站改建')).toEqual(new Set(['facility']));
    expect(byProject('平安渡运集中停泊区')).toEqual(new Set(['facility']));
    expect(dataset.warnings.map((warning) => warning.code)).not.toContain('work-from-project');
  });

  it('counts 7 bridges rebuilt and 4 facilities built among the points', () => {
    const points = dataset.points.features.map((point) => point.properties);
    const all = pointSummary(points, {});
    expect(all.bridgesRebuilt).toBe(7);
    expect(all.facilitiesBuilt).toBe(4);
    expect(all.byKind.bridge?.count).toBe(8);
    expect(all.byKind.bridge?.byStatus).toEqual({ completed: 7, construction: 1 });
    expect(all.byWork.bridge?.count).toBe(8);
    const programme = pointSummary(points, { projects: ['农村公路危桥整治'] });
    expect(programme.points).toBe(7);
    expect(programme.bridgesRebuilt).toBe(7);
    expect(pointSummary(points, { projects: ['村道生命安全防护工程'] }).points).toBe(0);
  });

  it('shows the seed statuses of the named projects', () => {
    const statusOf = (prefix: string) => {
      const segments = dataset.segments.filter((segment) =>
        segment.properties.project?.startsWith(prefix),
      );
      expect(segments.length, prefix).toBeGreaterThan(0);
      return new Set(segments.map((segment) => segment.properties.status));
    };
    expect(statusOf('德遂高速')).toEqual(new Set(['open']));
    expect(statusOf('G5')).toEqual(new Set(['construction']));
    expect(statusOf('G247')).toEqual(new Set(['construction']));
    expect(statusOf('S209龙树至塔山')).toEqual(new Set(['preliminary']));
  });

  it('ring road: 10 % of the new subgrade done', () => {
    const ring = dataset.segments.filter((segment) =>
      segment.properties.project?.startsWith('一环路南段'),
    );
    const lengthKm = ring.reduce((sum, segment) => sum + segment.lengthKm, 0);
    const completedKm = ring.reduce((sum, segment) => sum + segment.completedKm, 0);
    // Declared to two decimals, so 10 % of 5.66 km is recorded as 0.57 km.
    expect(completedKm / lengthKm).toBeCloseTo(0.1, 2);
  });
});
