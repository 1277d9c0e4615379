/**
 * `roadboard-tiles.json`: the manifest of a tile set that `npm run tiles` writes beside its
 * PMTiles archive and its columns file, and from which the app opens the set. File names are
 * relative to the manifest's own address.
 */

/** The version of the data contract (`roadNetwork.ts`) the tile set's properties follow. */
export const DATA_CONTRACT_VERSION = 1;

/** The version of this manifest's own shape. */
export const TILES_MANIFEST_VERSION = 1;

/** The name of the manifest file in a tile set's folder. */
export const TILES_MANIFEST_NAME = 'roadboard-tiles.json';

/** The vector tile layers of the archive. */
export const TILE_LAYERS = {
  roads: 'roads',
  labels: 'labels',
  points: 'points',
} as const;

/** The manifest of a tile set. */
export interface TilesManifest {
  /** Always `roadboard-tiles`. */
  format: 'roadboard-tiles';
  manifestVersion: number;
  contractVersion: number;
  /** The dataset's name (its `roadboard.name`, else the input file's name). */
  name: string;
  /** True where the geometry is made up (the sample province). */
  synthetic: boolean;
  /** [west, south, east, north] of the roads and points. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  counts: {
    segments: number;
    points: number;
    /** Features the validator skipped. */
    skipped: number;
  };
  files: {
    /** The PMTiles v3 archive of the `TILE_LAYERS`. */
    tiles: string;
    /** The statistics' columns (`columnsCodec.ts`), gzip-compressed. */
    columns: string;
    /** The point features (bridges, stations …) as GeoJSON, for their details and counts. */
    points: string;
    /**
     * County boundaries with the figures of their segments (`name`, `segments`, `lengthKm`,
     * `completionRatio`, `guardCoverageRatio` …; a ratio of -1: none), for the overview at
     * province zoom; absent where the set was built without boundaries.
     */
    counties?: string;
    /**
     * Each segment's bounds (`segmentBoundsCodec.ts`), gzip-compressed: read when the app first
     * frames segments (a search result); absent where the set was built without them.
     */
    segmentBounds?: string;
    /**
     * The progress history of the pieces progress sheets cut (`historyCodec.ts`: the dates and
     * the pieces' dated columns), gzip-compressed, for the as-of slider; absent where the set
     * was built without sheets. The columns are then the pieces' as of the latest date.
     */
    history?: string;
  };
  /** When the set was built, ISO 8601. */
  built: string;
}

/** Where the map reads an opened tile set from. */
export interface TileSetSource {
  manifest: TilesManifest;
  /** The PMTiles archive: an address, or a file chosen on this computer. */
  archive: { kind: 'url'; url: string } | { kind: 'file'; file: Blob; name: string };
  /** The county overview (GeoJSON with figures), where the set has one. */
  counties: { kind: 'url'; url: string } | { kind: 'data'; value: unknown } | null;
}
