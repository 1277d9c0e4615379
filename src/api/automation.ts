/**
 * `window.roadboard`: the automation API used by tests, benchmarks and embedding pages.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { COLOR_MODES } from '../domain/types.ts';
import type { ColorMode, FilterState, GroupTotals, PointSummary } from '../domain/types.ts';
import type { AppState } from '../state/appState.svelte.ts';
import type { RoadMap } from '../map/RoadMap.ts';
import type { DatasetSource, OpenOptions } from '../data/worker/workerProtocol.ts';
import { datasetLoader, type LoadReport } from '../state/datasetLoader.svelte.ts';
import { dataUrlFromAddress } from '../state/startup.ts';
import type { ApiMeasureOptions, ApiMeasurement, ApiSelection } from '../state/analysisApi.ts';
import type { DataCheck } from '../domain/dataChecks.ts';
import type { ProgressResult } from '../state/progressResult.ts';
import type { GroupField } from '../domain/groupTable.ts';
import type { ApiTableRow } from '../state/tables/tableApi.ts';
import type { ExportOptions } from '../contract/exportOptions.ts';

/**
 * The statistics of what the map shows (the filters, less hidden legend entries), as
 * `summary()` returns them. `completedKm` is road built (road work only); `projectKm` the km
 * of road work in projects; guard work counts in `guardKm` and `byWork.guard`; bridges and
 * facilities by count in `points`.
 */
export interface AutomationSummary {
  segments: number;
  lengthKm: number;
  projectKm: number;
  completedKm: number;
  /** completedKm of road work in projects ÷ projectKm; null when there is none. */
  completionRatio: number | null;
  guardRequiredKm: number;
  guardKm: number;
  byClass: Record<string, GroupTotals>;
  byStatus: Record<string, GroupTotals>;
  byProject: Record<string, GroupTotals>;
  byWork: Record<string, GroupTotals>;
  points: PointSummary;
  /** The legend entries hidden on the map (keys of the current mode). */
  hiddenLegendEntries: string[];
  /** The date of the progress history the figures describe; null without progress sheets. */
  asOf: string | null;
}

export interface RoadboardApi {
  /** Resolves once the first dataset is loaded and drawn and the map is idle. */
  ready: Promise<void>;
  /** The MapLibre map (null until the map view has made it). */
  readonly map: MapLibreMap | null;
  readonly mode: ColorMode;
  /** Switches the colour mode; resolves once the map is idle with the new colours. */
  setMode(mode: ColorMode): Promise<void>;
  /** Replaces the filters (`{}` clears them); resolves once the map is idle. */
  setFilter(filter: FilterState): Promise<void>;
  summary(): AutomationSummary;
  /**
   * Measures through points (`[[lng, lat], …]`), drawn on the map: the straight ellipsoidal
   * length, and by default each point snapped to a road with the distance by its chainage
   * (`along.text`: `G247 K391+420 → K398+000: 6.58 km`; null unless all are on one route).
   */
  measure(points: [number, number][], options?: ApiMeasureOptions): Promise<ApiMeasurement>;
  /** Selects the roads shown that a box (west, south, east, north) touches: their figures. */
  selectBox(bounds: [number, number, number, number]): Promise<ApiSelection>;
  /** Selects the roads shown that a polygon (`[[lng, lat], …]`, unclosed) touches. */
  selectPolygon(ring: [number, number][]): Promise<ApiSelection>;
  /**
   * The data checks (数据质量) of the dataset shown: `[{ kind, segmentIndex, id, route, params }]`;
   * `lengthShare` sets the share declared and measured lengths may differ by (default 0.1).
   */
  dataChecks(options?: { lengthShare?: number }): Promise<DataCheck[]>;
  /**
   * Joins a progress sheet (进度表: `.xlsx`, or `.csv` in UTF-8 or GBK) onto the network shown,
   * with the sheets loaded before; resolves once the map shows it: `{ ok, rows, matched,
   * unmatched: [{ row, route, code, reason }], warnings }`. A sheet with no row on the network
   * is `ok: false` and changes nothing on screen.
   */
  loadProgress(file: Blob, name?: string): Promise<ProgressResult>;
  /** Shows the map and figures as of a date of the progress history (`YYYY-MM-DD`; null: latest). */
  setAsOf(date: string | null): Promise<void>;
  /** The dates of the loaded progress history, rising. */
  readonly asOfDates: readonly string[];
  /**
   * The grouped table of what the map shows (`'town'`, `'project'`, `'class'`, `'status'`,
   * `'year'`, `'route'`, or two of them: `['town', 'class']`): one row per group, in name order.
   * Resolves once the table's code has loaded.
   */
  table(groupBy: GroupField | GroupField[] | string): Promise<ApiTableRow[]>;
  /** The grouped table(s) as a file: XLSX (a sheet per grouping) or CSV (UTF-8, BOM, CRLF). */
  exportTable(
    groupBy: GroupField | GroupField[] | string | (GroupField[] | string)[],
    format: 'xlsx' | 'csv',
  ): Promise<Blob>;
  /**
   * Exports the map as a page: `{ format: 'png' | 'pdf', paper: 'A4' | 'A3' | 'screen',
   * orientation: 'portrait' | 'landscape', dpi: 150 | 300, title? }`, with the legend, key
   * figures, scale bar, north arrow, source note and date. `maxPartPx` draws the map in parts
   * no larger than that (they are drawn so where the device's WebGL limit is below the page).
   */
  exportImage(options: ExportOptions & { maxPartPx?: number }): Promise<Blob>;
  /**
   * Opens a dataset: a File or Blob (GeoJSON, a zipped Shapefile, KML or KMZ, told apart by
   * content), an array of Files (a Shapefile's loose parts), an http(s) address, or a GeoJSON
   * object. Resolves with a report once it is drawn (or refused): `{ ok, errors, warnings,
   * segments, format, encoding, crs, mapping, … }`; never throws for bad data.
   */
  load(
    input: File | Blob | readonly File[] | string | object,
    options?: OpenOptions,
  ): Promise<LoadReport>;
  /**
   * Opens a pre-built tile set (`npm run tiles`): the http(s) address of its manifest
   * (`roadboard-tiles.json`), or its files (the manifest, the `.pmtiles` archive, the columns
   * and points files). Resolves with a report once its first view is drawn (or refused).
   */
  openTiles(input: string | readonly File[]): Promise<LoadReport>;
}

function sourceOf(input: File | Blob | readonly File[] | string | object): DatasetSource {
  if (input instanceof File) return { kind: 'file', file: input };
  if (Array.isArray(input) && input.length > 0 && input.every((item) => item instanceof Blob)) {
    const files = input.map((item: Blob, index) =>
      item instanceof File ? item : new File([item], `part-${index}`),
    );
    return files.length === 1 ? { kind: 'file', file: files[0]! } : { kind: 'files', files };
  }
  if (input instanceof Blob) return { kind: 'file', file: new File([input], 'data') };
  if (typeof input === 'string') {
    const url = dataUrlFromAddress(`?data=${encodeURIComponent(input)}`, document.baseURI);
    if (url === null) throw new Error('the address is empty');
    return { kind: 'url', url: url.href };
  }
  return { kind: 'object', value: input };
}

declare global {
  interface Window {
    roadboard: RoadboardApi;
  }
}

/** The report of an input refused before it was read (an address that is not http or https). */
function refusedInput(sourceName: string, error: Error): LoadReport {
  return {
    ok: false,
    errors: [
      {
        severity: 'error',
        code: 'unreadable-input',
        featureIndex: null,
        params: { message: error.message },
        message: error.message,
      },
    ],
    warnings: [],
    segments: 0,
    sourceName,
    assumedCoordinateSystem: null,
    cancelled: false,
    format: null,
    encoding: null,
    crs: null,
    mapping: null,
    warningGroups: [],
  };
}

function copyGroups(groups: Partial<Record<string, GroupTotals>>): Record<string, GroupTotals> {
  const copy: Record<string, GroupTotals> = {};
  for (const [key, totals] of Object.entries(groups)) if (totals) copy[key] = { ...totals };
  return copy;
}

/** The measuring, selecting and data-check entries, loaded with the first call. */
const analysisApi = () => import('../state/analysisApi.ts');

/** Puts the API on `window.roadboard`. */
export function installAutomationApi(
  state: AppState,
  ready: Promise<void>,
  roadMapReady: Promise<RoadMap>,
): RoadboardApi {
  let roadMap: RoadMap | null = null;
  void roadMapReady.then((made) => (roadMap = made));
  async function settled(): Promise<void> {
    await tick();
    await (await roadMapReady).settled();
  }
  const api: RoadboardApi = {
    ready,
    get map() {
      return roadMap?.map ?? null;
    },
    get mode() {
      return state.mode;
    },
    async setMode(mode) {
      if (!COLOR_MODES.includes(mode)) {
        throw new TypeError(`mode must be one of ${COLOR_MODES.join(', ')}`);
      }
      state.setMode(mode);
      await settled();
    },
    async setFilter(filter) {
      state.setFilter(filter ?? {});
      await settled();
    },
    async load(input, options = {}) {
      let source: DatasetSource;
      try {
        source = sourceOf(input);
      } catch (error) {
        return refusedInput(String(input), error as Error);
      }
      const report = await datasetLoader.openForUser(source, options);
      if (report.ok) await settled();
      return report;
    },
    async openTiles(input) {
      let address: URL | null = null;
      try {
        if (typeof input === 'string') {
          address = dataUrlFromAddress(
            `?tiles=${encodeURIComponent(input)}`,
            document.baseURI,
            'tiles',
          );
          if (address === null) throw new Error('the address is empty');
        }
      } catch (error) {
        return refusedInput(String(input), error as Error);
      }
      const report = await datasetLoader.openTiles(address ? address.href : input);
      if (!report.cancelled) datasetLoader.report = report;
      if (report.ok) await settled();
      return report;
    },
    async loadProgress(file, name) {
      const { progressResult } = await import('../state/progressResult.ts');
      const { report, sheet } = await datasetLoader.loadProgress(file, name);
      if (report?.ok) await settled();
      const joined = report?.ok && (sheet?.matched ?? 0) > 0;
      const joinMs = joined ? (state.dataset?.progress?.joinMs ?? Number.NaN) : Number.NaN;
      return progressResult(report, sheet, state.locale, joinMs);
    },
    async setAsOf(date) {
      if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        throw new TypeError('the date must be YYYY-MM-DD, or null for the latest');
      }
      state.setAsOf(date);
      await settled();
    },
    get asOfDates() {
      return [...state.asOfDates];
    },
    async measure(points, options) {
      const result = await (await analysisApi()).apiMeasure(points, options);
      await settled();
      return result;
    },
    async selectBox(bounds) {
      const result = await (await analysisApi()).apiSelectBox(bounds);
      await settled();
      return result;
    },
    async selectPolygon(ring) {
      const result = await (await analysisApi()).apiSelect(ring);
      await settled();
      return result;
    },
    async dataChecks(options) {
      return (await analysisApi()).apiDataChecks(options);
    },
    summary() {
      const summary = state.summary;
      return {
        segments: summary.segments,
        lengthKm: summary.lengthKm,
        projectKm: summary.projectKm,
        completedKm: summary.completedKm,
        completionRatio: summary.completionRatio,
        guardRequiredKm: summary.guardRequiredKm,
        guardKm: summary.guardKm,
        byClass: copyGroups(summary.byClass),
        byStatus: copyGroups(summary.byStatus),
        byProject: copyGroups(summary.byProject),
        byWork: copyGroups(summary.byWork),
        points: structuredClone(state.pointSummary),
        hiddenLegendEntries: [...state.shown.hiddenBuckets],
        asOf: state.shownAsOfDate,
      };
    },
    async exportImage(options) {
      const { exportImage, checkExportOptions } = await import('../state/exportImage.ts');
      const exported = await exportImage(checkExportOptions(options), {
        maxPartPx: options.maxPartPx,
      });
      return exported.blob;
    },
    async table(groupBy) {
      const { apiTable, groupFields } = await import('../state/tables/tableApi.ts');
      return apiTable(state, groupFields(groupBy));
    },
    async exportTable(groupBy, format) {
      const { apiExport, groupFields } = await import('../state/tables/tableApi.ts');
      const several = Array.isArray(groupBy) && groupBy.some((item) => Array.isArray(item));
      const groupBys = several
        ? (groupBy as (GroupField[] | string)[]).map(groupFields)
        : [groupFields(groupBy as GroupField[] | string)];
      return apiExport(state, groupBys, format);
    },
  };
  window.roadboard = api;
  return api;
}
