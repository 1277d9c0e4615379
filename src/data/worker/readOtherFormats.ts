/**
 * Reading the formats other than GeoJSON, once sniffing has told them: a Shapefile (a .zip, or
 * its loose parts) reprojected from its .prj, KML or KMZ, and the refusal of content no reader
 * knows. Loaded only for such files; each reader is loaded in turn when a file needs it.
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import type { SourceDescription } from '../../contract/otherFields.ts';
import { readProblem, type NamedBytes } from '../read/readResult.ts';
import type { SniffedFormat } from '../read/sniffFormat.ts';
import type { InputReading } from './readInput.ts';
import type { OpenOptions } from './workerProtocol.ts';

function split(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity !== 'error'),
  };
}

async function bytesOf(files: readonly File[]): Promise<NamedBytes[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** A shapefile's features in lon/lat where its .prj says how; otherwise as they are. */
async function readShapefileInput(
  files: readonly File[],
  zipped: boolean,
  options: OpenOptions,
  name: string,
): Promise<InputReading> {
  const [{ readShapefileParts, readShapefileZip }, parts] = await Promise.all([
    import('../read/readShapefile.ts'),
    bytesOf(files),
  ]);
  const choice = options.encoding && options.encoding !== 'auto' ? options.encoding : null;
  const read = zipped
    ? readShapefileZip(parts[0]!.bytes, { encodingChoice: choice })
    : readShapefileParts(parts, { encodingChoice: choice });
  const description: SourceDescription = {
    format: 'shapefile',
    encoding: read.encoding,
    encodingSource: read.encodingSource,
    crs: null,
  };
  const problems = [...read.problems];
  if (!read.ok || !read.value) return { ok: false, ...split(problems), description };
  let value: unknown = read.value;
  if (read.prj) {
    const [{ prjToProj4 }, { reprojectCollection }] = await Promise.all([
      import('../read/prjToProj4.ts'),
      import('../read/reproject.ts'),
    ]);
    const reading = prjToProj4(read.prj);
    if (reading.definition) {
      problems.push(...reading.problems);
      if (reading.kind !== 'lonlat') {
        const reprojected = reprojectCollection(read.value, reading.definition);
        value = reprojected.value;
        problems.push(...reprojected.problems);
      }
      description.crs = reading.name || reading.kind;
    } else {
      // proj4 cannot read it: the coordinate step detects the system from the numbers, and asks
      // for it (a Gauss–Krüger zone, a central meridian) where they do not say.
      problems.push(
        ...reading.problems.map((problem) => ({ ...problem, severity: 'warning' as const })),
      );
    }
  }
  return { ok: true, value, name, description, warnings: problems };
}

async function readKmlInput(file: File, kmz: boolean, name: string): Promise<InputReading> {
  const [{ readKml, readKmz }, bytes] = await Promise.all([
    import('../read/readKml.ts'),
    file.arrayBuffer(),
  ]);
  const read = kmz ? readKmz(new Uint8Array(bytes)) : readKml(new Uint8Array(bytes));
  const description: SourceDescription = {
    format: kmz ? 'kmz' : 'kml',
    encoding: null,
    encodingSource: null,
    crs: null,
  };
  if (!read.ok || !read.value) return { ok: false, ...split(read.problems), description };
  return { ok: true, value: read.value, name, description, warnings: read.problems };
}

/** The error for files whose content is no format the readers know. */
function refused(format: SniffedFormat, files: readonly File[]): InputReading {
  const names = files.map((file) => file.name).join(', ');
  const code =
    format === 'empty'
      ? 'file-empty'
      : format === 'zip-other'
        ? 'zip-no-layer'
        : format === 'shapefile-without-shp'
          ? 'shp-missing'
          : 'format-unknown';
  return {
    ok: false,
    errors: [readProblem('error', code, { names })],
    warnings: [],
    description: null,
  };
}

/**
 * Reads files of a format other than GeoJSON (`format` as sniffed from them), or refuses them.
 *
 * @example
 * const reading = await readOtherFormat('shapefile', [shp, dbf, prj], 'roads', { encoding: 'gbk' });
 * if (reading.ok) reading.description; // { format: 'shapefile', encoding: 'gbk', … }
 */
export async function readOtherFormat(
  format: Exclude<SniffedFormat, 'geojson'>,
  files: readonly File[],
  name: string,
  options: OpenOptions,
): Promise<InputReading> {
  const first = files[0]!;
  switch (format) {
    case 'shapefile':
      return readShapefileInput(files, false, options, name);
    case 'shapefile-zip':
      return readShapefileInput([first], true, options, name);
    case 'kml':
    case 'kmz':
      return readKmlInput(first, format === 'kmz', name);
    default:
      return refused(format, files);
  }
}
