/**
 * Progress rows (route, chainage range, status, completed km, guards, date) joined onto the
 * network, and the network's state as of a date.
 *
 * The join is done once for all dates: every row's range is located on its route, each segment
 * a row touches is cut at the rows' ends into stretches, and each stretch keeps the rows that
 * cover it sorted by date. For a date, each stretch takes the latest of its rows on or before
 * that date (a binary search), so changing the date costs one search per stretch.
 */
import { BUILT_STATUSES, type BuildStatus } from '../contract/roadNetwork.ts';
import { locateRange, type RangePiece, type RangeReason } from './chainageRange.ts';
import { guardRequiredKmOf } from './measure.ts';
import type { ChainageSpan, RouteChainageIndex } from './routeChainage.ts';

/** One row of a progress sheet, with its chainages already read as km. */
export interface ProgressRow {
  route: string;
  fromKm: number;
  toKm: number;
  status?: BuildStatus;
  /** Completed km of the row's stretch, counted from its start chainage onward. */
  completedKm?: number;
  guardRequiredKm?: number;
  guardKm?: number;
  /** The date the row reports, as an ISO date (`2023-06-30`). */
  updated: string;
}

/** What the join needs of a segment: a `MeasuredSegment` fits. */
export interface ProgressSegment {
  properties: { status: BuildStatus };
  /** The segment's chainage length: declared `length_km`, else measured. */
  lengthKm: number;
  completedKm: number;
  guardRequiredKm: number | null;
  guardKm: number;
}

/** A row that matched no segment, and why. */
export interface UnmatchedRow {
  rowIndex: number;
  reason: RangeReason;
}

/** A piece of a segment between two consecutive cuts, with the rows that cover it. */
export interface Stretch extends RangePiece {
  /** Indices of the rows covering the stretch, by date (equal dates: sheet order). */
  rowIndices: number[];
  /** The rows' dates, in the same order (for the binary search). */
  dates: string[];
}

/** Rows joined onto a network, ready to be read as of any date. */
export interface ProgressJoin<Row extends ProgressRow = ProgressRow> {
  rows: readonly Row[];
  /** Indices of the rows that cover at least one segment. */
  matched: number[];
  unmatched: UnmatchedRow[];
  /** The stretches of every segment some row covers, by segment index, along the segment. */
  stretches: Map<number, Stretch[]>;
  /** The distinct dates of the matched rows, rising (the stops of an as-of slider). */
  dates: string[];
}

/** A stretch's figures as of a date. */
export interface ProgressPiece<Row extends ProgressRow = ProgressRow> {
  segmentIndex: number;
  fromFraction: number;
  toFraction: number;
  /** The piece's chainage range; its length is `toKm − fromKm`. */
  fromKm: number;
  toKm: number;
  lengthKm: number;
  /**
   * True when the chainage runs against the drawing direction: the built part, which starts at
   * the piece's start chainage, then lies at the geometry's end of the piece.
   */
  reversed: boolean;
  status: BuildStatus;
  completedKm: number;
  guardRequiredKm: number | null;
  guardKm: number;
  /** The winning row and its index, or null where no row applies yet (the segment's own). */
  row: Row | null;
  rowIndex: number | null;
}

/** Fractions closer than this are one cut. */
const SAME_CUT = 1e-12;

/** The chainage at a fraction of a segment's line. */
function kmAt(span: ChainageSpan, fraction: number): number {
  const share = span.reversed ? 1 - fraction : fraction;
  return span.fromKm + share * (span.toKm - span.fromKm);
}

/** The first index whose value exceeds `value` in a rising array. */
function firstAbove(values: readonly string[], value: string): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as string) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

function firstAtOrAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Joins progress rows onto the network once, for all dates. Rows whose range matches no
 * segment are `unmatched`, with the reason from {@link locateRange}. Each segment a row covers
 * is cut at every row's ends on it; the stretches keep the segment's whole span, so the
 * network's total length does not change.
 *
 * @example
 * const join = joinProgress(index, [
 *   { route: 'S209', fromKm: 3.2, toKm: 8.75, status: 'construction', completedKm: 2, updated: '2023-06-30' },
 * ]);
 * join.unmatched; // []
 * join.dates; // ['2023-06-30']
 */
export function joinProgress<Row extends ProgressRow>(
  index: RouteChainageIndex,
  rows: readonly Row[],
): ProgressJoin<Row> {
  const matched: number[] = [];
  const unmatched: UnmatchedRow[] = [];
  const coverage = new Map<number, { rowIndex: number; from: number; to: number }[]>();
  const cuts = new Map<number, number[]>();
  const dates = new Set<string>();
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex] as Row;
    const location = locateRange(index, row.route, row.fromKm, row.toKm);
    if (!location.ok) {
      unmatched.push({ rowIndex, reason: location.reason });
      continue;
    }
    matched.push(rowIndex);
    dates.add(row.updated);
    for (const piece of location.pieces) {
      const covered = coverage.get(piece.segmentIndex);
      const entry = { rowIndex, from: piece.fromFraction, to: piece.toFraction };
      if (covered) covered.push(entry);
      else coverage.set(piece.segmentIndex, [entry]);
      const segmentCuts = cuts.get(piece.segmentIndex);
      if (segmentCuts) segmentCuts.push(piece.fromFraction, piece.toFraction);
      else cuts.set(piece.segmentIndex, [0, 1, piece.fromFraction, piece.toFraction]);
    }
  }
  const stretches = new Map<number, Stretch[]>();
  for (const [segmentIndex, covered] of coverage) {
    const span = index.spans.get(segmentIndex) as ChainageSpan;
    const sorted = (cuts.get(segmentIndex) as number[]).sort((a, b) => a - b);
    const kept: number[] = [];
    for (const cut of sorted) {
      if (kept.length === 0 || cut - (kept.at(-1) as number) > SAME_CUT) kept.push(cut);
    }
    const starts = kept.slice(0, -1);
    const segmentStretches: Stretch[] = starts.map((fromFraction, i) => {
      const toFraction = kept[i + 1] as number;
      const ends = [kmAt(span, fromFraction), kmAt(span, toFraction)];
      return {
        segmentIndex,
        fromFraction,
        toFraction,
        fromKm: Math.min(ends[0] as number, ends[1] as number),
        toKm: Math.max(ends[0] as number, ends[1] as number),
        reversed: span.reversed,
        rowIndices: [],
        dates: [],
      };
    });
    for (const { rowIndex, from, to } of covered) {
      for (let i = firstAtOrAbove(starts, from - SAME_CUT); i < segmentStretches.length; i++) {
        const stretch = segmentStretches[i] as Stretch;
        if (stretch.toFraction > to + SAME_CUT) break;
        stretch.rowIndices.push(rowIndex);
      }
    }
    for (const stretch of segmentStretches) {
      stretch.rowIndices.sort((a, b) => {
        const dateA = (rows[a] as Row).updated;
        const dateB = (rows[b] as Row).updated;
        return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b;
      });
      stretch.dates = stretch.rowIndices.map((rowIndex) => (rows[rowIndex] as Row).updated);
    }
    stretches.set(segmentIndex, segmentStretches);
  }
  return { rows, matched, unmatched, stretches, dates: [...dates].sort() };
}

/** The length of `fromKm…toKm` that lies within `lowKm…highKm`. */
function overlapKm(fromKm: number, toKm: number, lowKm: number, highKm: number): number {
  return Math.max(0, Math.min(toKm, highKm) - Math.max(fromKm, lowKm));
}

/**
 * A stretch's figures under a row, or under the segment's own figures where `row` is null.
 *
 * - status: the row's, else the segment's.
 * - completed km: a row's `completedKm` is built from the row's start chainage onward, so the
 *   stretch gets the part of `fromKm…fromKm + completedKm` it holds; a row with a status but
 *   no `completedKm` makes the stretch wholly built when the status is 完工/通车
 *   (completed/open), else not built; a row with neither keeps the segment's own completion,
 *   which is built from the segment's drawing start.
 * - guards: the row's figures (see `guardRequiredKmOf`) shared over its range in proportion to
 *   length; a row with neither keeps the segment's, shared likewise.
 */
function pieceFigures(
  stretch: Stretch,
  segment: ProgressSegment,
  row: ProgressRow | null,
): Pick<ProgressPiece, 'status' | 'completedKm' | 'guardRequiredKm' | 'guardKm'> {
  const lengthKm = stretch.toKm - stretch.fromKm;
  const segmentShare = segment.lengthKm > 0 ? lengthKm / segment.lengthKm : 0;
  const ownCompletedKm =
    segment.lengthKm > 0
      ? overlapKm(
          stretch.fromFraction,
          stretch.toFraction,
          0,
          segment.completedKm / segment.lengthKm,
        ) * segment.lengthKm
      : 0;
  const status = row?.status ?? segment.properties.status;
  let completedKm = ownCompletedKm;
  if (row?.completedKm !== undefined) {
    const builtToKm = row.fromKm + Math.max(0, row.completedKm);
    completedKm = overlapKm(stretch.fromKm, stretch.toKm, row.fromKm, builtToKm);
  } else if (row?.status !== undefined) {
    completedKm = BUILT_STATUSES.includes(row.status) ? lengthKm : 0;
  }
  let guardRequiredKm =
    segment.guardRequiredKm === null ? null : segment.guardRequiredKm * segmentShare;
  let guardKm = segment.guardKm * segmentShare;
  if (row && (row.guardRequiredKm !== undefined || row.guardKm !== undefined)) {
    const rowShare = lengthKm / (row.toKm - row.fromKm);
    const rowRequiredKm = guardRequiredKmOf({
      guard_required_km: row.guardRequiredKm,
      guard_km: row.guardKm,
    });
    guardRequiredKm = rowRequiredKm === null ? null : rowRequiredKm * rowShare;
    guardKm = Math.max(0, row.guardKm ?? 0) * rowShare;
  }
  return { status, completedKm: Math.min(completedKm, lengthKm), guardRequiredKm, guardKm };
}

/**
 * The pieces of every segment some row covers, as of a date (an ISO date; null for the
 * latest): each stretch takes the latest of its rows dated on or before the date (on the same
 * date, the later row of the sheet), or the segment's own figures where none is. Segments no
 * row covers are not in the map: they stay as they are.
 *
 * @example
 * const pieces = progressAsOf(join, measuredSegments, '2023-06-30');
 * pieces.get(4); // [{ fromKm: 3, toKm: 3.2, row: null, … }, { fromKm: 3.2, toKm: 5, status: 'construction', completedKm: 1.8, … }]
 */
export function progressAsOf<Row extends ProgressRow>(
  join: ProgressJoin<Row>,
  segments: readonly ProgressSegment[],
  asOf: string | null,
): Map<number, ProgressPiece<Row>[]> {
  const result = new Map<number, ProgressPiece<Row>[]>();
  for (const [segmentIndex, stretches] of join.stretches) {
    const segment = segments[segmentIndex] as ProgressSegment;
    const pieces = stretches.map((stretch) =>
      stretchAsOf(join, segment, stretch, winnerAsOf(stretch, asOf)),
    );
    result.set(segmentIndex, pieces);
  }
  return result;
}

/**
 * Which of a stretch's rows is in force on a date: its position in `stretch.rowIndices`, or −1
 * where none is yet (null: the latest).
 */
export function winnerAsOf(stretch: Stretch, asOf: string | null): number {
  return asOf === null ? stretch.dates.length - 1 : firstAbove(stretch.dates, asOf) - 1;
}

/** A stretch's figures under the row at `winner` (−1: the segment's own), see `winnerAsOf`. */
export function stretchAsOf<Row extends ProgressRow>(
  join: ProgressJoin<Row>,
  segment: ProgressSegment,
  stretch: Stretch,
  winner: number,
): ProgressPiece<Row> {
  const rowIndex = winner >= 0 ? (stretch.rowIndices[winner] as number) : null;
  const row = rowIndex === null ? null : (join.rows[rowIndex] as Row);
  return {
    segmentIndex: stretch.segmentIndex,
    fromFraction: stretch.fromFraction,
    toFraction: stretch.toFraction,
    fromKm: stretch.fromKm,
    toKm: stretch.toKm,
    lengthKm: stretch.toKm - stretch.fromKm,
    reversed: stretch.reversed,
    ...pieceFigures(stretch, segment, row),
    row,
    rowIndex,
  };
}
