/**
 * The map: the only code that calls MapLibre. It is driven by plain calls with plain data
 * (a prepared dataset, a colour mode, a filter, a selection) and reports back through
 * listeners (a click selected a segment, the camera moved). Style changes are paint, layout,
 * filter and feature-state changes; data is handed to MapLibre once per dataset.
 */
import { importScriptInWorkers, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { LoadedDataset } from '../data/datasetSource.ts';
import type { ColorMode, FilterState } from '../domain/types.ts';
import type { Camera } from '../state/viewUrl.ts';
import { baseStyle, onlineBasemapLayer, onlineBasemapSource } from '../style/baseStyle.ts';
import {
  CONTEXT_SOURCE,
  FILTERED_LAYERS,
  INTERACTIVE_LAYERS,
  LABELS_SOURCE,
  ONLINE_BASEMAP_LAYER,
  ONLINE_BASEMAP_SOURCE,
  POINTS_SOURCE,
  PROGRESS_SOURCE,
  ROADS_SOURCE,
} from '../style/ids.ts';
import { palette } from '../style/palette.ts';
import { FILTERED_STATE, modeStyle } from '../style/roadLayers.ts';
import { filterExpression } from '../style/expressions.ts';
import { shownSegments } from '../domain/shownSegments.ts';
import { MAPLIBRE_CONSTRUCT_MEASURE } from './constructMeasure.ts';
import { segmentsBounds } from './segmentsBounds.ts';

let workerConfigured = false;
/** The protocol of `public/blob-protocol.mjs`. */
const BLOB_PROTOCOL = 'rbblob';
let blobProtocol: Promise<boolean> | null = null;

/**
 * Teaches MapLibre's workers the `rbblob:` protocol (public/blob-protocol.mjs): they fetch our
 * `blob:` GeoJSON themselves. A plain `blob:` URL is fetched by the page and its parsed
 * GeoJSON copied to the worker, a main-thread task of seconds at 100k segments. Resolves
 * false (plain `blob:` URLs then) when the script cannot be loaded.
 */
function blobProtocolReady(): Promise<boolean> {
  blobProtocol ??= importScriptInWorkers(new URL('blob-protocol.mjs', document.baseURI).href)
    .then(() => true)
    .catch((error: unknown) => {
      console.warn('MapLibre workers read GeoJSON through the page:', error);
      return false;
    });
  return blobProtocol;
}

/** How far from a thin line a click or tap still picks it, in pixels. */
const PICK_TOLERANCE_PX = 6;
const FIT_PADDING_PX = 48;

/** Pixels of the map covered by panels on each side; framing keeps data clear of them. */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface RoadMapOptions {
  container: HTMLElement;
  camera: Camera | null;
  onlineBasemap: boolean;
}

export class RoadMap {
  readonly map: MapLibreMap;
  #styleLoaded: Promise<void>;
  #dataset: LoadedDataset | null = null;
  /** Object URLs of the GeoJSON handed to MapLibre, revoked when replaced. */
  #dataUrls: string[] = [];
  #hoveredIndex: number | null = null;
  #selectedIndex: number | null = null;
  #selectListeners: ((index: number | null) => void)[] = [];
  #cameraListeners: ((camera: Camera) => void)[] = [];
  #insets: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };
  #mode: ColorMode = 'status';
  /** The last dataset change, settled once its data is with MapLibre (never rejects). */
  #datasetApplied: Promise<void> = Promise.resolve();
  /** Whether MapLibre's workers read object URLs themselves (`rbblob:`). */
  #workerReadsBlobs = false;
  /** Object URL of completed parts not yet given to MapLibre (see `setDataset`). */
  #pendingProgressUrl: string | null = null;
  /** The filter last asked for, applied again to each new dataset's overlays. */
  #filter: { filter: FilterState; mode: ColorMode; hiddenBuckets: string[] } = {
    filter: {},
    mode: 'status',
    hiddenBuckets: [],
  };
  /** The map container's size in CSS pixels, kept by a ResizeObserver (reading it would force a layout). */
  #size = { width: 0, height: 0 };
  #resizeObserver: ResizeObserver;
  /** Which segments the overlays should show (by index); null: all of them. */
  #wanted: Uint8Array | null = null;
  /** Per overlay source, which segments its feature-states show; absent or null: all. */
  #applied = new Map<string, Uint8Array | null>();

  constructor(options: RoadMapOptions) {
    if (!workerConfigured) {
      setWorkerUrl(workerUrl);
      workerConfigured = true;
    }
    const protocol = blobProtocolReady().then((available) => {
      this.#workerReadsBlobs = available;
    });
    const camera = options.camera;
    const constructStart = performance.now();
    this.map = new MapLibreMap({
      container: options.container,
      style: baseStyle(palette, { onlineBasemap: options.onlineBasemap }),
      center: camera ? [camera.longitude, camera.latitude] : [105, 30.9],
      zoom: camera?.zoom ?? 8,
      fadeDuration: 0,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    // Named so that the benchmark can tell MapLibre's own start-up from the app's work.
    performance.measure(MAPLIBRE_CONSTRUCT_MEASURE, { start: constructStart });
    this.map.touchZoomRotate.disableRotation();
    this.#size = { width: options.container.clientWidth, height: options.container.clientHeight };
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.#size = { width: entry.contentRect.width, height: entry.contentRect.height };
    });
    this.#resizeObserver.observe(options.container);
    const loaded = new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    this.#styleLoaded = Promise.all([loaded, protocol]).then(() => undefined);
    this.#listen();
  }

  #listen(): void {
    const map = this.map;
    map.on('mousemove', (event) => this.#setHovered(this.#pick(event)));
    map.on('mouseout', () => this.#setHovered(null));
    map.on('click', (event) => {
      const index = this.#pick(event);
      for (const listener of this.#selectListeners) listener(index);
    });
    map.on('moveend', () => {
      const center = map.getCenter();
      const camera = { longitude: center.lng, latitude: center.lat, zoom: map.getZoom() };
      for (const listener of this.#cameraListeners) listener(camera);
    });
  }

  #pick(event: MapMouseEvent): number | null {
    // Set only once the style has loaded; a source still loading (the completed parts) must not
    // make clicks and hover fail.
    if (!this.#dataset) return null;
    const { x, y } = event.point;
    const features = this.map.queryRenderedFeatures(
      [
        [x - PICK_TOLERANCE_PX, y - PICK_TOLERANCE_PX],
        [x + PICK_TOLERANCE_PX, y + PICK_TOLERANCE_PX],
      ],
      { layers: INTERACTIVE_LAYERS },
    );
    const hit = features.find((feature) => typeof feature.id === 'number');
    return hit ? (hit.id as number) : null;
  }

  #setFeatureState(index: number | null, key: 'hover' | 'selected', value: boolean): void {
    if (index === null || !this.#dataset) return;
    this.map.setFeatureState({ source: ROADS_SOURCE, id: index }, { [key]: value });
    this.map.setFeatureState({ source: PROGRESS_SOURCE, id: index }, { [key]: value });
  }

  #setHovered(index: number | null): void {
    if (index === this.#hoveredIndex) return;
    this.#setFeatureState(this.#hoveredIndex, 'hover', false);
    this.#hoveredIndex = index;
    this.#setFeatureState(index, 'hover', true);
    this.map.getCanvas().style.cursor = index === null ? '' : 'pointer';
  }

  /** Calls `listener` with the picked segment's index (or null) on every click. */
  onSelect(listener: (index: number | null) => void): void {
    this.#selectListeners.push(listener);
  }

  /** Calls `listener` whenever the camera comes to rest. */
  onCameraChange(listener: (camera: Camera) => void): void {
    this.#cameraListeners.push(listener);
  }

  /**
   * Draws a dataset (replacing the previous one) and resolves once the map is idle with it.
   * Frames the data unless `keepCamera` is set (a link's camera is being restored).
   */
  setDataset(dataset: LoadedDataset, keepCamera: boolean): Promise<void> {
    const applied = this.#applyDataset(dataset, keepCamera);
    this.#datasetApplied = applied.catch(() => undefined);
    return applied;
  }

  async #applyDataset(dataset: LoadedDataset, keepCamera: boolean): Promise<void> {
    await this.#styleLoaded;
    // The same dataset again (an effect run again): nothing to do.
    if (this.#dataset === dataset) return;
    this.#dataset = dataset;
    this.#hoveredIndex = null;
    this.#selectedIndex = null;
    this.map.removeFeatureState({ source: ROADS_SOURCE });
    this.map.removeFeatureState({ source: PROGRESS_SOURCE });
    this.map.removeFeatureState({ source: LABELS_SOURCE });
    this.#wanted = null;
    this.#applied.clear();
    // The data goes to MapLibre in a task of its own, apart from the panels' update.
    await new Promise((resolve) => setTimeout(resolve));
    if (this.#dataset !== dataset) return;
    // MapLibre's worker reads the GeoJSON by URL: the page never parses or copies the geometry.
    const previousUrls = this.#dataUrls;
    const [roadsUrl, labelsUrl, progressUrl] = [
      dataset.roadsGeojson,
      dataset.labelsGeojson,
      dataset.progressGeojson,
    ].map((blob) => URL.createObjectURL(blob)) as [string, string, string];
    this.#dataUrls = [roadsUrl, labelsUrl, progressUrl];
    this.#source(ROADS_SOURCE).setData(this.#workerUrl(roadsUrl));
    this.#source(LABELS_SOURCE).setData(this.#workerUrl(labelsUrl));
    // The completed parts are drawn in completion mode only: in the other modes they load once
    // the roads are drawn, so that they do not delay the first picture.
    this.#pendingProgressUrl = progressUrl;
    if (this.#mode === 'completion') this.#loadProgress();
    this.#source(POINTS_SOURCE).setData(dataset.points);
    this.#applyOverlayFilter();
    if (!keepCamera) this.#fit(dataset.bounds, false);
    await this.whenIdle();
    if (this.#dataset === dataset) this.#loadProgress();
    for (const url of previousUrls) URL.revokeObjectURL(url);
  }

  /** The address under which MapLibre's worker reads an object URL (itself, where it can). */
  #workerUrl(objectUrl: string): string {
    return this.#workerReadsBlobs ? `${BLOB_PROTOCOL}://${objectUrl}` : objectUrl;
  }

  /** Gives MapLibre the completed parts of the current dataset, if not yet given. */
  #loadProgress(): void {
    const url = this.#pendingProgressUrl;
    if (url === null) return;
    this.#pendingProgressUrl = null;
    this.#source(PROGRESS_SOURCE).setData(this.#workerUrl(url));
  }

  /** Draws the context layers (county boundary, river, towns). */
  async setContext(context: FeatureCollection): Promise<void> {
    await this.#styleLoaded;
    this.#source(CONTEXT_SOURCE).setData(context);
  }

  #source(id: string): GeoJSONSource {
    const source = this.map.getSource<GeoJSONSource>(id);
    if (!source) throw new Error(`style has no source ${id}`);
    return source;
  }

  /**
   * Restyles the roads for a colour mode: the road line's colour expression and the completed
   * part's opacity. Completion mode also brings the completed parts in, if they have not come
   * yet, and their filter state up to date.
   */
  async setMode(mode: ColorMode): Promise<void> {
    await this.#styleLoaded;
    this.#mode = mode;
    if (mode === 'completion') {
      this.#loadProgress();
      if (this.#dataset) this.#syncOverlay(PROGRESS_SOURCE, this.#dataset.overlayIds.progress);
    }
    const style = modeStyle(mode, palette);
    for (const [layerId, color] of Object.entries(style.lineColor)) {
      this.map.setPaintProperty(layerId, 'line-color', color);
    }
    for (const [layerId, opacity] of Object.entries(style.lineOpacity)) {
      this.map.setPaintProperty(layerId, 'line-opacity', opacity);
    }
  }

  /**
   * Shows only the segments the filter keeps and the legend does not hide: a style filter on
   * the road layers, feature-state on the overlays (completed parts, route codes).
   */
  async setFilter(filter: FilterState, mode: ColorMode, hiddenBuckets: string[]): Promise<void> {
    await this.#styleLoaded;
    this.#filter = { filter, mode, hiddenBuckets };
    const expression = filterExpression(filter, { mode, buckets: hiddenBuckets });
    for (const layerId of FILTERED_LAYERS) this.map.setFilter(layerId, expression);
    this.#applyOverlayFilter();
  }

  /**
   * Marks the overlay features of the segments the current filter hides (and unmarks the rest).
   * The completed parts are only brought up to date while completion mode shows them.
   */
  #applyOverlayFilter(): void {
    const dataset = this.#dataset;
    if (!dataset) return;
    const { filter, mode, hiddenBuckets } = this.#filter;
    const nothingHidden =
      hiddenBuckets.length === 0 && Object.values(filter).every((values) => !values?.length);
    this.#wanted = nothingHidden
      ? null
      : shownSegments(dataset.segments, filter, mode, hiddenBuckets);
    this.#syncOverlay(LABELS_SOURCE, dataset.overlayIds.labels);
    if (this.#mode === 'completion')
      this.#syncOverlay(PROGRESS_SOURCE, dataset.overlayIds.progress);
  }

  /** Brings one overlay source's `filtered` feature-states up to the wanted ones. */
  #syncOverlay(source: string, ids: Uint32Array): void {
    const wanted = this.#wanted;
    const applied = this.#applied.get(source) ?? null;
    if (wanted === applied) return;
    for (const id of ids) {
      const isShown = wanted === null || wanted[id] === 1;
      const wasShown = applied === null || applied[id] === 1;
      if (wasShown !== isShown) {
        this.map.setFeatureState({ source, id }, { [FILTERED_STATE]: !isShown });
      }
    }
    this.#applied.set(source, wanted);
  }

  /** Marks the selected segment (null clears). */
  async setSelected(index: number | null): Promise<void> {
    await this.#styleLoaded;
    this.#setFeatureState(this.#selectedIndex, 'selected', false);
    this.#selectedIndex = index;
    this.#setFeatureState(index, 'selected', true);
  }

  /** Moves the camera to frame some segments of the current dataset. */
  frameSegments(segmentIndices: readonly number[]): void {
    if (!this.#dataset) return;
    const bounds = segmentsBounds(this.#dataset.segmentBounds, segmentIndices);
    if (bounds) this.#fit(bounds, true);
  }

  /** Tells the map which parts of it panels cover, for framing data. */
  setInsets(insets: MapInsets): void {
    this.#insets = insets;
  }

  #fit(bounds: [number, number, number, number], animate: boolean): void {
    if (!bounds.every(Number.isFinite)) return;
    const { width, height } = this.#size;
    const insets = this.#insets;
    const freeWidth = width - insets.left - insets.right;
    const freeHeight = height - insets.top - insets.bottom;
    // Panels that leave too little room are ignored rather than squeezing the map to nothing.
    const usable = freeWidth > 120 && freeHeight > 120;
    const margin = Math.min(FIT_PADDING_PX, width / 10, height / 10);
    const padding = {
      top: margin + (usable ? insets.top : 0),
      right: margin + (usable ? insets.right : 0),
      bottom: margin + (usable ? insets.bottom : 0),
      left: margin + (usable ? insets.left : 0),
    };
    this.map.fitBounds(bounds, { padding, animate, maxZoom: 15 });
  }

  /** Adds or removes the opt-in online basemap. */
  async setOnlineBasemap(enabled: boolean): Promise<void> {
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

  /** Resolves when the map has drawn everything it has been asked to. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    for (const url of this.#dataUrls) URL.revokeObjectURL(url);
    this.map.remove();
  }
}
