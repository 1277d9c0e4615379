/**
 * Roadboard's binary feature format: how the data worker hands features to MapLibre's worker.
 *
 * The features to draw (road lines, route-code points) travel from the data worker
 * to MapLibre's worker in a Blob. Binary rather than GeoJSON text, because writing millions of
 * coordinates as decimal text and parsing them back in MapLibre's worker would be most of that
 * trip (see docs/performance.md). Here the coordinates are a Float64Array and the properties
 * are columns: numbers as a Float64Array, anything else as an index into a list of the
 * distinct values.
 *
 * MapLibre's worker reads it in `public/blob-protocol.mjs`, which has its own copy of
 * `decodeFeatures` (it is a plain script loaded into MapLibre's worker, and cannot import this
 * module); `tests/unit/featureCodec.test.ts` checks that both read what `encodeFeatures`
 * writes. The page uses this copy only where MapLibre's workers cannot load that script.
 *
 * Layout (little-endian), each section starting on a multiple of 8 bytes:
 * - `FEATURE_FORMAT_MAGIC` (Uint32), then the header's length in bytes (Uint32);
 * - the header, JSON: counts, the id column and the property columns (`FeatureHeader`);
 * - geometry types (Uint8 per feature: 1 Point, 2 LineString, 3 MultiLineString);
 * - each feature's end in the list of lines (Uint32 per feature, counted from the start);
 * - each line's end in the list of positions (Uint32 per line);
 * - positions, longitude then latitude (Float64; a height, if any, is not kept: it is not drawn);
 * - the id column, if any, then each property column in header order: Float64 per feature for
 *   a number column, Uint32 per feature for a value column (`ABSENT`: the feature lacks it).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** 'RBF1' read as a little-endian Uint32: the first four bytes of every encoded collection. */
export const FEATURE_FORMAT_MAGIC = 0x31464252;
/** A value column's index for a feature that does not have the property. */
export const ABSENT = 0xffffffff;

const GEOMETRY_CODES = { Point: 1, LineString: 2, MultiLineString: 3 } as const;
type EncodedGeometry = Extract<Geometry, { type: keyof typeof GEOMETRY_CODES }>;
/** A property value as GeoJSON properties hold it flat. */
type FlatValue = string | number | boolean | null;

/** A column: numbers, or indices into `values` (the distinct values, in first-seen order). */
export type FeatureColumn =
  { key: string; kind: 'number' } | { key: string; kind: 'value'; values: FlatValue[] };

export interface FeatureHeader {
  featureCount: number;
  lineCount: number;
  positionCount: number;
  /** The feature ids, or null when no feature has one. */
  id: FeatureColumn | null;
  columns: FeatureColumn[];
}

const ALIGN = 8;
const padding = (length: number) => (ALIGN - (length % ALIGN)) % ALIGN;

function linesOf(geometry: EncodedGeometry): Position[][] {
  if (geometry.type === 'Point') return [[geometry.coordinates]];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  return geometry.coordinates;
}

function isFlat(value: unknown): value is FlatValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A column of one value per feature (`undefined`: absent), as its header entry and its data. */
function encodeColumn(
  key: string,
  read: (index: number) => unknown,
  count: number,
): { column: FeatureColumn; data: Float64Array | Uint32Array } {
  let allNumbers = true;
  for (let index = 0; index < count && allNumbers; index++) {
    allNumbers = typeof read(index) === 'number';
  }
  if (allNumbers) {
    const data = new Float64Array(count);
    for (let index = 0; index < count; index++) data[index] = read(index) as number;
    return { column: { key, kind: 'number' }, data };
  }
  const values: FlatValue[] = [];
  const indexOf = new Map<FlatValue, number>();
  const data = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const value = read(index);
    if (value === undefined) {
      data[index] = ABSENT;
      continue;
    }
    if (!isFlat(value)) throw new TypeError(`property "${key}" is not a string, number or boolean`);
    let at = indexOf.get(value);
    if (at === undefined) {
      at = values.length;
      values.push(value);
      indexOf.set(value, at);
    }
    data[index] = at;
  }
  return { column: { key, kind: 'value', values }, data };
}

/**
 * Writes points, lines and multi-lines with flat properties (strings, numbers, booleans, null)
 * in the binary feature format.
 *
 * @example
 * const blob = encodeFeatures(prepared.roads); // MapLibre's worker reads it by `rbblob:` URL
 */
export function encodeFeatures(collection: FeatureCollection): Blob {
  const features = collection.features as Feature<EncodedGeometry>[];
  const count = features.length;
  let lineCount = 0;
  let positionCount = 0;
  const keys = new Set<string>();
  for (const feature of features) {
    if (!(feature.geometry?.type in GEOMETRY_CODES)) {
      throw new TypeError(`geometry ${feature.geometry?.type} cannot be encoded`);
    }
    for (const line of linesOf(feature.geometry)) {
      lineCount++;
      positionCount += line.length;
    }
    for (const key in feature.properties) keys.add(key);
  }
  const types = new Uint8Array(count);
  const featureEnds = new Uint32Array(count);
  const lineEnds = new Uint32Array(lineCount);
  const positions = new Float64Array(positionCount * 2);
  let line = 0;
  let position = 0;
  features.forEach((feature, index) => {
    types[index] = GEOMETRY_CODES[feature.geometry.type];
    for (const points of linesOf(feature.geometry)) {
      for (const point of points) {
        positions[position * 2] = point[0]!;
        positions[position * 2 + 1] = point[1]!;
        position++;
      }
      lineEnds[line++] = position;
    }
    featureEnds[index] = line;
  });
  const hasIds = features.some((feature) => feature.id !== undefined);
  const id = hasIds ? encodeColumn('id', (index) => features[index]!.id, count) : null;
  const columns = [...keys].map((key) =>
    encodeColumn(key, (index) => features[index]!.properties?.[key], count),
  );
  const header: FeatureHeader = {
    featureCount: count,
    lineCount,
    positionCount,
    id: id?.column ?? null,
    columns: columns.map((column) => column.column),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const parts: BlobPart[] = [];
  let length = 0;
  const push = (part: Uint8Array | Uint32Array | Float64Array) => {
    parts.push(part as Uint8Array<ArrayBuffer>);
    length += part.byteLength;
    const pad = padding(length);
    if (pad > 0) {
      parts.push(new Uint8Array(pad));
      length += pad;
    }
  };
  push(new Uint32Array([FEATURE_FORMAT_MAGIC, headerBytes.byteLength]));
  push(headerBytes);
  for (const section of [types, featureEnds, lineEnds, positions]) push(section);
  if (id) push(id.data);
  for (const column of columns) push(column.data);
  return new Blob(parts, { type: 'application/vnd.roadboard.features' });
}

/** Reads one column's value for each feature into `assign`. */
function decodeColumn(
  column: FeatureColumn,
  buffer: ArrayBuffer,
  offset: number,
  count: number,
  assign: (index: number, value: FlatValue) => void,
): number {
  if (column.kind === 'number') {
    const data = new Float64Array(buffer, offset, count);
    for (let index = 0; index < count; index++) assign(index, data[index]!);
    return offset + data.byteLength + padding(data.byteLength);
  }
  const data = new Uint32Array(buffer, offset, count);
  for (let index = 0; index < count; index++) {
    const at = data[index]!;
    if (at !== ABSENT) assign(index, column.values[at]!);
  }
  return offset + data.byteLength + padding(data.byteLength);
}

/** Whether a buffer starts like the binary feature format. */
export function isEncodedFeatures(buffer: ArrayBuffer): boolean {
  return buffer.byteLength >= 8 && new Uint32Array(buffer, 0, 1)[0] === FEATURE_FORMAT_MAGIC;
}

/** Reads what `encodeFeatures` wrote back into a GeoJSON FeatureCollection. */
export function decodeFeatures(buffer: ArrayBuffer): FeatureCollection {
  if (!isEncodedFeatures(buffer)) throw new TypeError('not Roadboard binary features');
  const headerLength = new Uint32Array(buffer, 4, 1)[0]!;
  const header = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength)),
  ) as FeatureHeader;
  const count = header.featureCount;
  let offset = 8 + headerLength + padding(8 + headerLength);
  const section = <T extends Uint8Array | Uint32Array | Float64Array>(
    Type: new (buffer: ArrayBuffer, offset: number, length: number) => T,
    length: number,
  ): T => {
    const data = new Type(buffer, offset, length);
    offset += data.byteLength + padding(data.byteLength);
    return data;
  };
  const types = section(Uint8Array, count);
  const featureEnds = section(Uint32Array, count);
  const lineEnds = section(Uint32Array, header.lineCount);
  const positions = section(Float64Array, header.positionCount * 2);
  const features: Feature[] = new Array<Feature>(count);
  let line = 0;
  let position = 0;
  for (let index = 0; index < count; index++) {
    const lines: Position[][] = [];
    for (; line < featureEnds[index]!; line++) {
      const end = lineEnds[line]!;
      const points: Position[] = new Array<Position>(end - position);
      for (let at = 0; position < end; position++, at++) {
        points[at] = [positions[position * 2]!, positions[position * 2 + 1]!];
      }
      lines.push(points);
    }
    const type = types[index];
    const geometry: EncodedGeometry =
      type === GEOMETRY_CODES.Point
        ? { type: 'Point', coordinates: lines[0]![0]! }
        : type === GEOMETRY_CODES.LineString
          ? { type: 'LineString', coordinates: lines[0]! }
          : { type: 'MultiLineString', coordinates: lines };
    features[index] = { type: 'Feature', geometry, properties: {} };
  }
  if (header.id) {
    offset = decodeColumn(header.id, buffer, offset, count, (index, value) => {
      features[index]!.id = value as string | number;
    });
  }
  for (const column of header.columns) {
    offset = decodeColumn(column, buffer, offset, count, (index, value) => {
      features[index]!.properties![column.key] = value;
    });
  }
  return { type: 'FeatureCollection', features };
}
