/**
 * The built-in sample county through the app's own pipeline (validate → measure → summarise)
 * reproduces the figures of the seed document (../shared/DOMAIN.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset, type PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
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
