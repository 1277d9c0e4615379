/**
 * Builds a whole tile set from a network on disk: read, validate and measure as the app does,
 * join progress sheets as the app does (where given), cut the tiles into one PMTiles archive,
 * write the columns, the points, the progress history (where sheets are given), the county
 * overview (where boundaries are given) and the manifest.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DATA_CONTRACT_VERSION,
  TILE_LAYERS,
  TILES_MANIFEST_NAME,
  TILES_MANIFEST_VERSION,
  type TilesManifest,
} from '../../src/contract/tilesManifest.ts';
import { encodeColumns } from '../../src/data/tiles/columnsCodec.ts';
import { encodeHistory } from '../../src/data/tiles/historyCodec.ts';
import { encodeSegmentBounds } from '../../src/data/tiles/segmentBoundsCodec.ts';
import { segmentColumns } from '../../src/domain/segmentIndex.ts';
import { ArchiveWriter } from './pmtiles/archiveWriter.ts';
import { countyFigures } from './countyFigures.ts';
import { readNetwork } from './readNetwork.ts';
import { addRoadTexts } from './roadTexts.ts';
import { joinForTiles, joinReportLines, readSheetFiles } from './tileProgress.ts';
import { cutPyramid, type TileInput } from './tilePyramid.ts';
import { TILE_MAX_ZOOM, TILE_MIN_ZOOM } from './tileZooms.ts';

/** The file names inside a tile set's folder. */
export const TILE_SET_FILES = {
  tiles: 'roads.pmtiles',
  columns: 'columns.bin.gz',
  points: 'points.geojson',
  segmentBounds: 'bounds.bin.gz',
} as const;

/** The county overview's file, written where boundaries are given. */
export const COUNTIES_FILE = 'counties.geojson';

/** The progress history's file (`historyCodec.ts`, gzipped), written where sheets join. */
export const HISTORY_FILE = 'history.bin.gz';

/** What to build beside the tiles. */
export interface TileSetOptions {
  /** A GeoJSON of county boundaries (polygons with a `name`) for the county overview. */
  boundaries?: string;
  /** Progress sheets (xlsx or csv by route and chainage) to join, as the app joins them. */
  progress?: readonly string[];
}

/** What building gave. */
export type TileSetOutcome = { ok: true; manifest: TilesManifest } | { ok: false };

function seconds(startedMs: number): string {
  return `${((performance.now() - startedMs) / 1000).toFixed(1)} s`;
}

function megabytes(bytes: number): string {
  return bytes < 100_000 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** What the tiles, the columns and the manifest need of a network read and measured. */
interface NetworkForTiles {
  name: string;
  synthetic: boolean;
  bounds: [number, number, number, number];
  counts: TilesManifest['counts'];
  tiles: TileInput;
  /** Whether the county overview was written. */
  counties: boolean;
  /** Whether the progress history was written. */
  history: boolean;
}

/**
 * Reads the network, writes its columns and points, and keeps only what the tiles need, so
 * that the measured segments and the parsed input are freed before tiling.
 */
async function readForTiles(
  inputs: readonly string[],
  folder: string,
  options: TileSetOptions,
  log: (line: string) => void,
  startedMs: number,
): Promise<NetworkForTiles | null> {
  // The sheets are read first, so that a sheet that is not there stops the build at once.
  const sheets = readSheetFiles(options.progress ?? []);
  let lastReport = 0;
  const reading = await readNetwork(inputs, (stage, done, total) => {
    const now = performance.now();
    if (done !== undefined && done !== total && now - lastReport < 2000) return;
    lastReport = now;
    const amount =
      done === undefined
        ? ''
        : stage === 'reading'
          ? ` ${megabytes(done)}${total ? ` of ${megabytes(total)}` : ''}`
          : ` ${done.toLocaleString('en')}${total ? ` of ${total.toLocaleString('en')}` : ''} features`;
    log(`${stage}${amount} (${seconds(startedMs)})`);
  });
  if (!reading.ok) {
    for (const problem of reading.errors.slice(0, 20)) log(`error: ${JSON.stringify(problem)}`);
    log(`the network cannot be tiled: ${reading.errors.length} errors`);
    return null;
  }
  const { dataset } = reading;
  log(
    `${dataset.segments.length.toLocaleString('en')} segments and ${dataset.points.features.length} points valid, ${dataset.errors.length} features skipped (${seconds(startedMs)})`,
  );
  mkdirSync(folder, { recursive: true });
  // With sheets, the pieces they cut stand in for the segments: their roads with dated
  // letters, their bounds, their latest columns and the history.
  if (sheets.length > 0) {
    // The pieces are drawn anew: the segments' own drawing goes first, so that memory holds
    // one drawing of the network at a time.
    dataset.roads = { type: 'FeatureCollection', features: [] };
    dataset.labels = { type: 'FeatureCollection', features: [] };
  }
  const joined = sheets.length > 0 ? await joinForTiles(dataset, sheets) : null;
  if (!joined) addRoadTexts(dataset.roads, dataset.segments);
  if (joined) {
    log(`progress joined (${seconds(startedMs)}):`);
    for (const line of joinReportLines(
      joined.report,
      joined.segments,
      joined.history.indices.length,
    ))
      log(line);
  }
  const history = joined && joined.history.dates.length > 0 ? joined.history : null;
  const columns = joined ? joined.columns : segmentColumns(dataset.segments);
  const segmentBounds = joined ? joined.segmentBounds : dataset.segmentBounds;
  const columnsBytes = gzipSync(encodeColumns(columns));
  writeFileSync(join(folder, TILE_SET_FILES.columns), columnsBytes);
  writeFileSync(join(folder, TILE_SET_FILES.points), JSON.stringify(dataset.points));
  writeFileSync(
    join(folder, TILE_SET_FILES.segmentBounds),
    gzipSync(encodeSegmentBounds(segmentBounds, dataset.bounds)),
  );
  log(`${TILE_SET_FILES.columns}: ${megabytes(columnsBytes.length)} (${seconds(startedMs)})`);
  if (history) {
    const historyBytes = gzipSync(encodeHistory(history));
    writeFileSync(join(folder, HISTORY_FILE), historyBytes);
    log(`${HISTORY_FILE}: ${megabytes(historyBytes.length)} (${seconds(startedMs)})`);
  }
  if (options.boundaries) {
    const boundaries = JSON.parse(readFileSync(options.boundaries, 'utf8')) as FeatureCollection;
    // The overview's figures are the latest ones.
    const { counties, outside } = countyFigures(boundaries, columns, segmentBounds);
    writeFileSync(join(folder, COUNTIES_FILE), JSON.stringify(counties));
    log(
      `${COUNTIES_FILE}: ${counties.features.length} counties, ${outside.toLocaleString('en')} segments in none (${seconds(startedMs)})`,
    );
  }
  return {
    name: reading.name,
    synthetic: dataset.info.synthetic,
    bounds: dataset.bounds,
    counts: {
      segments: columns.size,
      points: dataset.points.features.length,
      skipped: dataset.errors.length,
    },
    tiles: {
      roads: joined ? joined.roads : dataset.roads,
      labels: joined ? joined.labels : dataset.labels,
      points: dataset.points,
    },
    counties: options.boundaries !== undefined,
    history: history !== null,
  };
}

/**
 * Builds the tile set of the network in `inputs` into `folder`, telling `log` how it goes.
 *
 * @example
 * await buildTileSet(['sample-province/roads.geojson'], 'sample-province/tiles', console.log);
 */
export async function buildTileSet(
  inputs: readonly string[],
  folder: string,
  log: (line: string) => void,
  options: TileSetOptions = {},
): Promise<TileSetOutcome> {
  const startedMs = performance.now();
  const network = await readForTiles(inputs, folder, options, log, startedMs);
  if (!network) return { ok: false };
  const archive = new ArchiveWriter(join(folder, TILE_SET_FILES.tiles));
  const report = cutPyramid(network.tiles, {
    addTile: (zoom, x, y, compressed) => archive.addTile(zoom, x, y, compressed),
    onLowZooms: (regions) =>
      log(
        `zooms 5–7: ${archive.tileCount.toLocaleString('en')} tiles; zooms 8–14 in ${regions} regions (${seconds(startedMs)})`,
      ),
    onRegion: (done, total) => {
      if (done % 10 === 0 || done === total)
        log(
          `zooms 8–14: region ${done} of ${total}, ${archive.tileCount.toLocaleString('en')} tiles (${seconds(startedMs)})`,
        );
    },
  });
  const { bounds } = network;
  const archiveBytes = archive.finish({
    minZoom: TILE_MIN_ZOOM,
    maxZoom: TILE_MAX_ZOOM,
    bounds,
    centerZoom: TILE_MIN_ZOOM + 2,
    metadata: {
      name: network.name,
      description: 'Roadboard road network tiles',
      vector_layers: Object.values(TILE_LAYERS).map((id) => ({
        id,
        fields: {},
        minzoom: TILE_MIN_ZOOM,
        maxzoom: TILE_MAX_ZOOM,
      })),
    },
  });
  const byZoom = (counts: number[]): string =>
    counts
      .map((count, zoom) => (count > 0 ? `z${zoom} ${count}` : ''))
      .filter(Boolean)
      .join(', ');
  log(
    `${TILE_SET_FILES.tiles}: ${report.tiles.toLocaleString('en')} tiles (${byZoom(report.tilesByZoom)}), ${megabytes(archiveBytes)}`,
  );
  log(
    `largest tile ${(report.largestBytes / 1000).toFixed(0)} kB before compression; roads thinned out: ${byZoom(report.droppedByZoom) || 'none'}`,
  );
  const manifest: TilesManifest = {
    format: 'roadboard-tiles',
    manifestVersion: TILES_MANIFEST_VERSION,
    contractVersion: DATA_CONTRACT_VERSION,
    name: network.name,
    synthetic: network.synthetic,
    bounds,
    minZoom: TILE_MIN_ZOOM,
    maxZoom: TILE_MAX_ZOOM,
    counts: network.counts,
    files: {
      ...TILE_SET_FILES,
      ...(network.counties ? { counties: COUNTIES_FILE } : {}),
      ...(network.history ? { history: HISTORY_FILE } : {}),
    },
    built: new Date().toISOString(),
  };
  writeFileSync(join(folder, TILES_MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`${join(folder, TILES_MANIFEST_NAME)} written (${seconds(startedMs)})`);
  return { ok: true, manifest };
}
