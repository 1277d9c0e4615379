/**
 * A tile set's progress history (`ColumnsHistory`: the dates, the pieces that change with the
 * date, and their dated columns) as one compact binary file, in the layout of the columns file
 * (`columnsCodec.ts`): the dates as JSON in the header, each dated column in the narrowest type
 * that holds its values exactly (codes as 1 byte, millimetres as 4), read back into its own
 * type. Decoding gives back the same history, value for value.
 *
 * Layout: the 8 bytes `RBHIST01`, the header's length (uint32, little-endian), the header
 * (UTF-8 JSON), then each array's bytes, every array starting on a multiple of 8.
 */
import type { ColumnsHistory, DatedColumns } from '../../domain/historyColumns.ts';
import { ColumnsFileError, decodeArrays, encodeArrays } from './columnsCodec.ts';

const MAGIC = 'RBHIST01';

/** The dated columns, each of `dates × indices` entries. */
const DATED_KEYS = ['statusCode', 'completedMm', 'guardRequiredMm', 'guardCountedMm'] as const;

/**
 * The history as the bytes of a history file.
 *
 * @example
 * const { columns, history } = historyColumns(network.segments, network.history);
 * const bytes = encodeHistory(history);
 * decodeHistory(bytes).dates; // history.dates
 */
export function encodeHistory(history: ColumnsHistory): Uint8Array {
  return encodeArrays(MAGIC, {
    dates: history.dates,
    indices: history.indices,
    ...history.columns,
  });
}

/**
 * The history a history file holds; throws a `ColumnsFileError` where the bytes are not one or
 * its columns do not hold an entry for each piece at each date.
 *
 * @example
 * const history = decodeHistory(gunzipped);
 * columnsAsOf(columns, history, history.dates.length - 1); // the pieces as of the last date
 */
export function decodeHistory(bytes: Uint8Array): ColumnsHistory {
  const { dates, indices, ...columns } = decodeArrays(MAGIC, bytes, 'history');
  const history = {
    dates: dates as string[],
    indices: indices as Uint32Array,
    columns: columns as unknown as DatedColumns,
  };
  if (!Array.isArray(history.dates) || !(history.indices instanceof Uint32Array))
    throw new ColumnsFileError('the history file has no dates or pieces');
  const size = history.dates.length * history.indices.length;
  const dated = history.columns;
  const lengths = [
    ...DATED_KEYS.map((key) => dated[key]?.length),
    ...Object.values(dated.bucketCode ?? {}).map((column) => column.length),
  ];
  if (!dated.bucketCode || lengths.some((length) => length !== size))
    throw new ColumnsFileError(
      `the history's columns do not hold ${history.dates.length} dates of ${history.indices.length} pieces`,
    );
  return history;
}
