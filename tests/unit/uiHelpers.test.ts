import { describe, expect, it } from 'vitest';
import { segmentsBounds } from '../../src/map/segmentsBounds.ts';
import { fill, STRINGS } from '../../src/i18n/strings.ts';
import { problemsCsv } from '../../src/ui/problemsCsv.ts';
import { summaryTable, summaryTableTsv } from '../../src/ui/summaryTable.ts';
import { smallNetwork } from '../fixtures/domain/segments.ts';
import { summaryOf } from './segmentFigures.ts';

describe('problemsCsv', () => {
  it('writes one row per problem, quoting commas, quotes and line breaks', () => {
    const csv = problemsCsv([
      {
        severity: 'error',
        code: 'duplicate-id',
        featureIndex: 3,
        featureId: 'a,"b"',
        property: 'id',
        params: {},
        message: 'line one\nline two',
      },
      {
        severity: 'warning',
        code: 'empty-collection',
        featureIndex: null,
        params: {},
        message: '空',
      },
    ]);
    expect(
      csv.startsWith('\uFEFFseverity,feature_index,feature_id,property,code,message\r\n'),
    ).toBe(true);
    expect(csv).toContain('error,3,"a,""b""",id,duplicate-id,"line one\nline two"\r\n');
    expect(csv).toContain('warning,,,,empty-collection,空\r\n');
  });
});

describe('summaryTable', () => {
  it('lists only classes and statuses present, rows adding up to the totals', () => {
    const summary = summaryOf(smallNetwork());
    const table = summaryTable(summary);
    for (const row of table.rows) {
      const sumKm = row.kmByStatus.reduce((total, km) => total + km, 0);
      expect(sumKm).toBeCloseTo(row.totalKm, 9);
    }
    expect(table.totalKm).toBeCloseTo(summary.lengthKm, 9);
    const tsv = summaryTableTsv(table, STRINGS.en);
    const lines = tsv.split('\n');
    expect(lines[0]?.split('\t')[0]).toBe('Class');
    expect(lines.at(-1)?.split('\t')[0]).toBe('Total');
    expect(lines).toHaveLength(table.rows.length + 2);
  });
});

describe('segmentsBounds', () => {
  const bounds = new Float64Array([105, 30, 105.1, 30.2, 104.9, 30.1, 105.05, 30.3]);
  it('frames the segments asked for', () => {
    expect(segmentsBounds(bounds, [0, 1])).toEqual([104.9, 30, 105.1, 30.3]);
    expect(segmentsBounds(bounds, [1])).toEqual([104.9, 30.1, 105.05, 30.3]);
  });
  it('returns null for nothing, or indices past the end', () => {
    expect(segmentsBounds(bounds, [])).toBeNull();
    expect(segmentsBounds(bounds, [7])).toBeNull();
  });

  it('takes in point positions too, skipping ones that are not numbers', () => {
    const bounds = new Float64Array([105, 30, 105.1, 30.2]);
    expect(
      segmentsBounds(
        bounds,
        [0],
        [
          [106, 29.5],
          [Number.NaN, 40],
        ],
      ),
    ).toEqual([105, 29.5, 106, 30.2]);
    expect(segmentsBounds(bounds, [], [[104.5, 31]])).toEqual([104.5, 31, 104.5, 31]);
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill(STRINGS.en.loadedSummary, { loaded: '1,243', skipped: 7 })).toBe(
      '1,243 segments loaded, 7 skipped',
    );
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
