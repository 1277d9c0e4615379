/**
 * Export of the joined progress (progressWorkbook): the sample's 2023 sheet joined onto the
 * sample, cut into pieces as the map draws them (a stretch as a built and an unbuilt piece),
 * written one row per stretch, read back with the real sheet reader and joined again gives the
 * same figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProgressSheet } from '../../src/data/sheets/readProgressSheet.ts';
import { stretchRows, type StretchPiece } from '../../src/data/sheets/stretchRows.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import {
  joinProgress,
  progressAsOf,
  type ProgressJoin,
  type ProgressRow,
} from '../../src/domain/progressAsOf.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { progressWorkbook } from '../../src/state/progressFiles.ts';
import type { ProgressRow as SheetProgressRow } from '../../src/data/sheets/progressRow.ts';
import type { MeasuredSegment } from '../../src/domain/types.ts';
import { preparedSample } from './preparedSample.ts';

/** The dataset's segments, pieces cut by sheets among them, are what the export takes. */
const segmentsAsPieces: (segments: readonly MeasuredSegment[]) => readonly StretchPiece[] = (
  segments,
) => segments;

const roadsText = readFileSync(
  new URL('../../public/sample/roads.geojson', import.meta.url),
  'utf8',
);
const validation = validateDataset(JSON.parse(roadsText));
if (!validation.ok) throw new Error('the sample does not validate');
const index = buildRouteChainageIndex(validation.segments);
const segments = preparedSample().segments;

type Row = ProgressRow & SheetProgressRow;

async function readRows(bytes: Uint8Array, fileName: string): Promise<Row[]> {
  const sheet = await readProgressSheet(bytes, fileName);
  expect(sheet.problems).toEqual([]);
  return sheet.rows.map((row) => ({ ...row, updated: row.updated ?? '' }));
}

/** The pieces as the map draws them: each stretch cut where its built part ends. */
function piecesOf(join: ProgressJoin<Row>, asOf: string | null): StretchPiece[] {
  const pieces: StretchPiece[] = [];
  for (const [segmentIndex, stretches] of progressAsOf(join, segments, asOf)) {
    const segment = segments[segmentIndex]!;
    for (const stretch of stretches) {
      const row = stretch.row;
      const properties = {
        ...segment.properties,
        status: stretch.status,
        ...(row?.project === undefined ? {} : { project: row.project }),
        ...(row?.updated === undefined ? {} : { updated: row.updated }),
      };
      const source = stretch.rowIndex === null ? null : { row: stretch.rowIndex };
      const where = { stretchFromKm: stretch.fromKm, stretchToKm: stretch.toKm, segmentIndex };
      const builtShare = stretch.lengthKm > 0 ? stretch.completedKm / stretch.lengthKm : 0;
      const shares = builtShare > 0 && builtShare < 1 ? [builtShare, 1 - builtShare] : [1];
      shares.forEach((share, part) => {
        pieces.push({
          properties,
          completedKm: part === 0 ? stretch.completedKm : 0,
          guardRequiredKm:
            stretch.guardRequiredKm === null ? null : stretch.guardRequiredKm * share,
          guardKm: stretch.guardKm * share,
          stretch: { ...where, source },
        });
      });
    }
  }
  return pieces;
}

/** Completed and guard km by project (pieces where rows reach, the segment's own elsewhere). */
function totals(join: ProgressJoin<Row>): Map<string, [number, number, number]> {
  const byProject = new Map<string, [number, number, number]>();
  const pieces = progressAsOf(join, segments, null);
  for (const segment of segments) {
    const key = segment.properties.project ?? '';
    const sum = byProject.get(key) ?? [0, 0, 0];
    for (const piece of pieces.get(segment.index) ?? [segment]) {
      sum[0] += piece.completedKm;
      sum[1] += piece.guardKm;
      sum[2] += piece.guardRequiredKm ?? 0;
    }
    byProject.set(key, sum);
  }
  return byProject;
}

describe('stretchRows', () => {
  const properties = { route: 'X085', status: 'construction' as const, towns: ['永明镇'] };
  const at = (stretchFromKm: number, stretchToKm: number, segmentIndex = 7) => ({
    stretchFromKm,
    stretchToKm,
    segmentIndex,
    source: { row: 1 },
  });

  it('writes no row for whole segments', () => {
    expect(stretchRows(segmentsAsPieces(segments))).toEqual([]);
  });

  it('puts the pieces of a stretch back together, by route and chainage', () => {
    const rows = stretchRows([
      { properties, completedKm: 0, guardRequiredKm: 0.3, guardKm: 0.1, stretch: at(3, 5) },
      { properties, completedKm: 0.5, guardRequiredKm: null, guardKm: 0, stretch: at(1, 3) },
      { properties, completedKm: 1.2, guardRequiredKm: 0.2, guardKm: 0.2, stretch: at(3, 5) },
      { properties, completedKm: 0, guardRequiredKm: null, guardKm: 0, stretch: at(1, 3) },
      { properties, completedKm: 2, guardRequiredKm: null, guardKm: 0, stretch: at(3, 5, 8) },
      { properties, completedKm: 1, guardRequiredKm: null, guardKm: 0 },
      {
        properties,
        completedKm: 1,
        guardRequiredKm: null,
        guardKm: 0,
        stretch: { ...at(5, 6), source: null },
      },
    ]);
    expect(rows).toEqual([
      {
        route: 'X085',
        fromKm: 1,
        toKm: 3,
        status: 'construction',
        completedKm: 0.5,
        towns: ['永明镇'],
      },
      {
        route: 'X085',
        fromKm: 3,
        toKm: 5,
        status: 'construction',
        completedKm: 1.2,
        guardRequiredKm: 0.5,
        guardKm: 0.30000000000000004,
        towns: ['永明镇'],
      },
      {
        route: 'X085',
        fromKm: 3,
        toKm: 5,
        status: 'construction',
        completedKm: 2,
        towns: ['永明镇'],
      },
    ]);
  });
});

describe('the joined progress as a workbook', () => {
  it('loads back to the same figures, one row per stretch', async () => {
    const csv = readFileSync(new URL('../../public/sample/progress-2023.csv', import.meta.url));
    const first = joinProgress(index, await readRows(new Uint8Array(csv), 'progress-2023.csv'));
    const pieces = piecesOf(first, null);
    const stretches = new Set(
      pieces
        .filter((piece) => piece.stretch?.source !== null)
        .map((piece) => `${piece.stretch!.segmentIndex} ${piece.stretch!.stretchFromKm}`),
    );
    expect(pieces.length).toBeGreaterThan(stretches.size);

    const blob = await progressWorkbook(pieces, 'zh', { dataset: '示例县', asOf: null });
    const rows = await readRows(new Uint8Array(await blob.arrayBuffer()), '示例县-进度.xlsx');
    expect(rows).toHaveLength(stretches.size);
    const second = joinProgress(index, rows);
    expect(second.unmatched).toEqual([]);

    const before = totals(first);
    const after = totals(second);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [project, [completedKm, guardKm, guardRequiredKm]] of before) {
      const [completedAfter, guardAfter, requiredAfter] = after.get(project)!;
      expect(completedAfter, project).toBeCloseTo(completedKm, 6);
      expect(guardAfter, project).toBeCloseTo(guardKm, 6);
      expect(requiredAfter, project).toBeCloseTo(guardRequiredKm, 6);
    }
    expect(after.get('撤并建制村畅通工程')![0].toFixed(2)).toBe('314.00');
    expect(after.get('村道生命安全防护工程')![1].toFixed(2)).toBe('62.92');
  });

  it('writes the figures of a past date: the year as of 2023-06-30 loads back as it was', async () => {
    const csv = readFileSync(new URL('../../public/sample/progress-2023.csv', import.meta.url));
    const first = joinProgress(index, await readRows(new Uint8Array(csv), 'progress-2023.csv'));
    const blob = await progressWorkbook(piecesOf(first, '2023-06-30'), 'en', {
      dataset: 'Sample',
      asOf: '2023-06-30',
    });
    const second = joinProgress(
      index,
      await readRows(new Uint8Array(await blob.arrayBuffer()), 'sample-progress.xlsx'),
    );
    const midYear = progressAsOf(first, segments, '2023-06-30');
    const loaded = progressAsOf(second, segments, null);
    const sum = (
      pieces: Map<number, { completedKm: number; guardRequiredKm: number | null }[]>,
    ) => {
      let completedKm = 0;
      let guardRequiredKm = 0;
      for (const list of pieces.values()) {
        for (const piece of list) {
          completedKm += piece.completedKm;
          guardRequiredKm += piece.guardRequiredKm ?? 0;
        }
      }
      return { completedKm, guardRequiredKm };
    };
    const before = sum(midYear);
    const after = sum(loaded);
    expect(before.guardRequiredKm).toBeGreaterThan(0);
    expect(after.completedKm).toBeCloseTo(before.completedKm, 6);
    expect(after.guardRequiredKm).toBeCloseTo(before.guardRequiredKm, 6);
  });
});
