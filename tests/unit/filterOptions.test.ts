import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../src/domain/filterOptions.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import type { FilterState } from '../../src/domain/types.ts';
import { segment, smallNetwork } from '../fixtures/domain/segments.ts';

function kept(filter: FilterState): string[] {
  const network = smallNetwork();
  const mask = new SegmentIndex(segmentColumns(network)).kept(filter);
  return network.filter((_, at) => !mask || mask[at] === 1).map((item) => item.properties.id);
}

describe('which segments a filter keeps (SegmentIndex.kept)', () => {
  it('keeps everything for an empty filter or empty lists', () => {
    expect(kept({})).toHaveLength(8);
    expect(kept({ classes: [], statuses: [], towns: [], projects: [], years: [] })).toHaveLength(8);
  });

  it('filters by class and status', () => {
    expect(kept({ classes: ['provincial', 'county'] })).toEqual(['p1', 'e1']);
    expect(kept({ statuses: ['construction'] })).toEqual(['p1']);
    expect(kept({ classes: ['village'], statuses: ['completed'] })).toEqual(['v1', 'v2', 'g1']);
  });

  it('keeps a segment that serves any of the chosen towns', () => {
    expect(kept({ towns: ['忠孝乡'] })).toEqual(['v2']);
    expect(kept({ towns: ['三元镇', '塔山'] })).toEqual(['v1', 'v2', 'p1']);
    expect(kept({ towns: ['不存在'] })).toEqual([]);
  });

  it('drops segments without a project or year under a project or year filter', () => {
    expect(kept({ projects: ['撤并建制村畅通工程'] })).toEqual(['v1', 'v2']);
    expect(kept({ years: [2023] })).toEqual(['v1', 'v2', 'p1', 'g1']);
    expect(kept({ years: [2024] })).toEqual([]);
  });

  it('combines fields with AND', () => {
    expect(kept({ projects: ['撤并建制村畅通工程'], towns: ['忠孝乡'] })).toEqual(['v2']);
    expect(kept({ classes: ['county'], years: [2023] })).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists the values present, classes and statuses in contract order, names in pinyin order', () => {
    expect(filterOptions(smallNetwork())).toMatchInlineSnapshot(`
      {
        "classes": [
          "provincial",
          "county",
          "village",
        ],
        "projects": [
          "撤并建制村畅通工程",
          "村道生命安全防护工程",
          "S209 塔山至永新",
        ],
        "statuses": [
          "existing",
          "construction",
          "completed",
        ],
        "towns": [
          "建平镇",
          "刘营镇",
          "三元镇",
          "石安",
          "塔山",
          "忠孝乡",
        ],
        "years": [
          2023,
        ],
      }
    `);
  });

  it('is empty for no segments', () => {
    expect(filterOptions([])).toEqual({
      classes: [],
      statuses: [],
      towns: [],
      projects: [],
      years: [],
    });
  });

  it('sorts years numerically and drops duplicates', () => {
    const segments = [2024, 2019, 2023, 2024].map((year, i) => segment({ id: `s${i}`, year }));
    expect(filterOptions(segments).years).toEqual([2019, 2023, 2024]);
  });
});
