/**
 * Walks a .shp's main header and record headers (without decoding geometry) to learn the shape
 * type, how many records are complete and whether the file ends inside a record, which shpjs
 * passes over in silence.
 */
import { looksLikeShp } from './fileMagic.ts';

/** What the headers of a .shp say. */
export interface ShpLayout {
  /** The shape type of the main header: 1 Point, 3 PolyLine, 5 Polygon, 8 MultiPoint, +10 Z, +20 M. */
  shapeType: number;
  /** Complete records. */
  recordCount: number;
  /** Bytes from the start to the end of the last complete record. */
  completeBytes: number;
  /** True when the file ends inside a record (its header or its content). */
  truncated: boolean;
}

const MAIN_HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;

/**
 * The layout of a .shp, or null when its main header is missing or wrong.
 *
 * @example
 * scanShpRecords(shpBytes); // { shapeType: 3, recordCount: 2, completeBytes: 308, truncated: false }
 */
export function scanShpRecords(bytes: Uint8Array): ShpLayout | null {
  if (bytes.length < MAIN_HEADER_BYTES || !looksLikeShp(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shapeType = view.getInt32(32, true);
  let offset = MAIN_HEADER_BYTES;
  let recordCount = 0;
  let truncated = false;
  while (offset < bytes.length) {
    if (offset + RECORD_HEADER_BYTES > bytes.length) {
      truncated = true;
      break;
    }
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const end = offset + RECORD_HEADER_BYTES + contentBytes;
    if (contentBytes < 4 || end > bytes.length) {
      truncated = true;
      break;
    }
    recordCount++;
    offset = end;
  }
  return { shapeType, recordCount, completeBytes: offset, truncated };
}
