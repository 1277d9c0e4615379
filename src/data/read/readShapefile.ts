/**
 * Reads a shapefile (loose parts, or a zip of them) into a GeoJSON FeatureCollection in the
 * file's own coordinates, with the .prj text for the caller to reproject (`prjToProj4.ts`,
 * `reproject.ts`).
 *
 * Geometry is decoded by shpjs 6 (MIT, kept up to date, reads PolyLine/Point/MultiPoint with Z
 * and M); `shapefile` 0.6 was passed over: unreleased since 2017, a stream-based API, and it pulls
 * in the deprecated `text-encoding` polyfill. shpjs's own .dbf reading is not used: it decodes text
 * as UTF-8 unless a .cpg says otherwise, maps a .cpg of `936` to `windows-936` (which
 * `TextDecoder` refuses) and ignores the language byte. The .dbf is read by `readDbf.ts` with
 * the encoding `dbfEncoding.ts` chooses. shpjs also drops a truncated last record in silence,
 * so `shpRecords.ts` walks the record headers first to report it.
 */
import type { Feature, Geometry } from 'geojson';
import type { Problem } from '../../contract/roadNetwork.ts';
import { chooseDbfEncoding, type EncodingSource } from './dbfEncoding.ts';
import { dbfFieldNames, dbfTextSamples, readDbfHeader, readDbfRows } from './readDbf.ts';
import {
  baseNameOf,
  extensionOf,
  readProblem,
  type NamedBytes,
  type ReadResult,
} from './readResult.ts';
import { decodeShpGeometries } from './shpGeometry.ts';
import { scanShpRecords } from './shpRecords.ts';
import { judgeDecodedText } from './textGarbage.ts';
import { openZip } from './zip.ts';

/** What the reader is told beyond the files. */
export interface ShapefileOptions {
  /** The encoding the user chose for the .dbf; overrides the .cpg and everything else. */
  encodingChoice?: string | null;
}

/** A shapefile read: the features plus how its text was decoded and its .prj. */
export interface ShapefileReadResult extends ReadResult {
  /** The encoding the .dbf was decoded with (a `TextDecoder` name); null without a .dbf. */
  encoding: string | null;
  encodingSource: EncodingSource | null;
  /** The .prj's text (WKT); null when there is none. */
  prj: string | null;
}

const SHAPEFILE_PART_EXTENSIONS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);
/** Shape types of lines and points (with their Z and M variants); polygons are not roads. */
const READABLE_SHAPE_TYPES = new Set([0, 1, 3, 8, 11, 13, 18, 21, 23, 28]);
const SHAPE_TYPE_NAMES: Record<number, string> = {
  5: 'Polygon',
  15: 'PolygonZ',
  25: 'PolygonM',
  31: 'MultiPatch',
};

/** A read that ends with `problems` and nothing else. */
function failure(problems: Problem[]): ShapefileReadResult {
  return { ok: false, value: null, encoding: null, encodingSource: null, prj: null, problems };
}

function failed(problems: Problem[], code: Parameters<typeof readProblem>[1], params = {}) {
  return failure([...problems, readProblem('error', code, params)]);
}

/** The part with this extension and base name, or else the first with the extension. */
function partFor(files: readonly NamedBytes[], base: string, extension: string) {
  const candidates = files.filter((file) => extensionOf(file.name) === extension);
  const sameBase = candidates.find((file) => baseNameOf(file.name).toLowerCase() === base);
  return sameBase ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** The properties of each row and the encoding, with the .dbf's problems. */
function readTable(
  dbf: NamedBytes | undefined,
  cpg: NamedBytes | undefined,
  options: ShapefileOptions,
  problems: Problem[],
): {
  rows: Array<Record<string, unknown>> | null;
  encoding: string | null;
  source: EncodingSource | null;
} {
  if (!dbf) {
    problems.push(readProblem('warning', 'dbf-missing'));
    return { rows: null, encoding: null, source: null };
  }
  const header = readDbfHeader(dbf.bytes);
  if (!header) {
    problems.push(readProblem('warning', 'dbf-invalid', { name: dbf.name }));
    return { rows: null, encoding: null, source: null };
  }
  const choice = chooseDbfEncoding({
    choice: options.encodingChoice ?? null,
    cpgText: cpg ? new TextDecoder('utf-8').decode(cpg.bytes) : null,
    languageDriver: header.languageDriver,
    textSamples: () => dbfTextSamples(dbf.bytes, header),
  });
  if (choice.unknownCpg !== undefined) {
    problems.push(
      readProblem('warning', 'cpg-unknown', { cpg: choice.unknownCpg, encoding: choice.encoding }),
    );
  }
  const verdict = judgeDecodedText(dbfTextSamples(dbf.bytes, header), choice.encoding);
  if (verdict.garbage) {
    problems.push(
      readProblem('warning', 'dbf-encoding-garbage', {
        encoding: choice.encoding,
        source: choice.source,
        suggested: verdict.suggestedEncoding ?? '',
        examples: verdict.examples.join(' | '),
      }),
    );
  }
  const names = dbfFieldNames(header, choice.encoding);
  const rows = readDbfRows(dbf.bytes, header, choice.encoding, names);
  return { rows, encoding: choice.encoding, source: choice.source };
}

/**
 * Reads a shapefile from its parts (`.shp` required; `.dbf`, `.prj`, `.cpg` used when present;
 * extensions in any case). With several `.shp`, the first is read and a warning names the others.
 * Never throws.
 *
 * @example
 * const result = readShapefileParts([{ name: 'roads.shp', bytes: shp }, { name: 'roads.dbf', bytes: dbf }]);
 * result.value?.features[0]?.properties; // { LXBM: 'X396360726', LXMC: '永明至花园', … }
 * result.encoding; // 'gbk'
 */
export function readShapefileParts(
  files: readonly NamedBytes[],
  options: ShapefileOptions = {},
): ShapefileReadResult {
  const problems: Problem[] = [];
  const shps = files.filter((file) => extensionOf(file.name) === 'shp');
  const shp = shps[0];
  if (!shp) {
    const names = files.map((file) => file.name).join(', ');
    return failed(problems, 'shp-missing', { names });
  }
  if (shps.length > 1) {
    problems.push(
      readProblem('warning', 'layer-several', {
        read: shp.name,
        others: shps
          .slice(1)
          .map((file) => file.name)
          .join(', '),
      }),
    );
  }
  const base = baseNameOf(shp.name).toLowerCase();
  const layout = scanShpRecords(shp.bytes);
  if (!layout) return failed(problems, 'shp-header-invalid', { name: shp.name });
  if (!READABLE_SHAPE_TYPES.has(layout.shapeType)) {
    const shapeType = SHAPE_TYPE_NAMES[layout.shapeType] ?? String(layout.shapeType);
    return failed(problems, 'shp-shape-type-unsupported', { shapeType });
  }
  if (layout.truncated) {
    problems.push(
      readProblem('warning', 'shp-record-truncated', {
        recordsRead: layout.recordCount,
        fileBytes: shp.bytes.length,
        completeBytes: layout.completeBytes,
      }),
    );
  }
  const { geometries, problems: geometryProblems } = decodeShpGeometries(shp.bytes, layout);
  problems.push(...geometryProblems);
  const table = readTable(
    partFor(files, base, 'dbf'),
    partFor(files, base, 'cpg'),
    options,
    problems,
  );
  if (table.rows && table.rows.length !== geometries.length) {
    problems.push(
      readProblem('warning', 'dbf-record-count-mismatch', {
        shapeRecords: geometries.length,
        tableRecords: table.rows.length,
      }),
    );
  }
  const features: Feature<Geometry | null>[] = geometries.map((geometry, index) => ({
    type: 'Feature',
    geometry,
    properties: { ...(table.rows?.[index] ?? {}) },
  }));
  const prjPart = partFor(files, base, 'prj');
  const prj = prjPart ? new TextDecoder('utf-8').decode(prjPart.bytes).trim() : null;
  if (!prj) problems.push(readProblem('warning', 'prj-missing'));
  const usable = features.some((feature) => feature.geometry !== null);
  if (!usable) problems.push(readProblem('error', 'layer-empty', { records: features.length }));
  return {
    ok: usable,
    value: usable ? { type: 'FeatureCollection', features } : null,
    encoding: table.encoding,
    encodingSource: table.source,
    prj: prj || null,
    problems,
  };
}

/**
 * Reads a zipped shapefile: the zip is opened safely (`zip.ts`), then read as loose parts.
 *
 * @example
 * readShapefileZip(zipBytes, { encodingChoice: 'gbk' }).encodingSource; // 'choice'
 */
export function readShapefileZip(
  zipBytes: Uint8Array,
  options: ShapefileOptions = {},
): ShapefileReadResult {
  const opened = openZip(zipBytes, (name) => SHAPEFILE_PART_EXTENSIONS.has(extensionOf(name)));
  if (opened.problems.length > 0) return failure(opened.problems);
  if (!opened.files.some((file) => extensionOf(file.name) === 'shp')) {
    return failed([], 'zip-no-layer', { names: opened.files.map((file) => file.name).join(', ') });
  }
  return readShapefileParts(opened.files, options);
}
