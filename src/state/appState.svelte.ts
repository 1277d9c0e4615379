/**
 * The app's state: one instance, shared by the panels, the map view and the automation API.
 * Big collections are held raw and replaced, never mutated; everything else is derived.
 */
import type { Insets } from '../contract/insets.ts';
import { isEmptyFilter } from '../domain/emptyFilter.ts';
import type { FeatureCollection } from 'geojson';
import type { LoadedDataset } from '../data/worker/workerProtocol.ts';
import { filterOptions, withPointOptions } from '../domain/filterOptions.ts';
import { pointSummary } from '../domain/pointSummary.ts';
import type { PointHover, RoadHover } from '../domain/hoverChainage.ts';
import { SegmentIndex, segmentColumns } from '../domain/segmentIndex.ts';
import { columnsAsOf } from '../domain/historyColumns.ts';
import type { ColorMode, FilterState, MeasuredSegment } from '../domain/types.ts';
import { STRINGS, type Locale } from '../i18n/strings.ts';
import type { Camera } from '../contract/camera.ts';
import { sameTileFeatureText, type TileFeatureText } from '../domain/tileFeatureText.ts';
import type { CountyHover } from '../domain/countyHover.ts';

/** Where a dataset came from: the built-in sample, or something the user opened. */
export type DatasetOrigin = 'sample' | 'user';

/** The colour mode, filter, hidden legend entries and as-of date of a view. */
export interface ViewChoice {
  mode: ColorMode;
  filter: FilterState;
  hiddenBuckets: string[];
  /** The date of the progress history shown; null: the latest. */
  asOf: string | null;
}

export class AppState {
  locale = $state<Locale>('zh');
  mode = $state<ColorMode>('status');
  /** Replaced as a whole on every change. */
  filter = $state.raw<FilterState>({});
  /** Legend entries of the current mode that are hidden on the map. */
  hiddenBuckets = $state.raw<string[]>([]);
  selectedIndex = $state<number | null>(null);
  /** The selected point feature, by index in the dataset's points; null: none. */
  selectedPointIndex = $state<number | null>(null);
  /** The road under the pointer, where the pointer is (for the hover tooltip); null: none. */
  hover = $state.raw<RoadHover | null>(null);
  /** The point feature under the pointer (for the hover tooltip); null: none. */
  hoverPoint = $state.raw<PointHover | null>(null);
  dataset = $state.raw<LoadedDataset | null>(null);
  /** Where the dataset on screen came from. */
  datasetOrigin = $state<DatasetOrigin>('sample');
  context = $state.raw<FeatureCollection | null>(null);
  loadError = $state<string | null>(null);
  onlineBasemap = $state(false);
  /** The camera to restore from a link, taken once when the map first shows data. */
  initialCamera = $state.raw<Camera | null>(null);
  camera = $state.raw<Camera | null>(null);
  /** How much of the map the panels cover, so framing keeps roads in view. */
  mapInsets = $state.raw<Insets>({ top: 0, right: 0, bottom: 0, left: 0 });
  /** A request for the map to frame some segments and points (from search); a new object each time. */
  focusRequest = $state.raw<{
    segmentIndices: readonly number[];
    pointIndices: readonly number[];
  } | null>(null);
  /** A request for the map to fly to a camera (a view of presentation mode); a new object each time. */
  cameraRequest = $state.raw<Camera | null>(null);
  /** The roads of the search result shown, outlined on the map; empty: none. */
  found = $state.raw<readonly number[]>([]);
  /**
   * The date the map and figures show of the loaded progress history (an ISO date); null: the
   * latest. A date between two of the history's shows the earlier one (the rows in force).
   */
  asOf = $state<string | null>(null);
  /** The showing of a dataset keeps the camera (progress sheets joined onto the same network). */
  keepsView = $state(false);

  /**
   * The mode, filter and hidden legend entries the figures of the panels (legend, statistics)
   * describe. They follow the chosen ones once the map has taken them in, right after its next
   * frame (`roadMapBinding`): MapLibre's workers start on a change before the panels are
   * redrawn for it.
   * Replaced as a whole.
   */
  shown = $state.raw<ViewChoice>({ mode: 'status', filter: {}, hiddenBuckets: [], asOf: null });

  strings = $derived(STRINGS[this.locale]);
  segments = $derived<readonly MeasuredSegment[]>(this.dataset?.segments ?? []);
  hasFilter = $derived(!isEmptyFilter(this.filter));
  /** Whether the figures shown describe a filtered network. */
  showsFilter = $derived(!isEmptyFilter(this.shown.filter));
  /** The dates of the loaded progress history, rising; empty without progress sheets. */
  asOfDates = $derived<readonly string[]>(this.dataset?.history?.dates ?? []);
  /** The position in `asOfDates` of the date chosen (the map's); null: the latest. */
  asOfIndex = $derived(asOfPosition(this.asOfDates, this.asOf));
  /** The position in `asOfDates` of the date the panels' figures describe (see `shown`). */
  #shownAsOfIndex = $derived(asOfPosition(this.asOfDates, this.shown.asOf));
  /** The history's date the panels' figures describe (the latest's); null without a history. */
  shownAsOfDate = $derived(
    this.asOfDates[this.#shownAsOfIndex ?? this.asOfDates.length - 1] ?? null,
  );
  /** The segments laid out for counting (by the data worker), as of the date shown. */
  columns = $derived(
    this.dataset?.history && this.#shownAsOfIndex !== null
      ? columnsAsOf(this.dataset.columns, this.dataset.history, this.#shownAsOfIndex)
      : (this.dataset?.columns ?? segmentColumns([])),
  );
  /** Whether the figures are the worker's own: nothing filtered, the latest date. */
  #latest = $derived(this.#shownAsOfIndex === null);
  segmentIndex = $derived(new SegmentIndex(this.columns));
  /** One byte per segment kept by the shown filters; legend hiding is a view matter, not part. */
  #keptShown = $derived(this.showsFilter ? this.segmentIndex.kept(this.shown.filter) : null);
  /** The code that puts a tile set's segments together: loaded with the first tile set. */
  #tileSegment = $state.raw<typeof import('../domain/tileSegment.ts') | null>(null);
  /** The code that shares segments out over towns: loaded with a dataset split at boundaries. */
  #townColumns = $state.raw<typeof import('../domain/townColumns.ts') | null>(null);
  /**
   * The index the figures shown count with: where roads are split at town boundaries and towns
   * are filtered, each segment's part in the chosen towns (`columnsInTowns`).
   */
  #indexShown = $derived(
    this.#townColumns && this.segmentIndex.columns.townSpans && this.shown.filter.towns?.length
      ? new SegmentIndex(
          this.#townColumns.columnsInTowns(this.segmentIndex.columns, this.shown.filter.towns),
        )
      : this.segmentIndex,
  );
  /** Whether legend entries are hidden in the figures shown. */
  showsHidden = $derived(this.shown.hiddenBuckets.length > 0);
  /**
   * Statistics of what the map shows: the segments the shown filters keep, less those of hidden
   * legend entries (the worker's figures while nothing is filtered or hidden).
   */
  summary = $derived(
    this.showsHidden
      ? this.#indexShown.summary(
          this.segmentIndex.shown(this.shown.filter, this.shown.mode, this.shown.hiddenBuckets),
        )
      : this.showsFilter || !this.dataset || !this.#latest
        ? this.#indexShown.summary(this.#keptShown)
        : this.dataset.unfiltered.summary,
  );
  /** Statistics of the point features the shown filters keep (bridges, stations, moorings). */
  pointSummary = $derived(
    pointSummary(
      (this.dataset?.points.features ?? []).map((point) => point.properties),
      this.shown.filter,
    ),
  );
  legendCounts = $derived(
    this.showsFilter || !this.dataset || !this.#latest
      ? this.#indexShown.bucketTotals(this.shown.mode, this.#keptShown)
      : this.dataset.unfiltered.legendCounts[this.shown.mode],
  );
  /** The roads' filter options, with the points' projects, statuses and years. */
  options = $derived(
    withPointOptions(
      this.dataset?.unfiltered.options ?? filterOptions([]),
      (this.dataset?.points.features ?? []).map((point) => point.properties),
    ),
  );
  /**
   * A tile set's road features' texts (id, name, chainage, lengths) by segment index, as
   * the map has read them.
   */
  tileTexts = $state.raw<Readonly<Record<number, TileFeatureText>>>({});
  /** The county of a tile set's overview under the pointer (for its tooltip); null: none. */
  hoverCounty = $state.raw<CountyHover | null>(null);
  selectedSegment = $derived(
    this.selectedIndex === null ? null : this.segmentAt(this.selectedIndex),
  );
  selectedPoint = $derived(
    this.selectedPointIndex === null
      ? null
      : (this.dataset?.points.features[this.selectedPointIndex]?.properties ?? null),
  );

  /**
   * Puts a dataset on screen. Replacing one clears the filters, hidden legend entries, selection
   * and the camera a link asked for, which belonged to the previous data.
   */
  showDataset(dataset: LoadedDataset, origin: DatasetOrigin, keepView = false): void {
    if (dataset.tiles && !this.#tileSegment) {
      void import('../domain/tileSegment.ts').then((module) => (this.#tileSegment = module));
    }
    if (dataset.columns.townSpans && !this.#townColumns) {
      void import('../domain/townColumns.ts').then((module) => (this.#townColumns = module));
    }
    this.keepsView = keepView && this.dataset !== null;
    if (this.keepsView) this.selectedIndex = null;
    else if (this.dataset !== null) {
      this.filter = {};
      this.hiddenBuckets = [];
      this.selectedIndex = null;
      this.selectedPointIndex = null;
      this.initialCamera = null;
    }
    this.hover = null;
    this.hoverPoint = null;
    this.hoverCounty = null;
    this.tileTexts = {};
    this.found = [];
    if (origin !== 'sample') this.context = null;
    this.datasetOrigin = origin;
    this.dataset = dataset;
  }

  /**
   * The measured segment at `index`: the dataset's own, or for a tile set one put together from
   * its columns and its tile feature (`tileSegment`); null where there is none.
   */
  segmentAt(index: number): MeasuredSegment | null {
    const own = this.segments[index];
    if (own) return own;
    return this.dataset?.tiles && this.#tileSegment
      ? this.#tileSegment.tileSegment(this.dataset.columns, index, this.tileTexts[index] ?? null)
      : null;
  }

  /** Keeps a tile set's road feature's texts, read by the map. */
  noteTileText(index: number, text: TileFeatureText | null): void {
    const known = this.tileTexts[index];
    if (!text) return;
    if (known !== undefined && sameTileFeatureText(known, text)) return;
    const kept = Object.keys(this.tileTexts).length < 500 ? this.tileTexts : {};
    this.tileTexts = { ...kept, [index]: text };
  }

  /** Shows the figures and the map as of a date of the progress history (null: the latest). */
  setAsOf(date: string | null): void {
    this.asOf = date;
  }

  /** Switches the colour mode; hidden legend entries belong to a mode and are cleared. */
  setMode(mode: ColorMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.hiddenBuckets = [];
  }

  /** The chosen mode, filter and hidden legend entries. */
  chosen(): ViewChoice {
    return {
      mode: this.mode,
      filter: this.filter,
      hiddenBuckets: this.hiddenBuckets,
      asOf: this.asOf,
    };
  }

  /** Brings the panels' figures up to the chosen view (see `shown`). */
  showChosen(): void {
    const chosen = this.chosen();
    const shown = this.shown;
    if (
      chosen.mode !== shown.mode ||
      chosen.filter !== shown.filter ||
      chosen.hiddenBuckets !== shown.hiddenBuckets ||
      chosen.asOf !== shown.asOf
    ) {
      this.shown = chosen;
    }
  }

  setFilter(filter: FilterState): void {
    this.filter = { ...filter };
  }

  toggleBucket(bucket: string): void {
    this.hiddenBuckets = this.hiddenBuckets.includes(bucket)
      ? this.hiddenBuckets.filter((hidden) => hidden !== bucket)
      : [...this.hiddenBuckets, bucket];
  }

  /**
   * Asks the map to frame these segments and points; a single segment, or a single point with
   * no segment, is also selected.
   */
  focusOn(segmentIndices: readonly number[], pointIndices: readonly number[] = []): void {
    this.focusRequest = { segmentIndices, pointIndices };
    if (segmentIndices.length === 1) this.selectedIndex = segmentIndices[0] ?? null;
    else if (segmentIndices.length === 0 && pointIndices.length === 1) {
      this.selectedPointIndex = pointIndices[0] ?? null;
    }
  }

  /** Selects the segment with a contract id, if the dataset has it. */
  selectById(id: string | null): void {
    if (id === null) {
      this.selectedIndex = null;
      return;
    }
    const found = this.segments.find((segment) => segment.properties.id === id);
    this.selectedIndex = found ? found.index : null;
  }
}

/**
 * The position of the history's date in force on `date`: the last one on or before it (the
 * first where `date` is earlier than them all); null for the latest or without a history.
 */
function asOfPosition(dates: readonly string[], date: string | null): number | null {
  if (date === null || dates.length === 0) return null;
  let position = 0;
  while (position + 1 < dates.length && dates[position + 1]! <= date) position++;
  return position === dates.length - 1 ? null : position;
}

/** The one app state. */
export const appState = new AppState();
