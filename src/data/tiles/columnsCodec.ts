/**
 * The statistics' columns (`SegmentColumns`) as one compact binary file, so that a tile set
 * carries every figure and filter of the app without its geometry. Each typed array is stored
 * in the narrowest type that holds its values exactly (a length in whole millimetres as 4 bytes,
 * a code as 1 or 2) and read back into its own type; everything else (the value lists, the
 * legend entries) is JSON in the header. Decoding gives back the same columns, value for value.
 *
 * Layout: the 8 bytes `RBCOLS01`, the header's length (uint32, little-endian), the header
 * (UTF-8 JSON), then each column's bytes, every column starting on a multiple of 8. The same
 * layout under another 8-byte magic (`encodeArrays`) holds a tile set's other records of typed
 * arrays, such as its progress history (`historyCodec.ts`).
 */
import type { SegmentColumns } from '../../domain/segmentIndex.ts';

const MAGIC = 'RBCOLS01';
const ALIGNMENT = 8;
/** The uint32 that stands for NaN in a column of whole numbers stored as uint32. */
const NAN_UINT32 = 0xffffffff;

type ArrayKind =
  'Uint8Array' | 'Int16Array' | 'Uint16Array' | 'Int32Array' | 'Uint32Array' | 'Float64Array';
type StoredKind = ArrayKind | 'Uint32ArrayWithNaN';

type TypedColumn = Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

const CONSTRUCTORS: Record<
  ArrayKind,
  { new (length: number): TypedColumn; BYTES_PER_ELEMENT: number }
> = {
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float64Array,
};

/** Where one column lies in the file and how it is stored. */
interface ColumnEntry {
  /** Its key in `SegmentColumns`; `bucketCode.status` for a column of a record. */
  path: string;
  kind: ArrayKind;
  stored: StoredKind;
  length: number;
  byteOffset: number;
}

interface Header {
  /** The columns' plain values: size, value lists, legend entries. */
  values: Record<string, unknown>;
  columns: ColumnEntry[];
}

function kindOf(array: TypedColumn): ArrayKind {
  return array.constructor.name as ArrayKind;
}

/** The narrowest kind that holds every value of a column exactly. */
function storedKind(array: TypedColumn): StoredKind {
  let lowest = Infinity;
  let highest = -Infinity;
  let whole = true;
  let hasNaN = false;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (Number.isNaN(value)) {
      hasNaN = true;
      continue;
    }
    if (!Number.isInteger(value) || Object.is(value, -0)) whole = false;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (array.length === 0 || lowest === Infinity) return hasNaN ? kindOf(array) : 'Uint8Array';
  if (!whole) return kindOf(array);
  if (hasNaN) return lowest >= 0 && highest < NAN_UINT32 ? 'Uint32ArrayWithNaN' : kindOf(array);
  if (lowest >= 0 && highest <= 0xff) return 'Uint8Array';
  if (lowest >= -0x8000 && highest <= 0x7fff) return 'Int16Array';
  if (lowest >= 0 && highest <= 0xffff) return 'Uint16Array';
  if (lowest >= -0x80000000 && highest <= 0x7fffffff) return 'Int32Array';
  if (lowest >= 0 && highest <= 0xffffffff) return 'Uint32Array';
  return kindOf(array);
}

function isTypedColumn(value: unknown): value is TypedColumn {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function aligned(offset: number): number {
  return Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
}

/**
 * A record of typed arrays (at its top level or in records one level down) and plain values as
 * the bytes of a file that starts with `magic` (8 ASCII characters): the layout of a columns
 * file, shared by the other binary files of a tile set.
 *
 * @example
 * const bytes = encodeArrays('RBHIST01', { dates: ['2023-01-31'], indices: Uint32Array.of(4) });
 * decodeArrays('RBHIST01', bytes, 'history').indices; // Uint32Array [4]
 */
export function encodeArrays(magic: string, record: object): Uint8Array {
  if (magic.length !== MAGIC.length) throw new RangeError(`a magic of ${MAGIC.length} characters`);
  const values: Record<string, unknown> = {};
  const arrays: { path: string; array: TypedColumn }[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (isTypedColumn(value)) arrays.push({ path: key, array: value });
    else if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every(isTypedColumn)
    ) {
      for (const [inner, array] of Object.entries(value as Record<string, TypedColumn>))
        arrays.push({ path: `${key}.${inner}`, array });
    } else values[key] = value;
  }
  const entries: ColumnEntry[] = [];
  let offset = 0;
  for (const { path, array } of arrays) {
    const stored = storedKind(array);
    const bytesPerValue =
      stored === 'Uint32ArrayWithNaN' ? 4 : CONSTRUCTORS[stored].BYTES_PER_ELEMENT;
    entries.push({ path, kind: kindOf(array), stored, length: array.length, byteOffset: offset });
    offset = aligned(offset + array.length * bytesPerValue);
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify({ values, columns: entries }));
  const bodyStart = aligned(MAGIC.length + 4 + headerBytes.length);
  const bytes = new Uint8Array(bodyStart + offset);
  bytes.set(new TextEncoder().encode(magic), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  bytes.set(headerBytes, MAGIC.length + 4);
  arrays.forEach(({ array }, index) => {
    const entry = entries[index]!;
    const start = bodyStart + entry.byteOffset;
    if (entry.stored === 'Uint32ArrayWithNaN') {
      const target = new Uint32Array(bytes.buffer, start, array.length);
      for (let i = 0; i < array.length; i++) {
        const value = array[i]!;
        target[i] = Number.isNaN(value) ? NAN_UINT32 : value;
      }
    } else {
      const Stored = CONSTRUCTORS[entry.stored];
      const target = new (
        Stored as unknown as new (
          buffer: ArrayBuffer,
          byteOffset: number,
          length: number,
        ) => TypedColumn
      )(bytes.buffer, start, array.length);
      target.set(array);
    }
  });
  return bytes;
}

/**
 * The columns as the bytes of a columns file.
 *
 * @example
 * const bytes = encodeColumns(segmentColumns(segments));
 * decodeColumns(bytes).lengthMm; // the same millimetres
 */
export function encodeColumns(columns: SegmentColumns): Uint8Array {
  return encodeArrays(MAGIC, columns);
}

/** Why a file is not a columns file (or not the binary file it should be). */
export class ColumnsFileError extends Error {}

/**
 * The record a file of `encodeArrays` holds, each array in its own typed array type; throws a
 * `ColumnsFileError` where the bytes do not start with `magic` (`what` names the file's kind).
 *
 * @example
 * decodeArrays('RBHIST01', bytes, 'history'); // { dates: [...], indices: Uint32Array, ... }
 */
export function decodeArrays(
  magic: string,
  bytes: Uint8Array,
  what: string,
): Record<string, unknown> {
  const found = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (found !== magic) throw new ColumnsFileError(`not a Roadboard ${what} file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  const headerStart = MAGIC.length + 4;
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(headerStart, headerStart + headerLength)),
  ) as Header;
  const bodyStart = aligned(headerStart + headerLength);
  // A copy of the body on its own buffer, so that every column view is aligned (a Node Buffer's
  // `slice` would share the buffer instead).
  const body = new Uint8Array(bytes.byteLength - bodyStart);
  body.set(bytes.subarray(bodyStart));
  const columns: Record<string, unknown> = { ...header.values };
  for (const entry of header.columns) {
    const array = new CONSTRUCTORS[entry.kind](entry.length);
    if (entry.stored === 'Uint32ArrayWithNaN') {
      const source = new Uint32Array(body.buffer, entry.byteOffset, entry.length);
      for (let i = 0; i < entry.length; i++) array[i] = source[i] === NAN_UINT32 ? NaN : source[i]!;
    } else {
      const Stored = CONSTRUCTORS[entry.stored];
      const source = new (
        Stored as unknown as new (
          buffer: ArrayBuffer,
          byteOffset: number,
          length: number,
        ) => TypedColumn
      )(body.buffer, entry.byteOffset, entry.length);
      array.set(source);
    }
    const [key, inner] = entry.path.split('.') as [string, string | undefined];
    if (inner === undefined) columns[key] = array;
    else ((columns[key] ??= {}) as Record<string, TypedColumn>)[inner] = array;
  }
  return columns;
}

/**
 * The columns a columns file holds, each in its own typed array type.
 *
 * @example
 * const columns = decodeColumns(new Uint8Array(await response.arrayBuffer()));
 * new SegmentIndex(columns).summary(null).lengthKm;
 */
export function decodeColumns(bytes: Uint8Array): SegmentColumns {
  return decodeArrays(MAGIC, bytes, 'columns') as unknown as SegmentColumns;
}
