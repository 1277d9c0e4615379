/**
 * What the page can ask the data worker to open, and what the worker says back.
 */
import type { Datum, OpenStage } from '../../contract/opening.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import type { SegmentColumns } from '../../domain/segmentIndex.ts';
import type { UnfilteredFigures } from '../../domain/unfilteredFigures.ts';
import type { PrepareOutcome, PreparedDataset } from './prepareDataset.ts';
import type { SourceDescription } from '../../contract/otherFields.ts';
import type { FieldMapping } from '../mapping/fieldMapping.ts';
import type { MappingNote } from '../mapping/notes.ts';
import type { SheetFile } from './joinSheets.ts';
import type { ColumnsHistory } from '../../domain/historyColumns.ts';
import type { ProgressReport } from '../../contract/progressReport.ts';
import type { ChainagePlace } from '../../domain/pointAtChainage.ts';
import type { TileSetSource } from '../../contract/tilesManifest.ts';

/**
 * A network opened as a pre-built tile set (`npm run tiles`): the map reads its roads and route
 * codes from the archive; the dataset has its columns but no measured segments.
 */
export interface TiledNetwork {
  source: TileSetSource;
  /** Each segment's bounds (4 numbers per segment), read on the first call; null: none. */
  segmentBounds(): Promise<Float64Array | null>;
}

/** Where a dataset comes from. */
export type DatasetSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File }
  /** Several files chosen or dropped together: a shapefile's loose parts. */
  | { kind: 'files'; files: File[] }
  | { kind: 'text'; text: string; name?: string }
  | { kind: 'object'; value: unknown; name?: string }
  /** The dataset last opened successfully, kept in IndexedDB. */
  | { kind: 'saved' };

export interface OpenOptions {
  /** The datum the user says the coordinates are in; default WGS 84 / CGCS2000. */
  datum?: Datum;
  /** Central meridian for Gauss–Krüger coordinates without a zone number. */
  centralMeridianDeg?: number;
  /** Keep the dataset in IndexedDB so it comes back after a reload (default true). */
  persist?: boolean;
  /** A shapefile's .dbf text encoding (`gbk`, `gb18030`, `utf-8`, `big5`); `auto` or absent: detect. */
  encoding?: string;
  /** A field mapping the user edited (`serialiseMapping`), used where it fits the file. */
  mapping?: string;
  /** The mappings remembered in the browser, by `fieldSetKey`: the file's own is used. */
  storedMappings?: Record<string, string>;
  /**
   * Town boundaries (乡镇界: polygons with a name field, GeoJSON or a zipped Shapefile): roads
   * are split at them for every figure by town. Absent: a road counts in each town it serves.
   */
  townBoundaries?: DatasetSource;
  /** Progress sheets (进度表) to join onto the network, in the order they were loaded. */
  progressSheets?: SheetFile[];
}

export interface OpenRequest {
  source: DatasetSource;
  options: OpenOptions;
}

export interface OpenProgress {
  stage: OpenStage;
  bytesRead: number;
  /** Total bytes where known (a file, or a response with Content-Length). */
  totalBytes: number | null;
  featuresValidated: number;
  featureCount: number | null;
}

/**
 * A prepared dataset as it reaches the page: the features to draw travel in Blobs, in
 * Roadboard's binary feature format (`featureCodec.ts`), which MapLibre's own worker reads by
 * URL, so the page never parses or copies geometry.
 */
export interface LoadedDataset extends Omit<
  PreparedDataset,
  'roads' | 'labels' | 'normalise' | 'lines'
> {
  /**
   * The road lines (partly built segments in two pieces), in draw order, as binary features
   * (MapLibre's worker reads them by URL).
   */
  roadsData: Blob;
  /** The route-code label points, as binary features. */
  labelsData: Blob;
  /**
   * The dataset as contract GeoJSON (WGS 84), for "Download". Built by the data worker when
   * first asked for (the app asks once the map has drawn the roads, see datasetLoader), unless
   * it was built before the answer (a dataset kept in IndexedDB).
   */
  normalisedGeojson(): Promise<Blob>;
  /** The coordinate system assumed, in words, when it was not plain lon/lat. */
  assumedCoordinateSystem: string | null;
  /** Where it came from: a file name, an address, or "" for the sample. */
  sourceName: string;
  /** Statistics, filter choices and legend counts with no filter. */
  unfiltered: UnfilteredFigures;
  /** The segments laid out for counting: a filter's statistics come from them (`SegmentIndex`). */
  columns: SegmentColumns;
  /** The file's format, text encoding and coordinate system. */
  source: SourceDescription;
  /** The field mapping used; null for a file in the contract's own names. */
  mapping: FieldMapping | null;
  /** What the mapping did, grouped by kind. */
  mappingNotes: MappingNote[];
  /** The pieces' columns at each date of the progress history; null without sheets. */
  history: ColumnsHistory | null;
  /** What joining the progress sheets gave; null without sheets. */
  progress: ProgressReport | null;
  /**
   * Where a route's chainage lies on the network (the segment by its index here, and the
   * point), asked of the data worker; null once the dataset is released.
   */
  locateChainage(route: string, km: number): Promise<ChainagePlace | null>;
  /** Lets the data worker go (the dataset is no longer shown). */
  release(): void;
  /** Where the network is a tile set: its archive; `segments` is then empty. */
  tiles?: TiledNetwork;
}

/** The worker's final answer. */
export type OpenOutcome =
  | { ok: true; dataset: LoadedDataset }
  | (Extract<PrepareOutcome, { ok: false }> & {
      readFailure?: undefined;
      /** What was read before it failed, where reading got that far. */
      source?: SourceDescription | null;
      mapping?: FieldMapping | null;
    })
  | { ok: false; readFailure: string; errors: []; warnings: [] };

/**
 * The dataset as the worker posts it: `segments` empty (they come in batches before it), the
 * roads' GeoJSON left out (it came first, in a `roads` message), and
 * the normalised GeoJSON null when it is built only when asked for (a dataset not kept in
 * IndexedDB): the page posts `NORMALISE_REQUEST`, the worker answers with a `normalised`
 * message.
 */
export interface PostedDataset extends Omit<
  LoadedDataset,
  'normalisedGeojson' | 'roadsData' | 'locateChainage' | 'release' | 'tiles'
> {
  normalisedGeojson: Blob | null;
}

export type PostedOutcome =
  { ok: true; dataset: PostedDataset } | Exclude<OpenOutcome, { ok: true }>;

/**
 * The worker's messages: progress; the measured segments in batches (each is taken in as its
 * own short task, where one message of a large dataset would hold the page for a long copy; see
 * docs/performance.md); the outcome; then, where it was left out of the outcome, the normalised
 * GeoJSON.
 */
/** What the page posts to the data worker, after the answer, to have the normalised GeoJSON built. */
export const NORMALISE_REQUEST = 'normalise';

/**
 * The roads of a dataset that validated, posted before the rest of the answer: enough for the
 * map to start drawing while the worker finishes (statistics, route codes, the segments).
 */
export interface DrawnRoads {
  /** The roads as binary features, in draw order; the same Blob as the dataset's `roadsData`. */
  roadsData: Blob;
  /** West, south, east, north of the dataset, in degrees. */
  bounds: [number, number, number, number];
}

/** A question the page asks the data worker about the network shown: where a chainage lies. */
export interface LocateRequest {
  type: 'locate';
  /** Matches the answer to the question. */
  id: number;
  route: string;
  km: number;
}

export type WorkerMessage =
  | { type: 'progress'; progress: OpenProgress }
  | { type: 'roads'; roads: DrawnRoads }
  | { type: 'segments'; segments: MeasuredSegment[] }
  | { type: 'done'; outcome: PostedOutcome }
  | { type: 'normalised'; geojson: Blob }
  | { type: 'located'; id: number; place: ChainagePlace | null };
