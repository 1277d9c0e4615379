/**
 * The map: the only code that calls MapLibre. It is driven by plain calls with plain data
 * (a prepared dataset, a colour mode, a filter, a selection) and reports back through
 * listeners (a click selected a segment, the camera moved). Style changes are paint, layout,
 * filter and feature-state changes; data is handed to MapLibre once per dataset.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  MapGeoJSONFeature,
  MapMouseEvent,
  StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { DrawnRoads, LoadedDataset, TiledNetwork } from '../data/worker/workerProtocol.ts';
import type { ColorMode, FilterState } from '../domain/types.ts';
import type { Camera } from '../contract/camera.ts';
import {
  baseStyle,
  geojsonSource,
  onlineBasemapLayer,
  onlineBasemapSource,
  type BaseStyleOptions,
  type GeojsonSourceId,
} from '../style/baseStyle.ts';
import { layersOfSource, styleWithSources } from '../style/partialStyle.ts';
import {
  CONTEXT_SOURCE,
  FILTERED_LAYERS,
  HIGHLIGHT_SOURCE,
  INTERACTIVE_LAYERS,
  LABELS_SOURCE,
  ONLINE_BASEMAP_LAYER,
  ONLINE_BASEMAP_SOURCE,
  POINT_FILTERED_LAYERS,
  POINT_INTERACTIVE_LAYERS,
  POINTS_SOURCE,
  COUNTY_OVERVIEW_FILL_LAYER,
  COUNTY_OVERVIEW_LABEL_LAYER,
  ROAD_LINE_LAYER,
  ROADS_SOURCE,
  ROUTE_LABEL_LAYER,
  TILE_ROADS_LAYER,
} from '../style/ids.ts';
import { palette } from '../style/palette.ts';
import { FILTERED_STATE, roadLineColor } from '../style/roadLayers.ts';
import { filterExpression, pointFilterExpression } from '../style/expressions.ts';
import { datedExpression } from '../style/datedExpression.ts';
import { SegmentIndex } from '../domain/segmentIndex.ts';
import { columnsAsOf } from '../domain/historyColumns.ts';
import { MAPLIBRE_CONSTRUCT_MEASURE } from './constructMeasure.ts';
import { DatasetSources, DEFERRED_SOURCES, type SourcesData } from './datasetSources.ts';
import { afterNextFrame, whenIdle } from './frames.ts';
import { FIT_MAX_ZOOM, framingPadding, initialCamera } from './framing.ts';
import type { Insets } from '../contract/insets.ts';
import { isEmptyFilter } from '../domain/emptyFilter.ts';
import { highlightLines } from './highlight.ts';
import type { TiledSources } from '../style/tiledStyle.ts';
import { routeLabelZoomFilter } from '../style/routeLabelLayer.ts';
import { tileFeatureText, type TileFeatureText } from '../domain/tileFeatureText.ts';
import type { CountyHover } from '../domain/countyHover.ts';
import { segmentsBounds } from './segmentsBounds.ts';
import type { HoveredLine, PointHover, RoadHover } from '../domain/hoverChainage.ts';
import type { RoadPiece } from '../contract/roadPiece.ts';
import { startMapWorkers, type SourceData } from './workerBlobs.ts';
import type { DrawTool } from './drawTool.ts';
import type { MapImage } from './exportMap.ts';

/** How far from a thin line a click or tap still picks it, in pixels. */
const PICK_TOLERANCE_PX = 6;
/** How long a flight to a view's camera takes. */
const CAMERA_FLIGHT_MS = 1200;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The road features' text remembered from tiles, for the details of a tile set's segments. */
const REMEMBERED_FEATURES = 500;

/** A tile set on the map: its archive's address and county overview. */
interface ShownTiles {
  network: TiledNetwork;
  archiveUrl: string;
  counties: TiledSources['counties'];
}

/** What the map shows from its first frame. */
export interface InitialView {
  /**
   * The roads of the dataset being opened, drawn and framed (unless `camera` is given) from the
   * start; the dataset itself follows with `setDataset`.
   */
  roads: DrawnRoads | null;
  context: FeatureCollection | null;
  mode: ColorMode;
  filter: FilterState;
  hiddenBuckets: string[];
  insets: Insets;
}

export interface RoadMapOptions {
  container: HTMLElement;
  /** A camera to restore (from a link); null frames the dataset. */
  camera: Camera | null;
  onlineBasemap: boolean;
  initial: InitialView;
}

export class RoadMap {
  readonly map: MapLibreMap;
  #styleLoaded: Promise<void>;
  #sources: DatasetSources;
  #dataset: LoadedDataset | null = null;
  /** The dataset last asked for; `#dataset` becomes it once the style has loaded. */
  #requestedDataset: LoadedDataset | null = null;
  #context: FeatureCollection | null = null;
  #onlineBasemap = false;
  #hoveredIndex: number | null = null;
  /** The roads of a search result, outlined (`setFound`). */
  #found: readonly number[] = [];
  /** Whether a copy of the highlighted roads' lines is waiting for the next frame. */
  #highlightPending = false;
  #selectedIndex: number | null = null;
  #selectListeners: ((index: number | null) => void)[] = [];
  #selectPointListeners: ((index: number | null) => void)[] = [];
  #hoverListeners: ((hover: RoadHover | null) => void)[] = [];
  #hoverPointListeners: ((hover: PointHover | null) => void)[] = [];
  #cameraListeners: ((camera: Camera) => void)[] = [];
  #insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  #mode: ColorMode;
  /** The date of the progress history shown, by index; null: the latest. */
  #dateIndex: number | null = null;
  /** The filter and hidden legend entries (of `#mode`) last asked for. */
  #filter: { filter: FilterState; hiddenBuckets: readonly string[] };
  /** The last dataset change, settled once its data is with MapLibre (never rejects). */
  #datasetApplied: Promise<void> = Promise.resolve();
  /** Settles at the first idle with the last dataset's roads drawn (never rejects). */
  #roadsDrawn: Promise<void> = Promise.resolve();
  /** The map container's size in CSS pixels, kept by a ResizeObserver (reading it would force a layout). */
  #size = { width: 0, height: 0 };
  #resizeObserver: ResizeObserver;
  /** Which segments the route codes should show, by index; null: all of them. */
  #labelsWanted: Uint8Array | null = null;
  /** Which segments the route codes' feature-states show; null: all (a fresh source). */
  #labelsShown: Uint8Array | null = null;
  /** Sources given a feature-state since the dataset came (see `#setState`). */
  #statefulSources = new Set<string>();
  /** The measuring and selecting tools' drawing, loaded when first asked for (`drawTool`). */
  #drawTool: Promise<DrawTool> | null = null;
  #drawing: DrawTool | null = null;
  /** The tile set shown; null: the GeoJSON path. */
  #tiles: ShownTiles | null = null;
  /** The code that shows tile sets, loaded with the first one. */
  #tiled: typeof import('./tiledMode.ts') | null = null;
  /** The mode the county overview is coloured in (`#restyleOverview`). */
  #overviewMode: ColorMode | null = null;
  /** Road features' texts (id, name, chainage, lengths) by segment index, from the tiles read. */
  #featureTexts = new Map<number, TileFeatureText>();
  #countyHoverListeners: ((hover: CountyHover | null) => void)[] = [];

  /**
   * Makes the map once MapLibre's workers have started (see `startMapWorkers`). Made
   * with the first dataset's roads in its style and its camera on them, the map draws the roads
   * from its first frames: no frames of an empty map, no tiles at a camera about to change.
   */
  static async create(options: RoadMapOptions): Promise<RoadMap> {
    await startMapWorkers();
    const sources = await DatasetSources.create(options.initial.roads?.roadsData ?? null);
    return new RoadMap(options, sources);
  }

  private constructor(options: RoadMapOptions, sources: DatasetSources) {
    const { roads, context, mode, filter, hiddenBuckets, insets } = options.initial;
    this.#sources = sources;
    this.#mode = mode;
    this.#filter = { filter, hiddenBuckets };
    this.#insets = insets;
    this.#context = context;
    const container = options.container;
    this.#size = { width: container.clientWidth, height: container.clientHeight };
    this.#onlineBasemap = options.onlineBasemap;
    const data: SourcesData = { ...sources.initialData };
    if (context) data[CONTEXT_SOURCE] = context;
    // Sources with no data yet are left out, with their layers, until they get some.
    const style = styleWithSources(this.#wholeStyle(data), new Set(Object.keys(data)));
    const constructStart = performance.now();
    this.map = new MapLibreMap({
      container,
      style,
      ...initialCamera(options.camera, roads?.bounds ?? null, this.#framingPadding()),
      fadeDuration: 0,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    // Named so that the benchmark can tell MapLibre's own start-up from the app's work.
    performance.measure(MAPLIBRE_CONSTRUCT_MEASURE, { start: constructStart });
    this.map.touchZoomRotate.disableRotation();
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.#size = { width: entry.contentRect.width, height: entry.contentRect.height };
    });
    this.#resizeObserver.observe(container);
    this.#styleLoaded = new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    this.#listen();
  }

  #listen(): void {
    const map = this.map;
    map.on('mousemove', (event) => {
      const point = { x: event.point.x, y: event.point.y };
      // A point is picked before the road under it, as a click picks it.
      const pointFeature = this.#pickFeature(event, POINT_INTERACTIVE_LAYERS);
      const feature = pointFeature ? undefined : this.#pickFeature(event);
      if (feature) this.#remember(feature);
      this.#hoverCounty(event, feature || pointFeature ? null : point);
      this.#setHovered(feature ? (feature.id as number) : null);
      this.map.getCanvas().style.cursor = feature || pointFeature ? 'pointer' : '';
      const pointHover: PointHover | null = pointFeature
        ? { index: pointFeature.id as number, point }
        : null;
      const hover: RoadHover | null = feature
        ? {
            index: feature.id as number,
            point,
            lngLat: [event.lngLat.lng, event.lngLat.lat],
            line: hoveredLine(feature),
          }
        : null;
      for (const listener of this.#hoverListeners) listener(hover);
      for (const listener of this.#hoverPointListeners) listener(pointHover);
    });
    map.on('mouseout', () => {
      this.#setHovered(null);
      for (const listener of this.#countyHoverListeners) listener(null);
      this.map.getCanvas().style.cursor = '';
      for (const listener of this.#hoverListeners) listener(null);
      for (const listener of this.#hoverPointListeners) listener(null);
    });
    map.on('click', (event) => {
      // A click while a tool draws belongs to the tool.
      if (this.#drawing?.active) return;
      // A point is picked before the road under it; picking one clears the other.
      const point = this.#pickFeature(event, POINT_INTERACTIVE_LAYERS);
      const pointIndex = point ? (point.id as number) : null;
      const feature = point ? undefined : this.#pickFeature(event);
      if (feature) this.#remember(feature);
      const index = feature ? (feature.id as number) : null;
      for (const listener of this.#selectPointListeners) listener(pointIndex);
      for (const listener of this.#selectListeners) listener(index);
    });
    map.on('sourcedata', (event) => {
      if (event.sourceId === ROADS_SOURCE && event.tile !== undefined) this.#highlightAsTilesCome();
    });
    map.on('zoomend', () => this.#restyleOverview());
    map.on('moveend', () => {
      const center = map.getCenter();
      const camera = { longitude: center.lng, latitude: center.lat, zoom: map.getZoom() };
      for (const listener of this.#cameraListeners) listener(camera);
    });
  }

  /**
   * The feature of `from` (default: the road line) under the pointer (within
   * `PICK_TOLERANCE_PX`), if any.
   */
  #pickFeature(
    event: MapMouseEvent,
    from: readonly string[] = INTERACTIVE_LAYERS,
  ): MapGeoJSONFeature | undefined {
    // Only layers in the map: one whose source has no data yet is left out of the style.
    const layers = from.filter((id) => this.map.getLayer(id));
    if (!this.#dataset || layers.length === 0) return undefined;
    const { x, y } = event.point;
    const features = this.map.queryRenderedFeatures(
      [
        [x - PICK_TOLERANCE_PX, y - PICK_TOLERANCE_PX],
        [x + PICK_TOLERANCE_PX, y + PICK_TOLERANCE_PX],
      ],
      { layers },
    );
    return features.find((feature) => typeof feature.id === 'number');
  }

  /**
   * Keeps a picked road feature's id, name, start chainage and lengths (a tile set's details
   * and hover read them).
   */
  #remember(feature: MapGeoJSONFeature): void {
    if (!this.#tiles || typeof feature.id !== 'number') return;
    if (this.#featureTexts.size >= REMEMBERED_FEATURES) this.#featureTexts.clear();
    this.#featureTexts.set(feature.id, tileFeatureText(feature.properties));
  }

  /**
   * A tile set's road feature's texts by its segment index: remembered from a pick, else
   * looked up in the tiles loaded; null where no loaded tile holds it.
   */
  featureText(index: number): TileFeatureText | null {
    const remembered = this.#featureTexts.get(index);
    if (remembered || !this.#tiles || !this.map.getSource(ROADS_SOURCE)) return remembered ?? null;
    const [feature] = this.map.querySourceFeatures(ROADS_SOURCE, {
      sourceLayer: TILE_ROADS_LAYER,
      filter: ['==', ['id'], index],
    });
    if (!feature) return null;
    this.#remember(feature as MapGeoJSONFeature);
    return this.#featureTexts.get(index) ?? null;
  }

  /** Tells the county hover listeners which county of the overview is under `point`, if any. */
  #hoverCounty(event: MapMouseEvent, point: { x: number; y: number } | null): void {
    if (this.#countyHoverListeners.length === 0) return;
    const county =
      point && this.map.getLayer(COUNTY_OVERVIEW_FILL_LAYER)
        ? this.map.queryRenderedFeatures(event.point, { layers: [COUNTY_OVERVIEW_FILL_LAYER] })[0]
        : undefined;
    const hover = county ? { properties: { ...county.properties }, point: point! } : null;
    for (const listener of this.#countyHoverListeners) listener(hover);
  }

  /** Calls `listener` as the pointer moves over a county of a tile set's overview, and with null. */
  onHoverCounty(listener: (hover: CountyHover | null) => void): void {
    this.#countyHoverListeners.push(listener);
  }

  /**
   * Sets a feature-state, noting the source. Once a source has any feature-state, MapLibre
   * decodes every tile of it the page receives, on the main thread (see docs/performance.md),
   * so sources are left without one until it is needed.
   */
  #setState(source: string, id: number, state: Record<string, boolean>): void {
    this.#statefulSources.add(source);
    this.map.setFeatureState({ source, id }, state);
  }

  /**
   * Draws the halo of the selected and the hovered road: their lines go to the highlight
   * source (an empty source is left alone until there is something to draw).
   */
  #highlight(): void {
    if (!this.#dataset) return;
    const lines = highlightLines(
      this.map,
      { selected: this.#selectedIndex, hovered: this.#hoveredIndex, found: this.#found },
      this.#tiles ? TILE_ROADS_LAYER : undefined,
    );
    if (lines.features.length === 0 && !this.map.getSource(HIGHLIGHT_SOURCE)) return;
    this.#giveData(HIGHLIGHT_SOURCE, lines);
  }

  /**
   * Copies the selected road's lines again once more road tiles have come (after a camera
   * change, or a selection made before its tiles were loaded), once per frame at most.
   */
  #highlightAsTilesCome(): void {
    if ((this.#selectedIndex === null && this.#found.length === 0) || this.#highlightPending)
      return;
    this.#highlightPending = true;
    requestAnimationFrame(() => {
      this.#highlightPending = false;
      this.#highlight();
    });
  }

  #setHovered(index: number | null): void {
    if (index === this.#hoveredIndex) return;
    this.#hoveredIndex = index;
    this.#highlight();
  }

  /** Calls `listener` with the picked segment's index (or null) on every click. */
  onSelect(listener: (index: number | null) => void): void {
    this.#selectListeners.push(listener);
  }

  /**
   * Calls `listener` with the picked point's index (in the dataset's points) on every click, or
   * null when the click picked no point.
   */
  onSelectPoint(listener: (index: number | null) => void): void {
    this.#selectPointListeners.push(listener);
  }

  /**
   * Calls `listener` as the pointer moves over a road (its index, where the pointer is, and the
   * drawn line under it) and with null when it leaves the roads or the map.
   */
  onHover(listener: (hover: RoadHover | null) => void): void {
    this.#hoverListeners.push(listener);
  }

  /** Calls `listener` as the pointer moves over a point feature, and with null when it leaves it. */
  onHoverPoint(listener: (hover: PointHover | null) => void): void {
    this.#hoverPointListeners.push(listener);
  }

  /** Calls `listener` whenever the camera comes to rest. */
  onCameraChange(listener: (camera: Camera) => void): void {
    this.#cameraListeners.push(listener);
  }

  /**
   * Draws a dataset (replacing the previous one) and resolves at the first idle with its roads
   * drawn; its route codes and points follow (`settled` waits for them).
   * Frames the data unless `keepCamera` is set (a link's camera is being restored) or the map
   * was made with its roads.
   */
  setDataset(dataset: LoadedDataset, keepCamera: boolean): Promise<void> {
    // The same dataset again (an effect run again).
    if (dataset === this.#requestedDataset) return this.#roadsDrawn;
    this.#requestedDataset = dataset;
    this.#change((roadsDrawn) => this.#applyDataset(dataset, keepCamera, roadsDrawn));
    return this.#roadsDrawn;
  }

  /**
   * Runs a dataset change, keeping its promises: `#roadsDrawn` settles when it calls
   * `roadsDrawn` (or ends), `#datasetApplied` when it ends.
   */
  #change(run: (roadsDrawn: () => void) => Promise<void>): void {
    let drawn = () => {};
    this.#roadsDrawn = new Promise<void>((resolve) => (drawn = resolve));
    this.#datasetApplied = run(drawn)
      .finally(drawn)
      .catch(() => undefined);
  }

  /**
   * Resolves at the first idle with the current dataset's roads drawn; the route codes and the
   * points are given to MapLibre then (see `DEFERRED_SOURCES`).
   */
  async roadsDrawn(): Promise<void> {
    await this.#styleLoaded;
    await this.#roadsDrawn;
  }

  async #applyDataset(
    dataset: LoadedDataset,
    keepCamera: boolean,
    roadsDrawn: () => void,
  ): Promise<void> {
    await this.#styleLoaded;
    // The same dataset again (an effect run again): nothing to do.
    if (this.#dataset === dataset) return;
    this.#dataset = dataset;
    this.#hoveredIndex = null;
    this.#selectedIndex = null;
    this.#found = [];
    for (const source of this.#statefulSources) {
      if (this.map.getSource(source)) this.map.removeFeatureState({ source });
    }
    this.#statefulSources.clear();
    // The previous dataset's halo goes with it.
    this.#highlight();
    this.#labelsWanted = null;
    this.#labelsShown = null;
    // The data goes to MapLibre in a task of its own, apart from the panels' update.
    await new Promise((resolve) => setTimeout(resolve));
    if (this.#dataset !== dataset) return;
    this.#featureTexts.clear();
    if (dataset.tiles) {
      await this.#applyTiles(dataset, dataset.tiles, keepCamera, roadsDrawn);
      return;
    }
    if (this.#tiles) {
      this.#tiles = null;
      this.#tiled?.removeRoadSources(this.map);
    }
    const taken = await this.#sources.take(dataset);
    if (!taken || this.#dataset !== dataset) return;
    for (const [source, data] of Object.entries(taken.now)) {
      this.#giveData(source as GeojsonSourceId, data);
    }
    // The previous dataset's route codes and points go until the new ones come.
    for (const source of DEFERRED_SOURCES) {
      this.map.getSource<GeoJSONSource>(source)?.setData(EMPTY);
    }
    this.#applyLabelsFilter();
    // The roads the map was made with are framed (or at the link's camera) already.
    if (!keepCamera && !taken.madeWithRoads) this.#fit(dataset.bounds, false);
    await this.whenIdle();
    roadsDrawn();
    for (const [source, data] of this.#sources.takeDeferred(dataset)) this.#giveData(source, data);
    taken.releasePrevious();
  }

  /**
   * Shows a tile set: the archive's vector source replaces the road sources, the county
   * overview comes in where the set has one, the points follow at the first idle.
   */
  async #applyTiles(
    dataset: LoadedDataset,
    network: TiledNetwork,
    keepCamera: boolean,
    roadsDrawn: () => void,
  ): Promise<void> {
    const tiled = (this.#tiled ??= await import('./tiledMode.ts'));
    if (this.#dataset !== dataset) return;
    const counties = network.source.counties;
    this.#tiles = {
      network,
      archiveUrl: tiled.archiveUrl(network.source.archive),
      counties:
        counties === null
          ? null
          : counties.kind === 'url'
            ? counties.url
            : (counties.value as FeatureCollection),
    };
    this.#sources.clear();
    this.map.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(EMPTY);
    tiled.showTiledSources(this.map, this.#wholeStyle());
    this.#overviewMode = this.#mode;
    this.#applyFilter();
    if (!keepCamera) this.#fit(dataset.bounds, false);
    await this.whenIdle();
    roadsDrawn();
    if (this.#dataset === dataset) this.#giveData(POINTS_SOURCE, dataset.points);
  }

  /** Draws the context layers (county boundary, river, towns). */
  async setContext(context: FeatureCollection): Promise<void> {
    // The same context again (the one the map was made with, or an effect run again).
    if (context === this.#context) return;
    this.#context = context;
    await this.#styleLoaded;
    if (this.#context === context) this.#giveData(CONTEXT_SOURCE, context);
  }

  /**
   * The whole style in the current mode and filter, with `data` in its sources: the map's
   * style holds the part of it with data (see `#giveData`).
   */
  #wholeStyle(data: BaseStyleOptions['data'] = {}): StyleSpecification {
    const style = baseStyle(palette, {
      onlineBasemap: this.#onlineBasemap,
      mode: this.#mode,
      filter: this.#filterExpression(),
      dateIndex: this.#dateIndex,
      data,
    });
    if (!this.#tiles || !this.#tiled) return style;
    return this.#tiled.tiledStyle(style, palette, {
      archiveUrl: this.#tiles.archiveUrl,
      counties: this.#tiles.counties,
      mode: this.#mode,
      labelFilter: this.#labelFilter(),
    });
  }

  /** A tile set's route codes' filter: their zoom, and the road filter (they carry its properties). */
  #labelFilter(): FilterSpecification {
    return ['all', routeLabelZoomFilter(), this.#filterExpression()] as FilterSpecification;
  }

  /** The road layers' filter: the filter, and the hidden legend entries of the mode. */
  #filterExpression(): FilterSpecification {
    const { filter, hiddenBuckets } = this.#filter;
    return datedExpression(
      filterExpression(filter, { mode: this.#mode, buckets: hiddenBuckets }),
      this.#dateIndex,
    );
  }

  /**
   * Gives a GeoJSON source its data. A source left out of the map's style (it had none) comes
   * in with its layers, in their places, in the current mode and filter; an empty collection
   * does not bring it in.
   */
  #giveData(id: GeojsonSourceId, data: SourceData): void {
    const source = this.map.getSource<GeoJSONSource>(id);
    if (source) {
      source.setData(data);
      return;
    }
    if (typeof data !== 'string' && data.features.length === 0) return;
    const whole = this.#wholeStyle();
    this.map.addSource(id, geojsonSource(id, data));
    for (const { layer, beforeId } of layersOfSource(whole, id, (layerId) =>
      Boolean(this.map.getLayer(layerId)),
    )) {
      this.map.addLayer(layer, beforeId);
    }
    // The points come in with the roads' style: they are given the point filter.
    if (id === POINTS_SOURCE) this.#applyPointFilter();
    // The route codes come in with no feature-states: they are brought up to the filter.
    if (id === LABELS_SOURCE) {
      this.#labelsShown = null;
      this.#syncLabels();
    }
  }

  /**
   * Restyles the roads for a colour mode: the road line's colour expression, and the filter
   * where legend entries are hidden (they are entries of a mode).
   */
  async setMode(mode: ColorMode): Promise<void> {
    await this.#styleLoaded;
    if (mode === this.#mode) return;
    this.#mode = mode;
    // Without the road line in the map yet (no data), it comes in with the mode's colours.
    if (this.map.getLayer(ROAD_LINE_LAYER)) {
      this.map.setPaintProperty(ROAD_LINE_LAYER, 'line-color', this.#lineColor());
    }
    this.#restyleOverview();
    if (this.#filter.hiddenBuckets.length > 0) this.#applyFilter();
  }

  /**
   * Brings a tile set's county overview up to the mode, where it shows: zoomed in past it, it
   * waits for the camera to come back, so that a mode switch lays out the road tiles only.
   */
  #restyleOverview(): void {
    const tiled = this.#tiled;
    if (!tiled || this.#overviewMode === this.#mode) return;
    if (!this.map.getLayer(COUNTY_OVERVIEW_FILL_LAYER)) return;
    if (this.map.getZoom() >= tiled.COUNTY_OVERVIEW_MAX_ZOOM) return;
    const mode = this.#mode;
    this.#overviewMode = mode;
    this.map.setPaintProperty(
      COUNTY_OVERVIEW_FILL_LAYER,
      'fill-color',
      tiled.overviewFillColor(mode, palette),
    );
    this.map.setLayoutProperty(
      COUNTY_OVERVIEW_LABEL_LAYER,
      'text-field',
      tiled.overviewLabel(mode),
    );
  }

  #lineColor(): ExpressionSpecification {
    return datedExpression(roadLineColor(this.#mode, palette), this.#dateIndex);
  }

  /**
   * Shows the roads as of a date of the progress history (by index; null: the latest): the
   * road line's colour and filter read that date's letters (`datedExpression`), and the route
   * codes follow the segments' states at that date.
   */
  async setAsOf(dateIndex: number | null): Promise<void> {
    await this.#styleLoaded;
    if (dateIndex === this.#dateIndex) return;
    this.#dateIndex = dateIndex;
    if (this.map.getLayer(ROAD_LINE_LAYER)) {
      this.map.setPaintProperty(ROAD_LINE_LAYER, 'line-color', this.#lineColor());
    }
    this.#applyFilter();
  }

  /**
   * Shows only the segments the filter keeps and whose legend entry in the current colour mode
   * is not hidden: a style filter on the road layers, feature-state on the route codes.
   */
  async setFilter(filter: FilterState, hiddenBuckets: readonly string[]): Promise<void> {
    await this.#styleLoaded;
    this.#filter = { filter, hiddenBuckets };
    this.#applyFilter();
  }

  #applyFilter(): void {
    const expression = this.#filterExpression();
    for (const layerId of FILTERED_LAYERS) {
      if (this.map.getLayer(layerId)) this.map.setFilter(layerId, expression);
    }
    this.#applyPointFilter();
    if (this.#tiles) {
      if (this.map.getLayer(ROUTE_LABEL_LAYER))
        this.map.setFilter(ROUTE_LABEL_LAYER, this.#labelFilter());
    } else this.#applyLabelsFilter();
  }

  /** Shows only the points the filter keeps (hidden legend entries hide roads only). */
  #applyPointFilter(): void {
    const expression = pointFilterExpression(this.#filter.filter);
    for (const layerId of POINT_FILTERED_LAYERS) {
      if (this.map.getLayer(layerId)) this.map.setFilter(layerId, expression);
    }
  }

  /** Marks the route codes of the segments the current filter hides (and unmarks the rest). */
  #applyLabelsFilter(): void {
    const dataset = this.#dataset;
    if (!dataset) return;
    const { filter, hiddenBuckets } = this.#filter;
    const nothingHidden = hiddenBuckets.length === 0 && isEmptyFilter(filter);
    this.#labelsWanted = nothingHidden
      ? null
      : new SegmentIndex(
          dataset.history && this.#dateIndex !== null
            ? columnsAsOf(dataset.columns, dataset.history, this.#dateIndex)
            : dataset.columns,
        ).shown(filter, this.#mode, hiddenBuckets);
    this.#syncLabels();
  }

  /** Brings the route codes' `filtered` feature-states up to the wanted ones. */
  #syncLabels(): void {
    const dataset = this.#dataset;
    // Route codes not in the map yet are brought up to date when they come (`#giveData`).
    if (!dataset || !this.map.getSource(LABELS_SOURCE)) return;
    const wanted = this.#labelsWanted;
    const shown = this.#labelsShown;
    if (wanted === shown) return;
    for (const id of dataset.labelIds) {
      const isShown = wanted === null || wanted[id] === 1;
      const wasShown = shown === null || shown[id] === 1;
      if (wasShown !== isShown) this.#setState(LABELS_SOURCE, id, { [FILTERED_STATE]: !isShown });
    }
    this.#labelsShown = wanted;
  }

  /** Marks the selected segment (null clears). */
  async setSelected(index: number | null): Promise<void> {
    await this.#styleLoaded;
    this.#selectedIndex = index;
    this.#highlight();
  }

  /** Outlines the roads of a search result (replacing the last ones; empty clears). */
  async setFound(segmentIndices: readonly number[]): Promise<void> {
    await this.#styleLoaded;
    this.#found = segmentIndices;
    this.#highlight();
  }

  /** Moves the camera to frame some segments and points of the current dataset. */
  frame(segmentIndices: readonly number[], pointIndices: readonly number[] = []): void {
    const dataset = this.#dataset;
    if (!dataset) return;
    const positions = pointIndices.map(
      (index) => dataset.points.features[index]?.geometry.coordinates ?? [],
    );
    const fit = (segmentBounds: Float64Array): void => {
      const bounds = segmentsBounds(segmentBounds, segmentIndices, positions);
      if (bounds) this.#fit(bounds, true);
    };
    if (!dataset.tiles) fit(dataset.segmentBounds);
    // A tile set's segment bounds are read on the first framing.
    else
      void dataset.tiles.segmentBounds().then((boxes) => {
        if (this.#dataset === dataset) fit(boxes ?? new Float64Array(0));
      });
  }

  /** Flies the camera to a view's centre and zoom. */
  flyTo(camera: Camera): void {
    this.map.flyTo({
      center: [camera.longitude, camera.latitude],
      zoom: camera.zoom,
      duration: CAMERA_FLIGHT_MS,
    });
  }

  /** The drawing of the measuring and selecting tools (its code loads on the first call). */
  drawTool(): Promise<DrawTool> {
    this.#drawTool ??= import('./drawTool.ts').then(
      ({ DrawTool }) => (this.#drawing = new DrawTool(this.map)),
    );
    return this.#drawTool;
  }

  /**
   * Draws the map for a printed page (`exportMap.ts`, loaded on the first call): the part of
   * the map the panels leave visible, fitted whole into `widthPx` × `heightPx`, in the current
   * mode, filters and route codes.
   */
  async exportImage(size: {
    widthPx: number;
    heightPx: number;
    pixelRatio: number;
    maxPartPx?: number;
  }): Promise<MapImage> {
    await this.settled();
    const { renderMapImage } = await import('./exportMap.ts');
    const { top, right, bottom, left } = this.#insets;
    const { width, height } = this.#size;
    const northWest = this.map.unproject([left, top]);
    const southEast = this.map.unproject([
      Math.max(left + 1, width - right),
      Math.max(top + 1, height - bottom),
    ]);
    const shown = this.#labelsShown;
    const labelIds = shown === null ? [] : (this.#dataset?.labelIds ?? []);
    return renderMapImage({
      ...size,
      style: this.map.getStyle(),
      bounds: [northWest.lng, southEast.lat, southEast.lng, northWest.lat],
      featureStates: [...labelIds]
        .filter((id) => shown?.[id] !== 1)
        .map((id) => ({ source: LABELS_SOURCE, id, state: { [FILTERED_STATE]: true } })),
    });
  }

  /**
   * Copies the map's picture into a 2D canvas: the map is drawn again first, in the same task,
   * so that its drawing buffer holds the picture while it is read.
   */
  drawSnapshot(target: HTMLCanvasElement): void {
    // Under the print stylesheet the map is not laid out (hidden): the copy made before stays.
    if (this.map.getContainer().clientWidth === 0) return;
    this.map.redraw();
    const source = this.map.getCanvas();
    target.width = source.width;
    target.height = source.height;
    target.getContext('2d')?.drawImage(source, 0, 0);
  }

  /** Tells the map which parts of it panels cover, for framing data. */
  setInsets(insets: Insets): void {
    this.#insets = insets;
  }

  #fit(bounds: [number, number, number, number], animate: boolean): void {
    if (!bounds.every(Number.isFinite)) return;
    this.map.fitBounds(bounds, { padding: this.#framingPadding(), animate, maxZoom: FIT_MAX_ZOOM });
  }

  /** Padding that keeps framed data clear of the panels, with a margin. */
  #framingPadding(): Insets {
    return framingPadding(this.#size, this.#insets);
  }

  /** Adds or removes the opt-in online basemap. */
  async setOnlineBasemap(enabled: boolean): Promise<void> {
    this.#onlineBasemap = enabled;
    await this.#styleLoaded;
    const present = this.map.getLayer(ONLINE_BASEMAP_LAYER) !== undefined;
    if (enabled && !present) {
      this.map.addSource(ONLINE_BASEMAP_SOURCE, onlineBasemapSource());
      const firstLayer = this.map.getStyle().layers[1]?.id;
      this.map.addLayer(onlineBasemapLayer(), firstLayer);
    } else if (!enabled && present) {
      this.map.removeLayer(ONLINE_BASEMAP_LAYER);
      this.map.removeSource(ONLINE_BASEMAP_SOURCE);
    }
  }

  /**
   * Resolves once every change asked for so far has been applied and drawn. Changes are applied
   * after the style has loaded, in the order asked, so waiting on the same promise comes after.
   */
  async settled(): Promise<void> {
    await this.#styleLoaded;
    await this.#datasetApplied;
    await this.whenIdle();
  }

  /**
   * Calls back right after the map's next frame, when what was asked of it before has gone to
   * MapLibre's workers (or soon, if it draws none: a hidden tab).
   */
  afterNextFrame(callback: () => void): void {
    afterNextFrame(this.map, callback);
  }

  /** Resolves when the map has drawn everything it has been asked to. */
  whenIdle(): Promise<void> {
    return whenIdle(this.map);
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    this.#sources.destroy();
    this.map.remove();
  }
}

/** The drawn line of a picked road feature, when it is a single line (else null). */
function hoveredLine(feature: MapGeoJSONFeature): HoveredLine | null {
  if (feature.geometry.type !== 'LineString') return null;
  const piece = feature.properties['piece'];
  return {
    piece: piece === 'built' || piece === 'unbuilt' ? (piece as RoadPiece) : 'whole',
    coordinates: feature.geometry.coordinates,
  };
}
