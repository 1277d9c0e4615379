/**
 * The page's side of a tile set (`npm run tiles`): from the manifest's address, the manifest
 * checked, the statistics' columns (gunzipped with the browser's own `DecompressionStream`,
 * decoded) and the points, and the archive's address for MapLibre's PMTiles source. Meant to be
 * loaded with `import()` when a tile set is opened, so that the first load does not grow.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { PointFeatureProperties } from '../../contract/roadNetwork.ts';
import {
  DATA_CONTRACT_VERSION,
  TILES_MANIFEST_VERSION,
  type TilesManifest,
} from '../../contract/tilesManifest.ts';
import type { SegmentColumns } from '../../domain/segmentIndex.ts';
import { decodeColumns } from './columnsCodec.ts';

/** An opened tile set: everything but the tiles, which MapLibre reads by range requests. */
export interface OpenedTileSet {
  manifest: TilesManifest;
  columns: SegmentColumns;
  points: FeatureCollection<Point, PointFeatureProperties>;
  /** Absolute address of the PMTiles archive. */
  tilesUrl: string;
  /** Absolute address of the county overview, where the set has one. */
  countiesUrl: string | null;
}

/** Reads the bytes at an address (`fetch` by default; tests read files). */
export type ReadBytes = (url: string) => Promise<Uint8Array>;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
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

/**
 * Opens the tile set whose manifest is at `manifestUrl` (relative addresses resolve against
 * `baseUrl`). Throws with a sentence where the manifest or a file cannot be read.
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
  const manifest = JSON.parse(new TextDecoder().decode(await readBytes(url))) as unknown;
  const problem = manifestProblem(manifest);
  if (problem) throw new Error(problem);
  const { files, counts } = manifest as TilesManifest;
  const resolve = (name: string): string => new URL(name, url).href;
  const [columnsBytes, pointsBytes] = await Promise.all([
    readBytes(resolve(files.columns)).then(gunzip),
    readBytes(resolve(files.points)),
  ]);
  const columns = decodeColumns(columnsBytes);
  if (columns.size !== counts.segments)
    throw new Error(
      `the columns hold ${columns.size} segments, the manifest says ${counts.segments}`,
    );
  return {
    manifest: manifest as TilesManifest,
    columns,
    points: JSON.parse(new TextDecoder().decode(pointsBytes)) as OpenedTileSet['points'],
    tilesUrl: resolve(files.tiles),
    countiesUrl: files.counties ? resolve(files.counties) : null,
  };
}
