/**
 * The segment columns of a network with a progress history: the columns as of the latest date,
 * and the columns that change with the date (status, completed length, guard figures and the
 * colour modes' buckets) for the pieces, at each date. The columns as of a date are the latest
 * ones with the pieces' entries of that date written over them.
 */
import { COLOR_MODES, type ColorMode, type MeasuredSegment } from './types.ts';
import { segmentColumns, type SegmentColumns } from './segmentIndex.ts';

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

function datedSlice(columns: SegmentColumns, from: number, to: number): DatedColumns {
  const bucketCode = {} as Record<ColorMode, Uint8Array>;
  for (const mode of COLOR_MODES) bucketCode[mode] = columns.bucketCode[mode].slice(from, to);
  return {
    statusCode: columns.statusCode.slice(from, to),
    completedMm: columns.completedMm.slice(from, to),
    guardRequiredMm: columns.guardRequiredMm.slice(from, to),
    guardCountedMm: columns.guardCountedMm.slice(from, to),
    bucketCode,
  };
}

/**
 * Lays out the latest segments and the pieces' states at each date with one set of codes, so
 * that a date's entries can be written over the latest columns.
 *
 * @example
 * const { columns, history } = historyColumns(network.segments, network.history);
 */
export function historyColumns(
  segments: readonly MeasuredSegment[],
  history: { dates: string[]; indices: Uint32Array; variants: readonly MeasuredSegment[] },
): { columns: SegmentColumns; history: ColumnsHistory } {
  const size = segments.length;
  const all = segmentColumns([...segments, ...history.variants]);
  // Every per-segment column is cut to the latest segments; the towns' ragged columns too.
  const columns = { ...all, size } as SegmentColumns;
  const record = columns as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    if (ArrayBuffer.isView(value) && (value as Uint8Array).length === all.size) {
      record[key] = (value as Uint8Array).slice(0, size);
    }
  }
  columns.bucketCode = datedSlice(all, 0, size).bucketCode;
  columns.townStart = all.townStart.slice(0, size + 1);
  columns.townCodes = all.townCodes.slice(0, all.townStart[size]!);
  return {
    columns,
    history: {
      dates: history.dates,
      indices: history.indices,
      columns: datedSlice(all, size, all.size),
    },
  };
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
