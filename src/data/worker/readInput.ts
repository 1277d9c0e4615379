/**
 * Reads any dataset source by its content (not its name) into a GeoJSON value in the file's own
 * field names: GeoJSON (a bare geometry wrapped, with a warning), a
 * Shapefile (a .zip, or its loose parts) reprojected from its .prj, KML or KMZ. The other
 * formats' reading (`readOtherFormats.ts`) and each reader are loaded with `import()` only when a
 * file needs them, so opening GeoJSON downloads none of them.
 */
import { GEOMETRY_TYPES } from '../../contract/geometryTypes.ts';
import type { Problem } from '../../contract/roadNetwork.ts';
import type { SourceDescription } from '../../contract/otherFields.ts';
import { PROGRESS_EVERY_BYTES, readStreamText } from '../read/readText.ts';
import { sniffFormat, sniffingBytes, sniffingBytesOf } from '../read/sniffFormat.ts';
import type { DatasetSource, OpenOptions } from './workerProtocol.ts';

/** What reading gave: the value for the next steps, or the problems that stopped it. */
export type InputReading =
  | {
      ok: true;
      /** Parsed GeoJSON (a FeatureCollection for every reader but GeoJSON itself). */
      value: unknown;
      name: string;
      description: SourceDescription;
      /** The readers' warnings (and a .prj proj4 cannot read, left to the coordinate step). */
      warnings: Problem[];
    }
  | { ok: false; errors: Problem[]; warnings: Problem[]; description: SourceDescription | null };

/** How the reader reports its progress. */
export interface ReadCallbacks {
  onTotalBytes?(totalBytes: number): void;
  onBytes?(bytesRead: number): void;
  onParsing?(): void;
}

function describe(format: string, crs: string | null = null): SourceDescription {
  return { format, encoding: null, encodingSource: null, crs };
}

/** The bytes of a response, read in chunks with progress, and the name its address ends in. */
async function fetchBytes(
  url: string,
  callbacks: ReadCallbacks,
): Promise<{ bytes: Uint8Array; name: string }> {
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const length = Number(response.headers.get('content-length'));
  if (length > 0) callbacks.onTotalBytes?.(length);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  let reportedAt = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytesRead += value.length;
    // Progress every couple of megabytes: each report is a message the page redraws for.
    if (bytesRead - reportedAt >= PROGRESS_EVERY_BYTES) {
      reportedAt = bytesRead;
      callbacks.onBytes?.(bytesRead);
    }
  }
  callbacks.onBytes?.(bytesRead);
  const bytes = new Uint8Array(bytesRead);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  return { bytes, name };
}

/** The files of a source, or its value where it is one already. */
async function filesOf(
  source: DatasetSource,
  callbacks: ReadCallbacks,
): Promise<
  | { files: File[]; name: string }
  | { value: unknown; name: string }
  | { bytes: Uint8Array; fileName: string; name: string }
> {
  switch (source.kind) {
    case 'object':
      return { value: source.value, name: source.name ?? '' };
    case 'text':
      return {
        files: [new File([source.text], source.name ?? 'data.geojson')],
        name: source.name ?? '',
      };
    case 'file':
      return { files: [source.file], name: source.file.name };
    case 'files':
      return { files: [...source.files], name: source.files.map((file) => file.name).join(', ') };
    case 'saved': {
      const { readSavedDataset } = await import('../store/savedDataset.ts');
      const saved = await readSavedDataset();
      if (!saved) throw new Error('no saved dataset');
      return { files: [new File([saved.geojson], 'saved.geojson')], name: saved.name };
    }
    case 'url': {
      // Kept in memory: GeoJSON, the common case, is parsed from these bytes as they are.
      const fetched = await fetchBytes(source.url, callbacks);
      return { bytes: fetched.bytes, fileName: fetched.name, name: source.url };
    }
  }
}

/** A parsed JSON value as the next steps take it: a bare geometry wrapped, with its warning. */
async function asCollection(value: unknown): Promise<{ value: unknown; problems: Problem[] }> {
  const type =
    typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) return { value, problems: [] };
  const { wrapBareGeometry } = await import('../read/bareGeometry.ts');
  const wrapped = wrapBareGeometry(value);
  return { value: wrapped.ok ? wrapped.value : value, problems: wrapped.problems };
}

/**
 * Files up to this size are parsed as one string, the quickest way; larger ones go through the
 * streaming reader, which is not bound by the browser's longest string.
 */
const WHOLE_TEXT_LIMIT_BYTES = 256 * 1024 * 1024;

/**
 * A GeoJSON file parsed: small files with one `JSON.parse`, large ones feature by feature. A
 * file that `JSON.parse` refuses is read again by the streaming reader, loaded then, which says
 * where the file is broken (byte, feature) and whether it is cut short: it throws then an error
 * whose message starts `not JSON:`.
 */
async function parseGeojson(input: File | Uint8Array, callbacks: ReadCallbacks): Promise<unknown> {
  const inMemory = input instanceof Uint8Array;
  const size = inMemory ? input.byteLength : input.size;
  if (size <= WHOLE_TEXT_LIMIT_BYTES) {
    const text = inMemory
      ? new TextDecoder().decode(input)
      : await readStreamText(input.stream(), (bytesRead) => callbacks.onBytes?.(bytesRead));
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // The streaming reader below reads it again and says where it is broken.
    }
  }
  const [{ readGeojsonStream }, { GeojsonReadError }] = await Promise.all([
    import('../read/geojsonStream.ts'),
    import('../read/geojsonReadError.ts'),
  ]);
  const stream = (inMemory ? new Blob([input as BlobPart]) : input).stream();
  try {
    return await readGeojsonStream(stream, { onBytes: callbacks.onBytes, totalBytes: size });
  } catch (error) {
    if (error instanceof GeojsonReadError) {
      throw new Error(`not JSON: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

async function readGeojsonInput(
  input: File | Uint8Array,
  name: string,
  callbacks: ReadCallbacks,
): Promise<InputReading> {
  if (input instanceof File) callbacks.onTotalBytes?.(input.size);
  const parsed = await parseGeojson(input, callbacks);
  callbacks.onParsing?.();
  const wrapped = await asCollection(parsed);
  return {
    ok: true,
    value: wrapped.value,
    name,
    description: describe('geojson'),
    warnings: wrapped.problems,
  };
}

/**
 * Reads a source by its content. Throws only for a source that cannot be read at all (a
 * network failure, JSON that does not parse): the worker turns that into the read failure.
 *
 * @example
 * const reading = await readInput({ kind: 'files', files: [shp, dbf, prj] }, { encoding: 'gbk' });
 * if (reading.ok) reading.description; // { format: 'shapefile', encoding: 'gbk', … }
 */
export async function readInput(
  source: DatasetSource,
  options: OpenOptions = {},
  callbacks: ReadCallbacks = {},
): Promise<InputReading> {
  const got = await filesOf(source, callbacks);
  if ('value' in got) {
    const wrapped = await asCollection(got.value);
    return {
      ok: true,
      value: wrapped.value,
      name: got.name,
      description: describe('object'),
      warnings: wrapped.problems,
    };
  }
  if ('bytes' in got) {
    if ((await sniffFormat([sniffingBytesOf(got.fileName, got.bytes)])) === 'geojson') {
      return readGeojsonInput(got.bytes, got.name, callbacks);
    }
    return readFiles(
      [new File([got.bytes as BlobPart], got.fileName)],
      got.name,
      options,
      callbacks,
    );
  }
  return readFiles(got.files, got.name, options, callbacks);
}

/** Reads files by their content. */
async function readFiles(
  files: File[],
  name: string,
  options: OpenOptions,
  callbacks: ReadCallbacks,
): Promise<InputReading> {
  const format = await sniffFormat(await sniffingBytes(files));
  const first = files[0]!;
  if (format === 'geojson') return readGeojsonInput(first, name, callbacks);
  const { readOtherFormat } = await import('./readOtherFormats.ts');
  return readOtherFormat(format, files, name, options);
}
