/**
 * Progress sheets (进度表, xlsx or csv by route and chainage) joined onto a network for its tile
 * set, with the functions the app's data worker joins them with (`joinSheets`, `drawNetwork`,
 * `historyColumns`): the pieces cut at the rows' ends replace the segments they were cut from,
 * their road lines carry the dated letters the map colours as of a date, and their columns
 * carry the history the as-of slider steps through.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { ProgressReport } from '../../src/contract/progressReport.ts';
import { drawNetwork } from '../../src/data/worker/drawNetwork.ts';
import { joinSheets, type SheetFile } from '../../src/data/worker/joinSheets.ts';
import { addRoadTexts } from './roadTexts.ts';
import type { PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
import { historyColumns, type ColumnsHistory } from '../../src/domain/historyColumns.ts';
import type { SegmentColumns } from '../../src/domain/segmentIndex.ts';

/** The network with the sheets joined, as the tile set needs it. */
export interface JoinedForTiles {
  /** The pieces' count (the segments no row cuts are pieces of their own). */
  segments: number;
  roads: FeatureCollection;
  labels: FeatureCollection;
  /** Each piece's bounds, 4 numbers a piece. */
  segmentBounds: Float64Array;
  /** The pieces' columns as of the latest date. */
  columns: SegmentColumns;
  history: ColumnsHistory;
  report: ProgressReport;
}

/** How many unmatched rows of a sheet the console lists one by one. */
const UNMATCHED_LISTED = 10;

/**
 * Reads the sheets' files from disk as the page hands them to the data worker.
 *
 * @example
 * readSheetFiles(['进度/2023.xlsx']); // [{ name: '2023.xlsx', bytes: ArrayBuffer }]
 */
export function readSheetFiles(paths: readonly string[]): SheetFile[] {
  return paths.map((path) => {
    const file = readFileSync(path);
    const bytes = new Uint8Array(file.byteLength);
    bytes.set(file);
    return { name: basename(path), bytes: bytes.buffer };
  });
}

/**
 * Joins the sheets onto the dataset's segments and draws and lays out the pieces.
 *
 * @example
 * const joined = await joinForTiles(dataset, readSheetFiles(['progress-2023.csv']));
 * joined.history.dates; // the as-of slider's dates
 */
export async function joinForTiles(
  dataset: PreparedDataset,
  sheets: readonly SheetFile[],
): Promise<JoinedForTiles> {
  const { network, report } = await joinSheets(dataset.segments, dataset.lines, sheets);
  const drawn = drawNetwork(network.segments, network.lines, network.history);
  addRoadTexts(drawn.roads, network.segments);
  const laid = historyColumns(network.segments, network.history);
  return {
    segments: network.segments.length,
    roads: drawn.roads,
    labels: drawn.labels,
    segmentBounds: drawn.segmentBounds,
    columns: laid.columns,
    history: laid.history,
    report,
  };
}

/** A count of each value, as `a 3, b 1`. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value} ${count}`).join(', ');
}

function paramsText(params: Record<string, string | number>): string {
  const entries = Object.entries(params);
  return entries.length === 0
    ? ''
    : ` (${entries.map(([key, value]) => `${key} ${typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value}`).join(', ')})`;
}

/**
 * The console's lines on a join: each sheet's rows matched and unmatched (the first of those
 * listed with their reasons), its warnings and errors, and the history's dates.
 *
 * @example
 * joinReportLines(joined.report, joined.segments, joined.history.indices.length);
 * // ['progress-2023.csv: 240 rows, 236 matched, 4 unmatched (unknown-route 4)', …]
 */
export function joinReportLines(report: ProgressReport, pieces: number, dated: number): string[] {
  const lines: string[] = [];
  for (const sheet of report.sheets) {
    // A CSV's sheet is its file's name without the extension: only a workbook's sheet is named.
    const csvSheet = sheet.file.replace(/\.[^.]*$/, '');
    const name =
      sheet.sheet && sheet.sheet !== csvSheet ? `${sheet.file} [${sheet.sheet}]` : sheet.file;
    const unmatched = sheet.unmatched.length;
    lines.push(
      `${name}: ${sheet.rows} rows, ${sheet.matched} matched, ${unmatched} unmatched` +
        (unmatched > 0 ? ` (${tally(sheet.unmatched.map((row) => row.code))})` : '') +
        (sheet.warnings.length > 0 ? `, ${sheet.warnings.length} warnings` : '') +
        (sheet.errors.length > 0 ? `, ${sheet.errors.length} errors` : ''),
    );
    for (const error of sheet.errors)
      lines.push(
        `  error${error.row === null ? '' : ` in row ${error.row}`}: ${error.code}${paramsText(error.params)}`,
      );
    for (const row of sheet.unmatched.slice(0, UNMATCHED_LISTED))
      lines.push(
        `  row ${row.row}${row.route ? ` ${row.route}` : ''}: ${row.code}${paramsText(row.params)}`,
      );
    if (unmatched > UNMATCHED_LISTED)
      lines.push(`  … and ${unmatched - UNMATCHED_LISTED} more unmatched rows`);
  }
  const { dates } = report;
  lines.push(
    dates.length === 0
      ? 'no row joined: the set has no progress history'
      : `history: ${dates.length} dates (${dates[0]} … ${dates.at(-1)}); ${pieces.toLocaleString('en')} pieces, ${dated.toLocaleString('en')} of them change with the date`,
  );
  return lines;
}
