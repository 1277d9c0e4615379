/**
 * Decodes a .shp's geometries with shpjs (see `readShapefile.ts` for why shpjs): Z and M values
 * are dropped and shpjs's `bbox` members (in the file's own coordinates, wrong once reprojected)
 * removed. When shpjs throws on a damaged record, the records are decoded one by one so that
 * only the damaged ones are lost.
 */
import type { Geometry, Position } from 'geojson';
import { parseShp } from 'shpjs';
import type { Problem } from '../../contract/roadNetwork.ts';
import { readProblem } from './readResult.ts';
import type { ShpLayout } from './shpRecords.ts';

const MAIN_HEADER_BYTES = 100;

function flatPosition(position: Position): Position {
  return [position[0] ?? NaN, position[1] ?? NaN];
}

/** The geometry in two dimensions and without `bbox`. */
export function flatGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: flatPosition(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(flatPosition) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(flatPosition)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(flatPosition)),
        ),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(flatGeometry) };
  }
}

/** Decodes one record alone, behind a copy of the main header; null when shpjs throws. */
function decodeOneRecord(bytes: Uint8Array, start: number, end: number): Geometry | null | Error {
  const single = new Uint8Array(MAIN_HEADER_BYTES + (end - start));
  single.set(bytes.subarray(0, MAIN_HEADER_BYTES));
  single.set(bytes.subarray(start, end), MAIN_HEADER_BYTES);
  try {
    return parseShp(single)[0] ?? null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Record by record, reporting each one shpjs cannot decode. */
function decodeRecordByRecord(
  bytes: Uint8Array,
  layout: ShpLayout,
): { geometries: Array<Geometry | null>; problems: Problem[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const geometries: Array<Geometry | null> = [];
  const problems: Problem[] = [];
  let offset = MAIN_HEADER_BYTES;
  for (let record = 0; record < layout.recordCount; record++) {
    const end = offset + 8 + view.getInt32(offset + 4, false) * 2;
    const decoded = decodeOneRecord(bytes, offset, end);
    if (decoded instanceof Error) {
      problems.push(
        readProblem('warning', 'shp-record-invalid', { message: decoded.message }, record),
      );
      geometries.push(null);
    } else {
      geometries.push(decoded);
    }
    offset = end;
  }
  return { geometries, problems };
}

/**
 * The geometries of the complete records, in record order (null for null shapes and for records
 * that cannot be decoded, each of which is reported).
 */
export function decodeShpGeometries(
  bytes: Uint8Array,
  layout: ShpLayout,
): { geometries: Array<Geometry | null>; problems: Problem[] } {
  const complete = bytes.subarray(0, layout.completeBytes);
  let decoded: { geometries: Array<Geometry | null>; problems: Problem[] };
  try {
    const view = new DataView(complete.buffer, complete.byteOffset, complete.byteLength);
    decoded = { geometries: parseShp(view), problems: [] };
  } catch {
    decoded = decodeRecordByRecord(complete, layout);
  }
  return {
    geometries: decoded.geometries.map((geometry) => (geometry ? flatGeometry(geometry) : null)),
    problems: decoded.problems,
  };
}
