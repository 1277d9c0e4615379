import { featureFilter, type Feature } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { PointFeatureProperties } from '../../src/contract/roadNetwork.ts';
import { filterOptions, withPointOptions } from '../../src/domain/filterOptions.ts';
import { keepsPoint } from '../../src/domain/pointSummary.ts';
import type { FilterState } from '../../src/domain/types.ts';
import { pointFilterExpression } from '../../src/style/expressions.ts';
import { smallNetwork } from '../fixtures/domain/segments.ts';

const BRIDGE_PROJECT = '农村公路危桥整治';

const POINTS: PointFeatureProperties[] = [
  {
    id: 'b1',
    kind: 'bridge',
    name: '观音桥',
    status: 'completed',
    project: BRIDGE_PROJECT,
    work: 'bridge',
    year: 2022,
  },
  {
    id: 'b2',
    kind: 'bridge',
    name: '老桥',
    status: 'planned',
    project: BRIDGE_PROJECT,
    year: 2025,
  },
  { id: 's1', kind: 'station', name: '客运站', status: 'existing' },
];

const FILTERS: FilterState[] = [
  {},
  { projects: [BRIDGE_PROJECT] },
  { projects: ['撤并建制村畅通工程'] },
  { statuses: ['planned'] },
  { statuses: ['existing'], years: [2022] },
  { years: [2022, 2025] },
  { classes: ['village'] },
  { towns: ['三元镇'] },
  { projects: [], years: [] },
];

function drawn(filter: FilterState, point: PointFeatureProperties): boolean {
  const feature: Feature = {
    type: 1,
    properties: point as unknown as Record<string, unknown>,
    geometry: [],
  } as unknown as Feature;
  return featureFilter(pointFilterExpression(filter), 'test').filter({ zoom: 10 }, feature);
}

describe('pointFilterExpression', () => {
  it('draws exactly the points keepsPoint keeps', () => {
    for (const filter of FILTERS) {
      for (const point of POINTS) {
        expect(drawn(filter, point), `${JSON.stringify(filter)} ${point.id}`).toBe(
          keepsPoint(filter, point),
        );
      }
    }
  });
});

describe('withPointOptions', () => {
  it('adds the projects, statuses and years of points to the roads options', () => {
    const roads = filterOptions(smallNetwork());
    expect(roads.projects).not.toContain(BRIDGE_PROJECT);
    const options = withPointOptions(roads, POINTS);
    expect(options.projects).toContain(BRIDGE_PROJECT);
    expect(options.projects).toEqual(
      [...new Set([...roads.projects, BRIDGE_PROJECT])].sort(new Intl.Collator('zh').compare),
    );
    expect(options.years).toEqual([...new Set([...roads.years, 2022, 2025])].sort((a, b) => a - b));
    expect(options.statuses).toEqual(expect.arrayContaining(['planned', 'existing']));
    expect(options.classes).toBe(roads.classes);
  });

  it('returns the options unchanged without points', () => {
    const roads = filterOptions(smallNetwork());
    expect(withPointOptions(roads, [])).toBe(roads);
    expect(withPointOptions(filterOptions([]), POINTS).projects).toEqual([BRIDGE_PROJECT]);
  });
});
