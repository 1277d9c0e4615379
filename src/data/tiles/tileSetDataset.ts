/**
 * A tile set as a dataset of the app: the columns count every figure and filter, the points
 * are drawn and listed as usual, and the map reads the roads and route codes from the archive.
 * There are no measured segments on the page: a segment's details come from its columns and its
 * tile feature (`tileSegment.ts`). A set built with progress sheets carries the pieces' history,
 * so that the as-of slider and the map's dated colours work as on a network opened with its
 * sheets; the sheets' report stays with the build's console.
 */
import { columnOptions } from '../../domain/columnOptions.ts';
import { SegmentIndex } from '../../domain/segmentIndex.ts';
import { COLOR_MODES, type ColorMode, type GroupTotals } from '../../domain/types.ts';
import type { UnfilteredFigures } from '../../domain/unfilteredFigures.ts';
import type { LoadedDataset } from '../worker/workerProtocol.ts';
import type { OpenedTileSet } from './openTileSet.ts';

const EMPTY_FEATURES = new Blob([]);

/**
 * The dataset of an opened tile set, named `sourceName` (its address or file).
 *
 * @example
 * const dataset = tileSetDataset(await openTileSet(url, location.href), url);
 * dataset.unfiltered.summary.segments; // the manifest's count
 */
export function tileSetDataset(set: OpenedTileSet, sourceName: string): LoadedDataset {
  const { manifest, columns, points } = set;
  const index = new SegmentIndex(columns);
  const legendCounts = {} as Record<ColorMode, Map<string, GroupTotals>>;
  for (const mode of COLOR_MODES) legendCounts[mode] = index.bucketTotals(mode, null);
  const unfiltered: UnfilteredFigures = {
    summary: index.summary(null),
    options: columnOptions(columns),
    legendCounts,
  };
  return {
    info: { name: manifest.name, synthetic: manifest.synthetic },
    segments: [],
    labelIds: new Uint32Array(0),
    points,
    bounds: manifest.bounds,
    segmentBounds: new Float64Array(0),
    otherFields: [],
    errors: [],
    warnings: [],
    roadsData: EMPTY_FEATURES,
    labelsData: EMPTY_FEATURES,
    normalisedGeojson: () => Promise.reject(new Error('a tile set has no GeoJSON to download')),
    assumedCoordinateSystem: null,
    sourceName,
    unfiltered,
    columns,
    source: { format: 'pmtiles', encoding: null, encodingSource: null, crs: null },
    mapping: null,
    mappingNotes: [],
    history: set.history,
    progress: null,
    locateChainage: () => Promise.resolve(null),
    release: () => undefined,
    tiles: { source: set.source, segmentBounds: set.segmentBounds },
  };
}
