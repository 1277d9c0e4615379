/**
 * Grouped tables add up to the statistics: every grouping but town sums exactly to the
 * `SegmentIndex` summary of the same segments, on the sample county and on a generated
 * network of 10,000 segments; by class, status and project the rows equal the statistics'
 * own groups.
 */
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import {
  GROUP_FIELDS,
  groupTable,
  type GroupField,
  type TableFigures,
} from '../../src/domain/groupTable.ts';
import {
  SegmentIndex,
  segmentColumns,
  type SegmentColumns,
} from '../../src/domain/segmentIndex.ts';
import type { MeasuredSegment } from '../../src/domain/types.ts';
import { preparedSample } from './preparedSample.ts';

const MM_PER_KM = 1_000_000;

function generatedSegments(): MeasuredSegment[] {
  const outcome = prepareDataset(generateNetwork({ segmentCount: 10_000, seed: 5 }));
  if (!outcome.ok) throw new Error('the generated network does not validate');
  return outcome.dataset.segments;
}

/** Sum of a figure over the rows, in whole millimetres as the tables keep it. */
function sumMm(rows: readonly TableFigures[], figure: 'lengthKm' | 'completedKm'): number {
  return rows.reduce((sum, row) => sum + Math.round(row[figure] * MM_PER_KM), 0);
}

function checkAddsUp(name: string, segments: readonly MeasuredSegment[]): void {
  describe(`grouped tables on ${name}`, () => {
    const columns: SegmentColumns = segmentColumns(segments);
    const index = new SegmentIndex(columns);
    const kept = index.kept({ classes: ['county', 'township', 'village', 'national'] });

    for (const shown of [null, kept]) {
      const summary = index.summary(shown);
      const label = shown ? 'filtered' : 'all';

      it(`totals equal the statistics (${label})`, () => {
        const { totals } = groupTable(columns, shown, ['class']);
        expect(totals.segments).toBe(summary.segments);
        expect(totals.lengthKm).toBe(summary.lengthKm);
        expect(totals.projectKm).toBe(summary.projectKm);
        expect(totals.completedKm).toBe(summary.completedKm);
        expect(totals.completionRatio).toBe(summary.completionRatio);
        expect(totals.guardRequiredKm).toBe(summary.guardRequiredKm);
        expect(totals.guardKm).toBe(summary.guardKm);
      });

      const single = GROUP_FIELDS.filter((field) => field !== 'town');
      const pairs: GroupField[][] = single.flatMap((a) =>
        single.filter((b) => b !== a).map((b) => [a, b]),
      );
      for (const groupBy of [...single.map((field) => [field]), ...pairs]) {
        it(`rows by ${groupBy.join(' × ')} add up to the statistics (${label})`, () => {
          const table = groupTable(columns, shown, groupBy);
          expect(table.townsOverlap).toBe(false);
          const segmentsSum = table.rows.reduce((sum, row) => sum + row.segments, 0);
          expect(segmentsSum).toBe(summary.segments);
          expect(sumMm(table.rows, 'lengthKm')).toBe(Math.round(summary.lengthKm * MM_PER_KM));
          expect(sumMm(table.rows, 'completedKm')).toBe(
            Math.round(summary.completedKm * MM_PER_KM),
          );
          const keys = table.rows.map((row) => row.keys.join('\u0000'));
          expect(new Set(keys).size).toBe(keys.length);
        });
      }

      it(`rows by class, status and project equal the statistics' groups (${label})`, () => {
        const groups = {
          class: summary.byClass,
          status: summary.byStatus,
          project: summary.byProject,
        } as const;
        for (const field of ['class', 'status', 'project'] as const) {
          const rows = groupTable(columns, shown, [field]).rows.filter((row) => row.keys[0] !== '');
          const expected = groups[field] as Record<string, TableFigures>;
          expect(rows.map((row) => row.keys[0]).sort()).toEqual(Object.keys(expected).sort());
          for (const row of rows) {
            const group = expected[row.keys[0]!]!;
            expect([row.segments, row.lengthKm, row.completedKm]).toEqual([
              group.segments,
              group.lengthKm,
              group.completedKm,
            ]);
          }
        }
      });
    }

    it('by town, a segment counts in each town it serves, and the table says so', () => {
      const table = groupTable(columns, null, ['town']);
      const served = segments.reduce(
        (sum, segment) => sum + Math.max(1, segment.properties.towns.length),
        0,
      );
      expect(table.rows.reduce((sum, row) => sum + row.segments, 0)).toBe(served);
      const shared = segments.some((segment) => segment.properties.towns.length > 1);
      expect(table.townsOverlap).toBe(shared);
      expect(table.totals.segments).toBe(segments.length);
    });
  });
}

checkAddsUp('the sample county', preparedSample().segments);
checkAddsUp('a generated network of 10,000 segments', generatedSegments());

describe('grouped table rows', () => {
  const segments = preparedSample().segments;
  const columns = segmentColumns(segments);

  it('sums investment, and names no project, year or route with an empty key', () => {
    const table = groupTable(columns, null, ['project']);
    const expected = segments.reduce((sum, s) => sum + (s.properties.investment_wan ?? 0), 0);
    const sum = table.rows.reduce((total, row) => total + row.investmentWan, 0);
    expect(sum).toBeCloseTo(expected, 2);
    expect(table.totals.investmentWan).toBeCloseTo(expected, 2);
    const outside = table.rows.find((row) => row.keys[0] === '');
    const count = segments.filter((s) => !s.properties.project).length;
    expect(outside?.segments ?? 0).toBe(count);
  });

  it('gives a year as its digits, and completion and guard ratios within 0…1', () => {
    const table = groupTable(columns, null, ['year']);
    for (const row of table.rows) {
      expect(row.keys[0]).toMatch(/^(\d{4})?$/);
      if (row.completionRatio !== null) {
        expect(row.completionRatio).toBeGreaterThanOrEqual(0);
        expect(row.completionRatio).toBeLessThanOrEqual(1);
      }
      if (row.guardRatio !== null) expect(row.guardRatio).toBeLessThanOrEqual(1);
    }
  });
});
