/**
 * Search across kinds on the built-in sample county: what planners type (a project's words, a
 * bridge's name, a village) finds results of the right kinds, with the right counts.
 */
import { describe, expect, it } from 'vitest';
import {
  resultFigures,
  searchCatalogue,
  searchNetwork,
  villageNames,
  type SearchGroup,
  type SearchKind,
} from '../../src/domain/searchNetwork.ts';
import { preparedSample } from './preparedSample.ts';

const dataset = preparedSample();
const points = dataset.points.features.map((point) => point.properties);
const catalogue = searchCatalogue(dataset.segments, points);

/** kind → [total, labels listed] */
function found(query: string): Partial<Record<SearchKind, [number, string[]]>> {
  return Object.fromEntries(
    searchNetwork(catalogue, query).map((group: SearchGroup) => [
      group.kind,
      [group.total, group.results.map((result) => result.label)],
    ]),
  );
}

function result(query: string, kind: SearchKind, label: string) {
  const group = searchNetwork(catalogue, query).find((candidate) => candidate.kind === kind);
  const hit = group?.results.find((candidate) => candidate.label === label);
  if (!hit) throw new Error(`${query}: no ${kind} ${label}`);
  return hit;
}

describe('search across kinds on the sample county', () => {
  it('花园公路 finds the G247 project and its 5 segments', () => {
    expect(found('花园公路')).toEqual({ project: [1, ['G247永明至花园公路工程']] });
    expect(result('花园公路', 'project', 'G247永明至花园公路工程').segmentIndices).toHaveLength(5);
  });

  it('自然村 finds the natural-villages project: 131 segments, 157 km built', () => {
    expect(found('自然村')).toEqual({ project: [1, ['自然村通硬化路']] });
    const hit = result('自然村', 'project', '自然村通硬化路');
    expect(hit.segmentIndices).toHaveLength(131);
    const figures = resultFigures(dataset.segments, hit.segmentIndices);
    expect(figures.lengthKm.toFixed(2)).toBe('157.00');
    expect(figures.builtKm.toFixed(2)).toBe('157.00');
    expect(figures.builtRatio).toBe(1);
  });

  it('观音桥 finds the bridge of 永明镇', () => {
    expect(found('观音桥')).toEqual({ bridge: [1, ['永明镇观音桥']] });
    const hit = result('观音桥', 'bridge', '永明镇观音桥');
    expect(points[hit.pointIndices[0]!]?.id).toBe('bridge-02');
  });

  it('危桥 finds the two bridge projects and their 8 bridges', () => {
    const groups = found('危桥');
    expect(Object.keys(groups)).toEqual(['project', 'bridge']);
    expect(groups.project).toEqual([2, ['农村公路危桥整治', 'X085永百路美丽乡村路和危桥改造']]);
    expect(groups.bridge?.[0]).toBe(8);
    const rebuilt = result('危桥', 'project', '农村公路危桥整治');
    expect(rebuilt.segmentIndices).toEqual([]);
    expect(rebuilt.pointIndices).toHaveLength(7);
    const x085 = result('危桥', 'project', 'X085永百路美丽乡村路和危桥改造');
    expect([x085.segmentIndices.length, x085.pointIndices.length]).toEqual([2, 1]);
  });

  it('a village is found in road names and notes, and in point names', () => {
    const groups = found('回龙村');
    expect(groups.village).toEqual([1, ['回龙村']]);
    expect(groups.mooring?.[0]).toBe(1);
    const village = result('回龙村', 'village', '回龙村');
    expect(village.pointIndices).toHaveLength(1);
    expect(village.segmentIndices.length).toBe(groups.road?.[0]);
  });

  it('routes, towns and stations', () => {
    expect(found('G247').route).toEqual([1, ['G247']]);
    expect(found('花园').town).toEqual([1, ['花园镇']]);
    expect(found('运输').station?.[0]).toBe(3);
    expect(found('  ')).toEqual({});
    expect(found('不存在的名字')).toEqual({});
  });

  it('lists at most 8 results a group and gives the total', () => {
    const [villages] = searchNetwork(catalogue, '村').filter((group) => group.kind === 'village');
    expect(villages!.total).toBeGreaterThan(100);
    expect(villages!.results).toHaveLength(8);
  });

  it('a guard programme has no road built', () => {
    const hit = result('生命安全', 'project', '村道生命安全防护工程');
    const figures = resultFigures(dataset.segments, hit.segmentIndices);
    expect(figures.builtRatio).toBeNull();
    expect(figures.guardKm.toFixed(2)).toBe('62.92');
  });
});

describe('villageNames', () => {
  it('reads village names, not words for villages', () => {
    expect(villageNames('光院村至永岩村村道')).toEqual(['光院村', '永岩村']);
    expect(villageNames('已全面完工；三元镇友爱村（建制村）')).toEqual(['友爱村']);
    expect(villageNames('涉及17个镇131个村民小组')).toEqual([]);
  });
});
