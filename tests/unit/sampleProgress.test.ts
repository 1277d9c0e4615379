/**
 * The sample county's 2023 progress sheet (public/sample/progress-2023.csv): read with the real
 * sheet reader, joined onto the prepared sample with the real chainage index, it plays the year
 * back and ends, as of 2023-12-31, on the sample's own figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProgressSheet } from '../../src/data/sheets/readProgressSheet.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import { joinProgress, progressAsOf, type ProgressRow } from '../../src/domain/progressAsOf.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { SAMPLE_PROGRESS_PATH, sampleProgressCsv } from '../../scripts/sample/progressHistory.ts';
import { preparedSample } from './preparedSample.ts';

const roadsText = readFileSync(
  new URL('../../public/sample/roads.geojson', import.meta.url),
  'utf8',
);
const csvBytes = readFileSync(new URL(`../../${SAMPLE_PROGRESS_PATH}`, import.meta.url));
const validation = validateDataset(JSON.parse(roadsText));
if (!validation.ok) throw new Error('the sample does not validate');
const index = buildRouteChainageIndex(validation.segments);
const segments = preparedSample().segments;
const sheet = await readProgressSheet(new Uint8Array(csvBytes), 'progress-2023.csv');
const rows = sheet.rows.map((row): ProgressRow & { project?: string } => ({
  ...row,
  updated: row.updated ?? '',
}));
const join = joinProgress(index, rows);

const VILLAGE_ROADS = '撤并建制村畅通工程';
const NATURAL_VILLAGES = '自然村通硬化路';
const GUARDS = '村道生命安全防护工程';

/** Completed and guard km of each project as of a date (null: the sample's own figures). */
function projectFigures(
  asOf: string | null | 'own',
): Map<string, { completedKm: number; guardKm: number }> {
  const pieces = asOf === 'own' ? new Map() : progressAsOf(join, segments, asOf);
  const totals = new Map<string, { completedKm: number; guardKm: number }>();
  for (const segment of segments) {
    const project = segment.properties.project;
    if (project === undefined) continue;
    const total = totals.get(project) ?? { completedKm: 0, guardKm: 0 };
    const own = pieces.get(segment.index);
    if (own === undefined) {
      total.completedKm += segment.completedKm;
      total.guardKm += segment.guardKm;
    } else {
      for (const piece of own) {
        total.completedKm += piece.completedKm;
        total.guardKm += piece.guardKm;
      }
    }
    totals.set(project, total);
  }
  return totals;
}

/**
 * The statuses of a project's segments as of a date, by km. A few metres of chainage that two
 * segments repeat (长链) are named by no row and keep the segment's own status all year.
 */
function statusesOf(project: string, asOf: string): Set<string> {
  const statusKm = new Map<string, number>();
  for (const [segmentIndex, pieces] of progressAsOf(join, segments, asOf)) {
    if (segments[segmentIndex]!.properties.project !== project) continue;
    for (const piece of pieces) {
      statusKm.set(piece.status, (statusKm.get(piece.status) ?? 0) + piece.lengthKm);
    }
  }
  return new Set([...statusKm].filter(([, km]) => km > 0.05).map(([status]) => status));
}

describe('the sample progress sheet', () => {
  it('is exactly what npm run sample makes from the sample roads', () => {
    expect(sampleProgressCsv(roadsText) === csvBytes.toString('utf8'), 'run npm run sample').toBe(
      true,
    );
  });

  it('is a UTF-8 CSV with a BOM, a synthetic-data title and the Chinese header below it', () => {
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8').split('\r\n')[0]).toContain('示例数据，虚构');
    expect(sheet.ok).toBe(true);
    expect(sheet.headerRow).toBe(2);
    expect(Object.keys(sheet.columns)).toHaveLength(14);
    expect(sheet.problems).toEqual([]);
    expect(rows.every((row) => /^2023-\d\d-\d\d$/.test(row.updated))).toBe(true);
  });

  it('matches every row, each on segments of its own project only', () => {
    expect(join.unmatched).toEqual([]);
    expect(join.matched).toHaveLength(rows.length);
    expect(join.dates).toEqual([
      '2023-01-31',
      '2023-02-28',
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
    ]);
    for (const [segmentIndex, stretches] of join.stretches) {
      for (const stretch of stretches) {
        for (const rowIndex of stretch.rowIndices) {
          // Names are read as written: （二期） stays full-width, as the network has it.
          expect(rows[rowIndex]!.project).toBe(segments[segmentIndex]!.properties.project);
        }
      }
    }
  });

  it('gives, as of 2023-12-31, the sample figures of every project', () => {
    const own = projectFigures('own');
    const yearEnd = projectFigures('2023-12-31');
    expect([...yearEnd.keys()].sort()).toEqual([...own.keys()].sort());
    for (const [project, figures] of own) {
      expect(yearEnd.get(project)!.completedKm, project).toBeCloseTo(figures.completedKm, 5);
      expect(yearEnd.get(project)!.guardKm, project).toBeCloseTo(figures.guardKm, 5);
    }
    expect(yearEnd.get(VILLAGE_ROADS)!.completedKm.toFixed(2)).toBe('314.00');
    expect(yearEnd.get(NATURAL_VILLAGES)!.completedKm.toFixed(2)).toBe('157.00');
    expect(yearEnd.get(GUARDS)!.guardKm.toFixed(2)).toBe('62.92');
    expect(projectFigures(null)).toEqual(yearEnd);
    for (const [segmentIndex, pieces] of progressAsOf(join, segments, '2023-12-31')) {
      for (const piece of pieces)
        expect(piece.status).toBe(segments[segmentIndex]!.properties.status);
    }
  });

  it('plays the year back: lower figures as of 2023-06-30, the seed milestones by month', () => {
    const yearEnd = projectFigures('2023-12-31');
    const midYear = projectFigures('2023-06-30');
    for (const project of [
      VILLAGE_ROADS,
      NATURAL_VILLAGES,
      'G247永明至花园公路工程',
      'G5京昆高速扩容工程',
    ]) {
      expect(midYear.get(project)!.completedKm, project).toBeGreaterThan(0);
      expect(midYear.get(project)!.completedKm, project).toBeLessThan(
        yearEnd.get(project)!.completedKm - 1,
      );
    }
    expect(midYear.get(GUARDS)!.guardKm).toBeGreaterThan(0);
    expect(midYear.get(GUARDS)!.guardKm).toBeLessThan(62.92 - 1);
    expect(statusesOf('G247永明至花园公路工程', '2023-01-31')).toEqual(new Set(['preliminary']));
    expect(statusesOf('G247永明至花园公路工程', '2023-02-28')).toContain('construction');
    expect(statusesOf('德遂高速公路XX段', '2023-08-31')).toContain('construction');
    expect(statusesOf('德遂高速公路XX段', '2023-09-30')).toEqual(new Set(['open']));
    const phaseOne = 'S209塔山至永新段改建工程（一期 石安至永新段）';
    expect(statusesOf(phaseOne, '2023-11-30')).toContain('construction');
    expect(statusesOf(phaseOne, '2023-12-31')).toEqual(new Set(['open']));
    const phaseTwo = 'S209塔山至永新段改建工程（二期 塔山至石安段）';
    expect(statusesOf(phaseTwo, '2023-03-31')).toEqual(new Set(['preliminary']));
    expect(statusesOf(phaseTwo, '2023-04-30')).toContain('construction');
  });
});
