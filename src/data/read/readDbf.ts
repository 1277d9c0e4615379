/**
 * Reads a dBASE table (.dbf), the attribute part of a shapefile, in two steps: the header and
 * field list first (with the raw bytes of names and text values, from which the encoding is
 * chosen), then the rows, decoded with the chosen encoding. Own code rather than a library
 * because the encoding must be chosen from the bytes, field names included, before decoding.
 *
 * Values: text trimmed; numbers as numbers; dates (`D`, YYYYMMDD) as ISO `YYYY-MM-DD`; logicals
 * as booleans; empty values absent; memo fields (`M`, `G`, `P`), kept in another file, absent.
 */
import type { GeoJsonProperties } from 'geojson';

/** One column of the table. */
export interface DbfField {
  /** The raw bytes of the name, up to its first NUL. */
  nameBytes: Uint8Array;
  /** The dBASE type letter: C text, N/F number, D date, L logical, I/O binary numbers, M memo. */
  type: string;
  /** Offset of the value inside a record (after the deletion flag). */
  offsetBytes: number;
  lengthBytes: number;
}

/** The table's layout as its header describes it. */
export interface DbfHeader {
  /** Byte 29: the language driver, which may name the code page. */
  languageDriver: number;
  /** Records actually present (the header's count, less any the file is too short for). */
  recordCount: number;
  /** Records the header declares. */
  declaredRecordCount: number;
  headerBytes: number;
  recordBytes: number;
  fields: DbfField[];
}

const FIELD_DESCRIPTOR_BYTES = 32;
const FIELD_LIST_END = 0x0d;
const TEXT_FIELD_TYPES = new Set(['C', 'V']);
const MEMO_FIELD_TYPES = new Set(['M', 'G', 'P', 'B']);

/**
 * The header and field list, or null when the bytes are not a readable .dbf.
 *
 * @example
 * readDbfHeader(dbfBytes)?.fields.length; // 6
 */
export function readDbfHeader(bytes: Uint8Array): DbfHeader | null {
  if (bytes.length < 32 + 1) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declaredRecordCount = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  if (headerBytes < 33 || headerBytes > bytes.length || recordBytes < 1) return null;
  const fields: DbfField[] = [];
  let offsetBytes = 1;
  for (let at = 32; at + FIELD_DESCRIPTOR_BYTES <= headerBytes; at += FIELD_DESCRIPTOR_BYTES) {
    if (bytes[at] === FIELD_LIST_END) break;
    const nameField = bytes.subarray(at, at + 11);
    const nul = nameField.indexOf(0);
    const type = String.fromCharCode(bytes[at + 11] ?? 0x20).toUpperCase();
    const lengthBytes = bytes[at + 16] ?? 0;
    fields.push({
      nameBytes: nul < 0 ? nameField : nameField.subarray(0, nul),
      type,
      offsetBytes,
      lengthBytes,
    });
    offsetBytes += lengthBytes;
  }
  if (fields.length === 0 || offsetBytes > recordBytes) return null;
  const available = Math.floor((bytes.length - headerBytes) / recordBytes);
  return {
    languageDriver: bytes[29] ?? 0,
    recordCount: Math.min(declaredRecordCount, available),
    declaredRecordCount,
    headerBytes,
    recordBytes,
    fields,
  };
}

/**
 * The raw bytes of every field name and text value, for choosing and judging the encoding.
 */
export function* dbfTextSamples(bytes: Uint8Array, header: DbfHeader): Generator<Uint8Array> {
  for (const field of header.fields) yield field.nameBytes;
  const textFields = header.fields.filter((field) => TEXT_FIELD_TYPES.has(field.type));
  for (let record = 0; record < header.recordCount; record++) {
    const start = header.headerBytes + record * header.recordBytes;
    for (const field of textFields) {
      const valueStart = start + field.offsetBytes;
      yield bytes.subarray(valueStart, valueStart + field.lengthBytes);
    }
  }
}

/** The field names decoded, each unique (a repeated name gets `_2`, `_3`…). */
export function dbfFieldNames(header: DbfHeader, encoding: string): string[] {
  const decoder = new TextDecoder(encoding);
  const seen = new Set<string>();
  return header.fields.map((field, index) => {
    const decoded = decoder.decode(field.nameBytes).trim() || `FIELD_${index + 1}`;
    let name = decoded;
    for (let copy = 2; seen.has(name); copy++) name = `${decoded}_${copy}`;
    seen.add(name);
    return name;
  });
}

function asciiText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text.trim();
}

/** A number field's value; the text itself when it is not a number, absent when empty. */
function numberValue(bytes: Uint8Array): number | string | undefined {
  const text = asciiText(bytes);
  if (text === '' || /^[*?]+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/** A date field (YYYYMMDD) as `YYYY-MM-DD`; the text itself when it is not a date. */
function dateValue(bytes: Uint8Array): string | undefined {
  const text = asciiText(bytes);
  if (text === '' || /^0+$/.test(text)) return undefined;
  const parts = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return parts ? `${parts[1]}-${parts[2]}-${parts[3]}` : text;
}

function logicalValue(bytes: Uint8Array): boolean | undefined {
  const letter = asciiText(bytes).toUpperCase();
  if (letter === 'T' || letter === 'Y') return true;
  if (letter === 'F' || letter === 'N') return false;
  return undefined;
}

/** One field's value, or undefined when empty or unreadable here (memo fields). */
function fieldValue(
  view: DataView,
  bytes: Uint8Array,
  field: DbfField,
  decoder: TextDecoder,
): string | number | boolean | undefined {
  if (field.type === 'N' || field.type === 'F') return numberValue(bytes);
  if (field.type === 'D') return dateValue(bytes);
  if (field.type === 'L') return logicalValue(bytes);
  if (field.type === 'I' && bytes.length === 4)
    return view.getInt32(bytes.byteOffset - view.byteOffset, true);
  if (field.type === 'O' && bytes.length === 8) {
    return view.getFloat64(bytes.byteOffset - view.byteOffset, true);
  }
  if (MEMO_FIELD_TYPES.has(field.type)) return undefined;
  const text = decoder.decode(bytes).replace(/\0+$/, '').trim();
  return text === '' ? undefined : text;
}

/**
 * The rows as GeoJSON properties, decoded with `encoding`; `names` from `dbfFieldNames`.
 *
 * @example
 * readDbfRows(dbfBytes, header, 'gbk', names)[0]; // { LXBM: 'X396360726', LXMC: '永明至花园', … }
 */
export function readDbfRows(
  bytes: Uint8Array,
  header: DbfHeader,
  encoding: string,
  names: readonly string[],
): NonNullable<GeoJsonProperties>[] {
  const decoder = new TextDecoder(encoding);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows: NonNullable<GeoJsonProperties>[] = [];
  for (let record = 0; record < header.recordCount; record++) {
    const start = header.headerBytes + record * header.recordBytes;
    const row: NonNullable<GeoJsonProperties> = {};
    header.fields.forEach((field, index) => {
      const valueStart = start + field.offsetBytes;
      const value = fieldValue(
        view,
        bytes.subarray(valueStart, valueStart + field.lengthBytes),
        field,
        decoder,
      );
      if (value !== undefined) row[names[index] ?? `FIELD_${index + 1}`] = value;
    });
    rows.push(row);
  }
  return rows;
}
