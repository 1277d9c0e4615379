/**
 * A dataset's way into MapLibre's GeoJSON sources: the roads the map is made with, the data of
 * each dataset's sources (see `openBlob`), the sources held back until the roads' first idle,
 * and letting the previous dataset's data go once the next one is drawn.
 */
import type { LoadedDataset } from '../data/worker/workerProtocol.ts';
import type { GeojsonSourceId } from '../style/baseStyle.ts';
import { LABELS_SOURCE, POINTS_SOURCE, ROADS_SOURCE } from '../style/ids.ts';
import { openBlob, type SourceBlob, type SourceData } from './workerBlobs.ts';

/** Data by GeoJSON source id. */
export type SourcesData = Partial<Record<GeojsonSourceId, SourceData>>;

/**
 * The sources given their data at the roads' first idle (route codes, points): MapLibre draws
 * the roads as soon as plain MapLibre would, then the rest.
 */
export const DEFERRED_SOURCES: readonly GeojsonSourceId[] = [LABELS_SOURCE, POINTS_SOURCE];

/** A dataset made the current one (`DatasetSources.take`). */
export interface TakenDataset {
  /** The data to give MapLibre now: the roads, unless the map was made with them. */
  now: SourcesData;
  /** The map was made with this dataset's roads: they are drawn, and framed, already. */
  madeWithRoads: boolean;
  /** Lets the data of the datasets before this one go; call once this one is drawn. */
  releasePrevious(): void;
}

export class DatasetSources {
  /** The roads the map was made with, until their dataset is taken. */
  #initialRoads: { blob: Blob; opened: SourceBlob } | null;
  /** The data of the current dataset (or of the roads the map was made with). */
  #opened: SourceBlob[];
  /** Data of the current dataset's `DEFERRED_SOURCES`, until `takeDeferred`. */
  #deferred: [GeojsonSourceId, SourceData][] = [];
  /** The dataset of the last `take`. */
  #latest: LoadedDataset | null = null;

  private constructor(initialRoads: { blob: Blob; opened: SourceBlob } | null) {
    this.#initialRoads = initialRoads;
    this.#opened = initialRoads ? [initialRoads.opened] : [];
  }

  /** Opens the roads the map is made with (the first dataset's, posted before it), if any. */
  static async create(initialRoads: Blob | null): Promise<DatasetSources> {
    if (!initialRoads) return new DatasetSources(null);
    return new DatasetSources({ blob: initialRoads, opened: await openBlob(initialRoads) });
  }

  /** The data of the map's first style: the roads it is made with, if any. */
  get initialData(): SourcesData {
    return this.#initialRoads ? { [ROADS_SOURCE]: this.#initialRoads.opened.data } : {};
  }

  /**
   * Makes a dataset the current one. Resolves with null when another dataset was taken
   * meanwhile (its data is let go).
   */
  async take(dataset: LoadedDataset): Promise<TakenDataset | null> {
    this.#latest = dataset;
    const initial = this.#initialRoads?.blob === dataset.roadsData ? this.#initialRoads : null;
    const madeWithRoads = initial !== null;
    const [roads, labels] = await Promise.all([
      initial?.opened ?? openBlob(dataset.roadsData),
      openBlob(dataset.labelsData),
    ]);
    if (this.#latest !== dataset) {
      if (!madeWithRoads) roads.close();
      labels.close();
      return null;
    }
    const previous = this.#opened;
    this.#initialRoads = null;
    this.#opened = [roads, labels];
    this.#deferred = [
      [LABELS_SOURCE, labels.data],
      [POINTS_SOURCE, dataset.points],
    ];
    return {
      now: madeWithRoads ? {} : { [ROADS_SOURCE]: roads.data },
      madeWithRoads,
      releasePrevious: () => {
        for (const opened of previous) if (!this.#opened.includes(opened)) opened.close();
      },
    };
  }

  /** The data of `dataset`'s deferred sources, once; none when it is no longer the current one. */
  takeDeferred(dataset: LoadedDataset): [GeojsonSourceId, SourceData][] {
    if (dataset !== this.#latest) return [];
    const deferred = this.#deferred;
    this.#deferred = [];
    return deferred;
  }

  /** Lets every dataset's data go: the map shows a network from elsewhere (a tile set). */
  clear(): void {
    this.#latest = null;
    this.#deferred = [];
    this.#initialRoads = null;
    this.destroy();
    this.#opened = [];
  }

  /** Lets the current data go. */
  destroy(): void {
    for (const opened of this.#opened) opened.close();
  }
}
