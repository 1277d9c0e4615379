/**
 * Joins progress sheets onto a prepared network in the data worker: reads each sheet, places
 * its rows on the routes' chainage, cuts the segments they cover into pieces and reports, per
 * sheet, what matched and what did not. Loaded on demand: only a network opened with sheets
 * needs it.
 */
import type { LineString, MultiLineString } from 'geojson';
import type {
  ProgressReport,
  SheetIssue,
  SheetReport,
  UnmatchedCode,
  UnmatchedProgressRow,
} from '../../contract/progressReport.ts';
import { buildRouteChainageIndex } from '../../domain/routeChainage.ts';
import { joinProgress } from '../../domain/progressAsOf.ts';
import {
  progressNetwork,
  type ProgressNetwork,
  type SheetProgressRow,
} from '../../domain/progressPieces.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import { readProgressSheet } from '../sheets/readProgressSheet.ts';
import type { ProgressRow, RowProblem } from '../sheets/progressRow.ts';

/** A sheet as the page sends it: the file's name and bytes. */
export interface SheetFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The network with the sheets joined, and the report. */
export interface JoinedSheets {
  network: ProgressNetwork;
  report: ProgressReport;
}

const NO_ROUTE = {};

const ROW_LEFT_OUT: readonly string[] = [
  'row-route-missing',
  'row-chainage-missing',
  'row-chainage-unreadable',
  'row-from-after-to',
  'row-status-unknown',
];

function issueOf(problem: RowProblem): SheetIssue {
  return { code: problem.code, row: problem.sourceRow, params: problem.params };
}

function joinRow(row: ProgressRow, file: string, sheet: string): SheetProgressRow {
  return {
    route: row.route,
    fromKm: row.fromKm,
    toKm: row.toKm,
    status: row.status,
    completedKm: row.completedKm,
    guardRequiredKm: row.guardRequiredKm,
    guardKm: row.guardKm,
    updated: row.updated ?? '',
    project: row.project,
    year: row.year,
    towns: row.towns,
    investmentWan: row.investmentWan,
    work: row.work,
    note: row.note,
    source: { file, sheet, row: row.sourceRow },
  };
}

/**
 * Reads the sheets and joins their rows onto the measured segments (their lines by index).
 *
 * @example
 * const { network, report } = await joinSheets(segments, lines, [{ name: '进度.csv', bytes }]);
 * report.sheets[0].matched; // rows placed on the network
 */
export async function joinSheets(
  segments: readonly MeasuredSegment[],
  lines: readonly (LineString | MultiLineString)[],
  sheets: readonly SheetFile[],
): Promise<JoinedSheets> {
  const reports: SheetReport[] = [];
  const rows: SheetProgressRow[] = [];
  /** The sheet of each joined row, by its position in `rows`. */
  const sheetOfRow: number[] = [];
  for (const file of sheets) {
    const read = await readProgressSheet(new Uint8Array(file.bytes), file.name);
    const sheet = read.sheetName ?? '';
    const unmatched: UnmatchedProgressRow[] = [];
    const warnings: SheetIssue[] = [];
    const errors: SheetIssue[] = [];
    for (const problem of read.problems) {
      if (problem.sourceRow !== null && ROW_LEFT_OUT.includes(problem.code)) {
        unmatched.push({
          row: problem.sourceRow,
          route: '',
          code: problem.code as UnmatchedCode,
          params: problem.params,
        });
      } else if (problem.severity === 'warning') warnings.push(issueOf(problem));
      else errors.push(issueOf(problem));
    }
    for (const row of read.rows) {
      rows.push(joinRow(row, file.name, sheet));
      sheetOfRow.push(reports.length);
    }
    reports.push({
      file: file.name,
      sheet: read.sheetName,
      rows: read.rows.length + unmatched.length,
      matched: 0,
      unmatched,
      warnings,
      errors,
    });
  }
  const started = performance.now();
  // Only the routes the rows name need their chainage (chaining a route by geometry is dear);
  // the other segments take part without a route.
  const named = new Set(rows.map((row) => row.route.toUpperCase()));
  const index = buildRouteChainageIndex(
    segments.map((segment) => ({
      geometry: lines[segment.index]!,
      properties: named.has(segment.properties.route?.trim().toUpperCase() ?? '')
        ? segment.properties
        : NO_ROUTE,
      measuredKm: segment.measuredKm,
    })),
  );
  const join = joinProgress(index, rows);
  for (const rowIndex of join.matched) reports[sheetOfRow[rowIndex]!]!.matched += 1;
  for (const { rowIndex, reason } of join.unmatched) {
    const row = rows[rowIndex]!;
    const { code, ...params } = reason;
    reports[sheetOfRow[rowIndex]!]!.unmatched.push({
      row: row.source.row,
      route: row.route,
      code,
      params: params as Record<string, string | number>,
    });
  }
  for (const report of reports) report.unmatched.sort((a, b) => a.row - b.row);
  const network = progressNetwork(segments, lines, join);
  return {
    network,
    report: {
      sheets: reports,
      dates: network.history.dates,
      joinMs: performance.now() - started,
    },
  };
}
