/**
 * The segment columns of a network with a progress history: the columns as of the latest date,
 * and the columns that change with the date (status, completed length, guard figures and the
 * colour modes' buckets) for the pieces, at each date. The columns as of a date are the latest
 * ones with the pieces' entries of that date written over them.
 */
import { COLOR_MODES, type ColorMode, type MeasuredSegment } from './types.ts';
import { segmentColumns, setFigures, type SegmentColumns } from './segmentIndex.ts';
import type { PieceState } from './progressPieces.ts';

/** The columns that change with the date. */
export interface DatedColumns {
  statusCode: Uint8Array;
  completedMm: Float64Array;
  guardRequiredMm: Float64Array;
  guardCountedMm: Float64Array;
  bucketCode: Record<ColorMode, Uint8Array>;
}

/** The pieces' dated columns: entry `k * indices.length + j` is piece `indices[j]` at `dates[k]`. */
export interface ColumnsHistory {
  dates: string[];
  indices: Uint32Array;
  columns: DatedColumns;
}

/**
 * The code of a value in a column's list of values, the value added to the list where it is
 * new (a status or bucket seen only at an earlier date).
 */
function codes(values: string[]): (value: string) => number {
  const known = new Map(values.map((value, code) => [value, code]));
  return (value) => {
    let code = known.get(value);
    if (code === undefined) {
      code = values.push(value) - 1;
      known.set(value, code);
    }
    return code;
  };
}

/**
 * Lays out the latest segments, and the pieces' states at each date with the same codes (a
 * status or bucket seen only at an earlier date is added to the lists).
 *
 * @example
 * const { columns, history } = historyColumns(network.segments, network.history);
 */
export function historyColumns(
  segments: readonly MeasuredSegment[],
  history: { dates: string[]; indices: Uint32Array; states: readonly PieceState[] },
): { columns: SegmentColumns; history: ColumnsHistory } {
  const columns = segmentColumns(segments);
  const size = history.states.length;
  const dated: DatedColumns = {
    statusCode: new Uint8Array(size),
    completedMm: new Float64Array(size),
    guardRequiredMm: new Float64Array(size),
    guardCountedMm: new Float64Array(size),
    bucketCode: {
      status: new Uint8Array(size),
      completion: new Uint8Array(size),
      guard: new Uint8Array(size),
    },
  };
  const states = history.states;
  const statusCodes = codes(columns.statuses);
  for (let i = 0; i < size; i++) {
    const state = states[i]!;
    dated.statusCode[i] = statusCodes(state.status);
    setFigures(dated, i, state);
  }
  const completionCodes = codes(columns.buckets.completion);
  const guardCodes = codes(columns.buckets.guard);
  const statusBuckets = codes(columns.buckets.status);
  const { status, completion, guard } = dated.bucketCode;
  for (let i = 0; i < size; i++) {
    const state = states[i]!;
    status[i] = statusBuckets(state.status);
    completion[i] = completionCodes(state.completionBucket);
    guard[i] = guardCodes(state.guardBucket);
  }
  return { columns, history: { dates: history.dates, indices: history.indices, columns: dated } };
}

/**
 * The columns as of the date `history.dates[dateIndex]`.
 *
 * @example
 * new SegmentIndex(columnsAsOf(dataset.columns, dataset.history, 5)).summary(null).completedKm;
 */
export function columnsAsOf(
  columns: SegmentColumns,
  history: ColumnsHistory,
  dateIndex: number,
): SegmentColumns {
  const count = history.indices.length;
  const offset = dateIndex * count;
  const dated = history.columns;
  const statusCode = columns.statusCode.slice();
  const completedMm = columns.completedMm.slice();
  const guardRequiredMm = columns.guardRequiredMm.slice();
  const guardCountedMm = columns.guardCountedMm.slice();
  const bucketCode = {} as Record<ColorMode, Uint8Array>;
  for (const mode of COLOR_MODES) bucketCode[mode] = columns.bucketCode[mode].slice();
  for (let j = 0; j < count; j++) {
    const i = history.indices[j]!;
    const from = offset + j;
    statusCode[i] = dated.statusCode[from]!;
    completedMm[i] = dated.completedMm[from]!;
    guardRequiredMm[i] = dated.guardRequiredMm[from]!;
    guardCountedMm[i] = dated.guardCountedMm[from]!;
    for (const mode of COLOR_MODES) bucketCode[mode][i] = dated.bucketCode[mode][from]!;
  }
  return {
    ...columns,
    statusCode,
    completedMm,
    guardRequiredMm,
    guardCountedMm,
    bucketCode,
  };
}
