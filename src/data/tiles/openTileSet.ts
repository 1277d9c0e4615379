/**
 * The page's side of a tile set (`npm run tiles`): from the manifest's address, the manifest
 * checked, the statistics' columns (gunzipped with the browser's own `DecompressionStream`,
 * decoded), the progress history where the set has one, and the points, and the archive's
 * address for MapLibre's PMTiles source. Meant to be loaded with `import()` when a tile set is
 * opened, so that the first load does not grow.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { PointFeatureProperties } from '../../contract/roadNetwork.ts';
import {
  DATA_CONTRACT_VERSION,
  TILES_MANIFEST_VERSION,
  TILES_MANIFEST_NAME,
  type TileSetSource,
  type TilesManifest,
} from '../../contract/tilesManifest.ts';
import type { ColumnsHistory } from '../../domain/historyColumns.ts';
import type { SegmentColumns } from '../../domain/segmentIndex.ts';
import { decodeColumns } from './columnsCodec.ts';
import { decodeHistory } from './historyCodec.ts';
import { decodeSegmentBounds } from './segmentBoundsCodec.ts';

/** An opened tile set: everything but the tiles, which MapLibre reads by range requests. */
export interface OpenedTileSet {
  manifest: TilesManifest;
  columns: SegmentColumns;
  /** The pieces' columns at each date of the progress history; null where the set has none. */
  history: ColumnsHistory | null;
  points: FeatureCollection<Point, PointFeatureProperties>;
  /** Where the map reads the archive and the county overview. */
  source: TileSetSource;
  /** Each segment's bounds (4 numbers per segment), read on the first call; null: none. */
  segmentBounds(): Promise<Float64Array | null>;
}

/** Reads the bytes at an address (`fetch` by default; tests read files). */
export type ReadBytes = (url: string) => Promise<Uint8Array>;

/** Why a tile set cannot be opened, in a sentence. */
export class TileSetError extends Error {}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new TileSetError(`HTTP ${response.status} ${response.statusText} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The bytes of a gzip file, decompressed. A server may have sent the file with
 * `Content-Encoding: gzip` (a static server taking `.gz` for a precompressed copy), so that the
 * browser has decompressed it already: bytes without gzip's magic number are taken as they are.
 */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Why a manifest cannot be opened, or null where it can. */
export function manifestProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'the manifest is not a JSON object';
  const manifest = value as Partial<TilesManifest>;
  if (manifest.format !== 'roadboard-tiles') return 'not a Roadboard tile set manifest';
  if (manifest.manifestVersion !== TILES_MANIFEST_VERSION)
    return `manifest version ${String(manifest.manifestVersion)}; this app reads ${TILES_MANIFEST_VERSION}`;
  if (manifest.contractVersion !== DATA_CONTRACT_VERSION)
    return `data contract version ${String(manifest.contractVersion)}; this app reads ${DATA_CONTRACT_VERSION}`;
  const files = manifest.files;
  if (!files || typeof files.tiles !== 'string' || typeof files.columns !== 'string')
    return 'the manifest names no tiles or columns file';
  return null;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new TileSetError(`${what} is not JSON`);
  }
}

/**
 * The manifest, columns, history and points of a set whose files `read` reads by their names;
 * the history only where the manifest names it and `has` it.
 */
async function readTileSet(
  read: (name: string) => Promise<Uint8Array>,
  manifestName: string,
  place: (
    manifest: TilesManifest,
  ) => Omit<OpenedTileSet, 'manifest' | 'columns' | 'history' | 'points'>,
  has: (name: string) => boolean = () => true,
): Promise<OpenedTileSet> {
  const manifest = parseJson(await read(manifestName), manifestName);
  const problem = manifestProblem(manifest);
  if (problem) throw new TileSetError(problem);
  const { files, counts } = manifest as TilesManifest;
  const [columnsBytes, pointsBytes, historyBytes] = await Promise.all([
    read(files.columns).then(gunzip),
    read(files.points),
    files.history && has(files.history) ? read(files.history).then(gunzip) : null,
  ]);
  let columns: SegmentColumns;
  try {
    columns = decodeColumns(columnsBytes);
  } catch (error) {
    throw new TileSetError(`${files.columns}: ${(error as Error).message}`);
  }
  if (columns.size !== counts.segments)
    throw new TileSetError(
      `the columns hold ${columns.size} segments, the manifest says ${counts.segments}`,
    );
  let history: ColumnsHistory | null = null;
  if (historyBytes) {
    try {
      history = decodeHistory(historyBytes);
    } catch (error) {
      throw new TileSetError(`${files.history}: ${(error as Error).message}`);
    }
    if (history.indices.some((index) => index >= columns.size))
      throw new TileSetError(`${files.history}: a piece beyond the ${columns.size} segments`);
  }
  return {
    manifest: manifest as TilesManifest,
    columns,
    history,
    points: parseJson(pointsBytes, files.points) as OpenedTileSet['points'],
    ...place(manifest as TilesManifest),
  };
}

/** Reads a set's segment bounds once, on the first call. */
function boundsReader(
  name: string | undefined,
  read: (name: string) => Promise<Uint8Array>,
): () => Promise<Float64Array | null> {
  let bounds: Promise<Float64Array | null> | null = null;
  return () =>
    (bounds ??= name
      ? read(name)
          .then(gunzip)
          .then(decodeSegmentBounds)
          .catch(() => null)
      : Promise.resolve(null));
}

/**
 * Opens the tile set whose manifest is at `manifestUrl` (relative addresses resolve against
 * `baseUrl`). Throws a `TileSetError` where the manifest or a file cannot be read.
 *
 * @example
 * const { openTileSet } = await import('../data/tiles/openTileSet.ts');
 * const set = await openTileSet('tiles/roadboard-tiles.json', location.href);
 * new SegmentIndex(set.columns).summary(null).segments; // set.manifest.counts.segments
 */
export async function openTileSet(
  manifestUrl: string,
  baseUrl: string,
  readBytes: ReadBytes = fetchBytes,
): Promise<OpenedTileSet> {
  const url = new URL(manifestUrl, baseUrl).href;
  const resolve = (name: string): string => new URL(name, url).href;
  const read = (name: string) => readBytes(resolve(name));
  const opened = await readTileSet(read, url, (manifest) => ({
    source: {
      manifest,
      archive: { kind: 'url', url: resolve(manifest.files.tiles) },
      counties: null,
    },
    segmentBounds: boundsReader(manifest.files.segmentBounds, read),
  }));
  // The county overview is read here, not by MapLibre: its labels need each county's point.
  const countiesName = opened.manifest.files.counties;
  if (countiesName) {
    opened.source.counties = {
      kind: 'data',
      value: parseJson(await read(countiesName), countiesName),
    };
  }
  return opened;
}

/**
 * Opens a tile set from files chosen on this computer: the manifest and the files it names
 * (matched by name; the archive is read by MapLibre through the \`pmtiles\` library, with no
 * server). Throws a `TileSetError` naming a file that is missing; the segment bounds, the
 * progress history and the county overview are read where they are among the files.
 *
 * @example
 * await openLocalTileSet([...input.files]); // roadboard-tiles.json, roads.pmtiles, columns.bin.gz …
 */
export async function openLocalTileSet(files: readonly File[]): Promise<OpenedTileSet> {
  const byName = new Map(files.map((file) => [file.name, file]));
  const manifestFile = byName.get(TILES_MANIFEST_NAME);
  if (!manifestFile) throw new TileSetError(`${TILES_MANIFEST_NAME} is not among the files`);
  const fileNamed = (name: string): File => {
    const file = byName.get(name.split('/').pop() ?? name);
    if (!file)
      throw new TileSetError(`${name}, named in ${TILES_MANIFEST_NAME}, is not among the files`);
    return file;
  };
  const read = async (name: string) => new Uint8Array(await fileNamed(name).arrayBuffer());
  const chosen = (name: string): boolean => byName.has(name.split('/').pop() ?? name);
  const opened = await readTileSet(
    read,
    TILES_MANIFEST_NAME,
    (manifest) => {
      const archive = fileNamed(manifest.files.tiles);
      return {
        source: {
          manifest,
          archive: { kind: 'file', file: archive, name: archive.name },
          counties: null,
        },
        segmentBounds: boundsReader(
          manifest.files.segmentBounds && byName.has(manifest.files.segmentBounds)
            ? manifest.files.segmentBounds
            : undefined,
          read,
        ),
      };
    },
    chosen,
  );
  const countiesName = opened.manifest.files.counties;
  if (countiesName && byName.has(countiesName.split('/').pop() ?? countiesName)) {
    opened.source.counties = {
      kind: 'data',
      value: parseJson(await read(countiesName), countiesName),
    };
  }
  return opened;
}
